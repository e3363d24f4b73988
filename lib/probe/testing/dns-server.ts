// Test infrastructure, not product: a tiny authoritative DNS server on 127.0.0.1 (UDP, node:dgram,
// hand-written wire format) answering A, AAAA and CNAME from a zone passed in. Names can resolve
// to loopback (so the check can connect), to a private address (answered, never connected to),
// through a `privatelink` CNAME chain, or fail with NXDOMAIN, SERVFAIL, or silence (resolver
// timeout). Point the engine at it with PROBE_DNS_SERVERS=127.0.0.1:<port>. Unknown names are NXDOMAIN.
import dgram from "node:dgram";
import net from "node:net";
import { LOOPBACK, type Stoppable } from "./support";

export type DnsEntry =
  | { a?: readonly string[]; aaaa?: readonly string[]; cname?: string; ttl?: number }
  | { rcode: "NXDOMAIN" | "SERVFAIL" | "REFUSED" }
  | { silent: true };

/** Lower-case names without the trailing dot → entry. A `*.` name matches one or more labels. */
export type DnsZone = Record<string, DnsEntry>;

export interface DnsQueryRecord {
  name: string;
  type: string;
  /** What was answered: an rcode name, or "silent". */
  outcome: string;
}

export interface DnsServerHandle extends Stoppable {
  host: string;
  port: number;
  /** `127.0.0.1:<port>`, the form PROBE_DNS_SERVERS and dns.Resolver#setServers take. */
  server: string;
  queries: DnsQueryRecord[];
  /** Replace or add entries while running. */
  setEntry(name: string, entry: DnsEntry | undefined): void;
}

const TYPE = { A: 1, CNAME: 5, AAAA: 28, ANY: 255 } as const;
const TYPE_NAMES: Record<number, string> = {
  1: "A",
  2: "NS",
  5: "CNAME",
  6: "SOA",
  12: "PTR",
  15: "MX",
  16: "TXT",
  28: "AAAA",
  33: "SRV",
  41: "OPT",
  65: "HTTPS",
  255: "ANY",
};
const RCODE = { NOERROR: 0, FORMERR: 1, SERVFAIL: 2, NXDOMAIN: 3, NOTIMP: 4, REFUSED: 5 } as const;
type RcodeName = keyof typeof RCODE;

/** The names the harness's own tests use; pass your own zone for anything else. */
export function defaultTestZone(): DnsZone {
  return {
    "registry.test": { a: ["127.0.0.1"], aaaa: ["::1"] },
    "v4.registry.test": { a: ["127.0.0.1"] },
    "v6.registry.test": { aaaa: ["::1"] },
    "alias.registry.test": { cname: "registry.test" },
    "missing.registry.test": { rcode: "NXDOMAIN" },
    "broken.registry.test": { rcode: "SERVFAIL" },
    "silent.registry.test": { silent: true },
    "private.registry.test": { a: ["10.1.2.3"] },
    // Private endpoint with its zone linked: the privatelink name answers the private address.
    "linked.azurecr.io": { cname: "linked.privatelink.azurecr.io" },
    "linked.privatelink.azurecr.io": { a: ["10.1.2.4"] },
    // Private endpoint whose zone is NOT linked here: the chain runs through privatelink to the
    // public front (loopback stands in for the public address, so the check can connect).
    "unlinked.azurecr.io": { cname: "unlinked.privatelink.azurecr.io" },
    "unlinked.privatelink.azurecr.io": { cname: "westeurope-acr-reg.fe.azcr.test" },
    "westeurope-acr-reg.fe.azcr.test": { a: ["127.0.0.1"] },
  };
}

function normalise(name: string): string {
  return name.toLowerCase().replace(/\.$/, "");
}

function encodeName(name: string): Buffer {
  const parts = normalise(name).split(".").filter(Boolean);
  const out: Buffer[] = [];
  for (const label of parts) {
    const bytes = Buffer.from(label, "ascii");
    if (bytes.length > 63) throw new Error(`DNS label too long: ${label}`);
    out.push(Buffer.from([bytes.length]), bytes);
  }
  out.push(Buffer.from([0]));
  return Buffer.concat(out);
}

function ipv4Bytes(address: string): Buffer {
  if (net.isIPv4(address) === false) throw new Error(`not an IPv4 address: ${address}`);
  return Buffer.from(address.split(".").map(Number));
}

function ipv6Bytes(address: string): Buffer {
  if (!net.isIPv6(address) || address.includes(".")) throw new Error(`not a plain IPv6 address: ${address}`);
  const [head = "", tail] = address.split("::");
  const headParts = head ? head.split(":") : [];
  const tailParts = tail === undefined ? [] : tail ? tail.split(":") : [];
  const missing = 8 - headParts.length - tailParts.length;
  const groups = [...headParts, ...Array<string>(tail === undefined ? 0 : missing).fill("0"), ...tailParts];
  const out = Buffer.alloc(16);
  groups.forEach((group, i) => out.writeUInt16BE(parseInt(group, 16), i * 2));
  return out;
}

function resourceRecord(name: string, type: number, ttl: number, data: Buffer): Buffer {
  const fixed = Buffer.alloc(10);
  fixed.writeUInt16BE(type, 0);
  fixed.writeUInt16BE(1, 2); // IN
  fixed.writeUInt32BE(ttl, 4);
  fixed.writeUInt16BE(data.length, 8);
  return Buffer.concat([encodeName(name), fixed, data]);
}

interface Question {
  name: string;
  type: number;
  /** Raw question bytes, echoed as received (case included). */
  raw: Buffer;
}

function parseQuestion(message: Buffer): Question | undefined {
  let offset = 12;
  const labels: string[] = [];
  for (;;) {
    const length = message[offset];
    if (length === undefined || length > 63) return undefined; // no compression in questions
    offset += 1;
    if (length === 0) break;
    labels.push(message.toString("ascii", offset, offset + length));
    offset += length;
  }
  if (offset + 4 > message.length) return undefined;
  const type = message.readUInt16BE(offset);
  return { name: labels.join("."), type, raw: message.subarray(12, offset + 4) };
}

function lookup(zone: DnsZone, name: string): DnsEntry | undefined {
  const exact = zone[name];
  if (exact) return exact;
  const labels = name.split(".");
  for (let i = 1; i < labels.length; i++) {
    const wildcard = zone[`*.${labels.slice(i).join(".")}`];
    if (wildcard) return wildcard;
  }
  return undefined;
}

type Answer = { silent: true } | { rcode: RcodeName; records: Buffer[] };

function answer(zone: DnsZone, question: Question): Answer {
  const records: Buffer[] = [];
  let current = normalise(question.name);
  for (let hops = 0; hops < 10; hops++) {
    const entry = lookup(zone, current);
    if (!entry) return { rcode: records.length > 0 ? "NOERROR" : "NXDOMAIN", records };
    if ("silent" in entry) return { silent: true };
    if ("rcode" in entry) return { rcode: entry.rcode, records };
    const ttl = entry.ttl ?? 60;
    if (entry.cname) {
      records.push(resourceRecord(current, TYPE.CNAME, ttl, encodeName(entry.cname)));
      if (question.type === TYPE.CNAME) return { rcode: "NOERROR", records };
      current = normalise(entry.cname);
      continue;
    }
    if (question.type === TYPE.A || question.type === TYPE.ANY) {
      for (const address of entry.a ?? []) records.push(resourceRecord(current, TYPE.A, ttl, ipv4Bytes(address)));
    }
    if (question.type === TYPE.AAAA || question.type === TYPE.ANY) {
      for (const address of entry.aaaa ?? []) records.push(resourceRecord(current, TYPE.AAAA, ttl, ipv6Bytes(address)));
    }
    return { rcode: "NOERROR", records };
  }
  return { rcode: "SERVFAIL", records: [] }; // CNAME loop
}

function response(query: Buffer, rcode: number, question: Buffer | undefined, records: Buffer[]): Buffer {
  const header = Buffer.alloc(12);
  header.writeUInt16BE(query.readUInt16BE(0), 0);
  const rd = (query.readUInt16BE(2) >> 8) & 0x01;
  const flags = 0x8000 /* QR */ | 0x0400 /* AA */ | (rd << 8) | 0x0080 /* RA */ | (rcode & 0x0f);
  header.writeUInt16BE(flags, 2);
  header.writeUInt16BE(question ? 1 : 0, 4);
  header.writeUInt16BE(records.length, 6);
  return Buffer.concat([header, ...(question ? [question] : []), ...records]);
}

/** Starts the server on 127.0.0.1:<free UDP port>. */
export async function startDnsServer(zone: DnsZone = defaultTestZone()): Promise<DnsServerHandle> {
  const entries: DnsZone = {};
  for (const [name, entry] of Object.entries(zone)) entries[normalise(name)] = entry;
  const queries: DnsQueryRecord[] = [];
  const socket = dgram.createSocket("udp4");
  socket.on("message", (message, remote) => {
    if (message.length < 12) return;
    const flags = message.readUInt16BE(2);
    if (flags & 0x8000) return; // a response, not a query
    const reply = (buffer: Buffer) => socket.send(buffer, remote.port, remote.address);
    const opcode = (flags >> 11) & 0x0f;
    const question = parseQuestion(message);
    if (opcode !== 0 || message.readUInt16BE(4) !== 1 || !question) {
      reply(response(message, opcode !== 0 ? RCODE.NOTIMP : RCODE.FORMERR, question?.raw, []));
      return;
    }
    const type = TYPE_NAMES[question.type] ?? String(question.type);
    const result = answer(entries, question);
    if ("silent" in result) {
      queries.push({ name: normalise(question.name), type, outcome: "silent" });
      return;
    }
    queries.push({ name: normalise(question.name), type, outcome: result.rcode });
    reply(response(message, RCODE[result.rcode], question.raw, result.records));
  });
  const port = await new Promise<number>((resolve, reject) => {
    socket.once("error", reject);
    socket.bind(0, LOOPBACK, () => {
      socket.off("error", reject);
      resolve(socket.address().port);
    });
  });
  let stopped = false;
  return {
    host: LOOPBACK,
    port,
    server: `${LOOPBACK}:${port}`,
    queries,
    setEntry: (name, entry) => {
      if (entry) entries[normalise(name)] = entry;
      else delete entries[normalise(name)];
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (stopped) {
          resolve();
          return;
        }
        stopped = true;
        socket.close(() => resolve());
      }),
  };
}

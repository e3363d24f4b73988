// The SSRF guard: decides whether the live check may connect to an address it has already
// resolved (probe-contract.md, "Where the check may connect"). It is a pure decision on address
// text — it never resolves a name and never connects; the network code asks it about every
// address a name returns, every realm and every redirect, then connects to the address it asked
// about. It also parses the operator's PROBE_ALLOW_NETWORKS list, which opens ranges on purpose.
//
// The parser is written here rather than borrowed: it is strict on purpose. Forms that other
// parsers read in surprising ways (`0177.0.0.1` as octal, `2130706433` as an integer, `::1%eth0`
// with a zone) are refused as invalid rather than guessed at, so what is judged is exactly what
// a strict socket layer would connect to.

export type GuardReason =
  | "loopback"
  | "private"
  | "link-local"
  | "metadata"
  | "cgnat"
  | "multicast"
  | "unspecified"
  | "broadcast"
  | "reserved"
  | "documentation"
  | "benchmarking"
  | "invalid";

export type IpFamily = 4 | 6;

/** An IP address as a number: 32 bits for IPv4, 128 bits for IPv6. */
export interface IpAddress {
  readonly family: IpFamily;
  readonly value: bigint;
}

/** A network, e.g. 10.0.0.0/8: the address with its host bits clear, and the prefix length. */
export interface Cidr {
  readonly family: IpFamily;
  readonly network: bigint;
  readonly prefix: number;
  /** Canonical text, e.g. `10.0.0.0/8`, `fd00::/8`. */
  readonly text: string;
}

export interface GuardDecision {
  /** The address as it was given. */
  address: string;
  allowed: boolean;
  /**
   * Why the address is refused. On an address the allow list opened, why it would have been
   * refused otherwise, so the report can show the operator what they opened.
   */
  reason?: GuardReason;
  /** The reserved CIDR that matched (for an embedded IPv4 address, the IPv4 range). */
  range?: string;
  /** The PROBE_ALLOW_NETWORKS CIDR that opened it. */
  allowedBy?: string;
  /** Set when an IPv6 address was judged by the IPv4 address inside it. */
  embedded?: { ipv4: string; via: string };
}

export interface AnswersDecision {
  allowed: boolean;
  decisions: GuardDecision[];
  /** The first refused address; absent only when the answer was empty. */
  refused?: GuardDecision;
}

// --- parsing and formatting -------------------------------------------------------------------

const IPV4_OCTET = /^(?:0|[1-9][0-9]{0,2})$/;
const IPV6_GROUP = /^[0-9a-fA-F]{1,4}$/;
// Longer than any address in any form; refusing early keeps hostile input cheap.
const MAX_ADDRESS_LENGTH = 64;

function parseIPv4(text: string): bigint | undefined {
  const parts = text.split(".");
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    // A leading zero is octal to inet_aton and decimal to others: refuse rather than guess.
    if (!IPV4_OCTET.test(part)) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    value = (value << 8n) | BigInt(octet);
  }
  return value;
}

function parseGroups(text: string, allowTrailingIPv4: boolean): number[] | undefined {
  if (text === "") return [];
  const parts = text.split(":");
  const groups: number[] = [];
  for (const [index, part] of parts.entries()) {
    if (allowTrailingIPv4 && index === parts.length - 1 && part.includes(".")) {
      const v4 = parseIPv4(part);
      if (v4 === undefined) return undefined;
      groups.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
    } else if (IPV6_GROUP.test(part)) {
      groups.push(parseInt(part, 16));
    } else {
      return undefined;
    }
  }
  return groups;
}

function parseIPv6(text: string): bigint | undefined {
  // Zone ids name an interface on this machine; a remote target never needs one.
  if (text.includes("%")) return undefined;
  const halves = text.split("::");
  if (halves.length > 2) return undefined;
  let groups: number[];
  if (halves.length === 2) {
    const head = parseGroups(halves[0] ?? "", false);
    const tail = parseGroups(halves[1] ?? "", true);
    if (head === undefined || tail === undefined) return undefined;
    // "::" stands for at least one group of zeros.
    const missing = 8 - head.length - tail.length;
    if (missing < 1) return undefined;
    groups = [...head, ...new Array<number>(missing).fill(0), ...tail];
  } else {
    const all = parseGroups(text, true);
    if (all === undefined || all.length !== 8) return undefined;
    groups = all;
  }
  return groups.reduce((value, group) => (value << 16n) | BigInt(group), 0n);
}

/**
 * Parses a literal IPv4 (dotted quad, decimal octets without leading zeros) or IPv6 address
 * (with `::` compression and an optional trailing dotted quad; one pair of surrounding brackets
 * is accepted, as URLs write it). Anything else, zone ids included, is `undefined`.
 */
export function parseIpAddress(text: string): IpAddress | undefined {
  if (typeof text !== "string" || text.length === 0 || text.length > MAX_ADDRESS_LENGTH) return undefined;
  if (text.startsWith("[") && text.endsWith("]")) {
    const inner = text.slice(1, -1);
    const v6 = parseIPv6(inner);
    return v6 === undefined ? undefined : { family: 6, value: v6 };
  }
  if (text.includes(":")) {
    const v6 = parseIPv6(text);
    return v6 === undefined ? undefined : { family: 6, value: v6 };
  }
  const v4 = parseIPv4(text);
  return v4 === undefined ? undefined : { family: 4, value: v4 };
}

function formatIPv4(value: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join(".");
}

function formatIPv6(value: bigint): string {
  if (value >> 32n === 0xffffn) return `::ffff:${formatIPv4(value & 0xffffffffn)}`;
  const groups: number[] = [];
  for (let shift = 112n; shift >= 0n; shift -= 16n) groups.push(Number((value >> shift) & 0xffffn));
  // RFC 5952: compress the longest run of two or more zero groups, the first one on a tie.
  let bestStart = -1;
  let bestLength = 1;
  for (let start = 0; start < 8;) {
    if (groups[start] !== 0) {
      start += 1;
      continue;
    }
    let end = start;
    while (end < 8 && groups[end] === 0) end += 1;
    if (end - start > bestLength) {
      bestStart = start;
      bestLength = end - start;
    }
    start = end;
  }
  const hex = groups.map((group) => group.toString(16));
  if (bestStart === -1) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLength).join(":")}`;
}

/** Canonical text of an address: dotted quad, or RFC 5952 IPv6 (`::ffff:1.2.3.4` for mapped). */
export function formatIpAddress(address: IpAddress): string {
  return address.family === 4 ? formatIPv4(address.value) : formatIPv6(address.value);
}

// --- networks ---------------------------------------------------------------------------------

function bitsOf(family: IpFamily): number {
  return family === 4 ? 32 : 128;
}

function maskOf(family: IpFamily, prefix: number): bigint {
  const bits = BigInt(bitsOf(family));
  const all = (1n << bits) - 1n;
  return all ^ ((1n << (bits - BigInt(prefix))) - 1n);
}

function contains(cidr: Cidr, address: IpAddress): boolean {
  return cidr.family === address.family && (address.value & maskOf(cidr.family, cidr.prefix)) === cidr.network;
}

export class CidrError extends Error {
  readonly code = "invalid-cidr";
  constructor(message: string) {
    super(message);
    this.name = "CidrError";
  }
}

/**
 * Parses `10.0.0.0/8`, `fd00::/8`, or a bare address (a single host: /32 or /128).
 * Throws a CidrError whose message says what is wrong and how to write it.
 */
export function parseCidr(text: string): Cidr {
  const trimmed = text.trim();
  const notNetwork = (why: string) => new CidrError(`'${trimmed}' is not a network: ${why}`);
  if (trimmed === "") throw notNetwork("it is empty; write e.g. 10.0.0.0/8");
  const slash = trimmed.indexOf("/");
  const addressText = slash === -1 ? trimmed : trimmed.slice(0, slash);
  const prefixText = slash === -1 ? undefined : trimmed.slice(slash + 1);
  if (addressText.includes("%")) throw notNetwork("zone ids (%eth0) cannot appear in a network; write e.g. fe80::/10");
  const address = parseIpAddress(addressText);
  if (address === undefined) {
    throw notNetwork(`'${addressText}' is not an IP address; write an IPv4 or IPv6 network, e.g. 10.0.0.0/8 or fd00::/8`);
  }
  const max = bitsOf(address.family);
  let prefix = max;
  if (prefixText !== undefined) {
    const n = /^(?:0|[1-9][0-9]{0,2})$/.test(prefixText) ? Number(prefixText) : Number.NaN;
    if (!(n >= 0 && n <= max)) throw notNetwork(`the prefix must be 0–${max} for IPv${address.family}`);
    prefix = n;
  }
  const network = address.value & maskOf(address.family, prefix);
  const canonical = `${formatIpAddress({ family: address.family, value: network })}/${prefix}`;
  // Host bits set is almost always a typo for the network; say which one rather than widen it.
  if (network !== address.value) throw notNetwork(`it has host bits set; write ${canonical}`);
  return { family: address.family, network, prefix, text: canonical };
}

/**
 * Parses a comma-separated CIDR list (PROBE_ALLOW_NETWORKS). Empty entries are skipped; every
 * bad entry is named in one CidrError, so an operator fixes them all at once.
 */
export function parseCidrList(text: string): Cidr[] {
  const cidrs: Cidr[] = [];
  const problems: string[] = [];
  for (const entry of text.split(",")) {
    if (entry.trim() === "") continue;
    try {
      cidrs.push(parseCidr(entry));
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  }
  if (problems.length > 0) throw new CidrError(problems.join("; "));
  return cidrs;
}

// --- the reserved ranges ----------------------------------------------------------------------

type Embedding = "mapped" | "compatible" | "nat64" | "6to4" | "teredo";

interface Range {
  cidr: Cidr;
  reason?: GuardReason;
  /** IPv6 ranges that carry an IPv4 address are judged by that address. */
  embeds?: Embedding;
}

function range(text: string, reason: GuardReason): Range {
  return { cidr: parseCidr(text), reason };
}

function embedding(text: string, embeds: Embedding): Range {
  // Keep the spelling the RFCs use (`::ffff:0:0/96`, not `::ffff:0.0.0.0/96`) for the report.
  return { cidr: { ...parseCidr(text), text }, embeds };
}

// First match wins, so specific entries come before the ranges that contain them.
const IPV4_RANGES: readonly Range[] = [
  range("0.0.0.0/8", "unspecified"), // "this network" (RFC 1122)
  range("10.0.0.0/8", "private"), // RFC 1918
  // Alibaba Cloud's metadata service sits inside CGNAT space.
  range("100.100.100.200/32", "metadata"),
  range("100.64.0.0/10", "cgnat"), // RFC 6598
  range("127.0.0.0/8", "loopback"),
  // AWS, GCP, Azure, Oracle and others serve instance metadata and credentials here.
  range("169.254.169.254/32", "metadata"),
  range("169.254.0.0/16", "link-local"),
  range("172.16.0.0/12", "private"), // RFC 1918
  range("192.0.0.0/24", "reserved"), // IETF protocol assignments (RFC 6890)
  range("192.0.2.0/24", "documentation"), // TEST-NET-1 (RFC 5737)
  range("192.88.99.0/24", "reserved"), // 6to4 relay anycast (RFC 7526)
  range("192.168.0.0/16", "private"), // RFC 1918
  range("198.18.0.0/15", "benchmarking"), // RFC 2544
  range("198.51.100.0/24", "documentation"), // TEST-NET-2
  range("203.0.113.0/24", "documentation"), // TEST-NET-3
  range("224.0.0.0/4", "multicast"),
  range("255.255.255.255/32", "broadcast"),
  range("240.0.0.0/4", "reserved"), // RFC 1112 "future use"
  // Azure's host address (WireServer, DNS, health probes): public-looking, reachable only from
  // inside Azure, and it serves VM secrets. Not a registry anyone means to check.
  range("168.63.129.16/32", "metadata"),
];

const IPV6_RANGES: readonly Range[] = [
  range("::/128", "unspecified"),
  range("::1/128", "loopback"),
  embedding("::ffff:0:0/96", "mapped"),
  embedding("::/96", "compatible"), // deprecated IPv4-compatible form (RFC 4291)
  embedding("64:ff9b::/96", "nat64"), // well-known NAT64 prefix (RFC 6052)
  range("64:ff9b:1::/48", "private"), // local-use NAT64 (RFC 8215)
  range("100::/64", "reserved"), // discard-only (RFC 6666)
  embedding("2001::/32", "teredo"), // RFC 4380
  range("2001:2::/48", "benchmarking"), // RFC 5180
  range("2001::/23", "reserved"), // IETF protocol assignments (RFC 2928)
  range("2001:db8::/32", "documentation"), // RFC 3849
  embedding("2002::/16", "6to4"), // RFC 3056
  range("3fff::/20", "documentation"), // RFC 9637
  range("fd00:ec2::254/128", "metadata"), // AWS instance metadata over IPv6
  range("fc00::/7", "private"), // unique-local (RFC 4193)
  range("fe80::/10", "link-local"),
  range("fec0::/10", "private"), // deprecated site-local (RFC 3879)
  range("ff00::/8", "multicast"),
  // Only 2000::/3 is allocated for global unicast; the rest of the space is reserved by the IETF
  // (IANA's IPv6 address space registry). Nothing a registry runs on lives there.
  ...["::/8", "100::/8", "200::/7", "400::/6", "800::/5", "1000::/4", "4000::/3", "6000::/3", "8000::/3"].map((t) => range(t, "reserved")),
  ...["a000::/3", "c000::/3", "e000::/4", "f000::/5", "f800::/6", "fe00::/9"].map((t) => range(t, "reserved")),
];

function embeddedIPv4(value: bigint, embeds: Embedding): bigint[] {
  switch (embeds) {
    case "mapped":
    case "compatible":
    case "nat64":
      return [value & 0xffffffffn];
    case "6to4":
      return [(value >> 80n) & 0xffffffffn];
    case "teredo":
      // The client's address is stored inverted in the last 32 bits; the Teredo server's
      // address sits in bits 32–63. Both are reached on the way, so both are judged.
      return [(value & 0xffffffffn) ^ 0xffffffffn, (value >> 64n) & 0xffffffffn];
  }
}

interface Verdict {
  allowed: boolean;
  reason?: GuardReason;
  range?: string;
  allowedBy?: string;
  embedded?: { ipv4: string; via: string };
}

function judge(address: IpAddress, allow: readonly Cidr[]): Verdict {
  const table = address.family === 4 ? IPV4_RANGES : IPV6_RANGES;
  const match = table.find((entry) => contains(entry.cidr, address));
  if (match === undefined) return { allowed: true };
  // The metadata service holds this server's cloud credentials: a broad range never opens it
  // by accident; only an entry naming that one address does.
  const opener = allow.find((cidr) => contains(cidr, address) && (match.reason !== "metadata" || cidr.prefix === bitsOf(cidr.family)));
  if (match.embeds === undefined) {
    const verdict: Verdict = { allowed: opener !== undefined, reason: match.reason ?? "reserved", range: match.cidr.text };
    if (opener !== undefined) verdict.allowedBy = opener.text;
    return verdict;
  }
  // Judged by the IPv4 address(es) inside: each must be public or opened by the allow list
  // (an entry may name the IPv4 range, or the IPv6 form itself).
  let opened: Verdict | undefined;
  for (const v4 of embeddedIPv4(address.value, match.embeds)) {
    const inner = judge({ family: 4, value: v4 }, allow);
    if (inner.reason === undefined) continue;
    const verdict: Verdict = { ...inner, embedded: { ipv4: formatIPv4(v4), via: match.cidr.text } };
    if (opener !== undefined && !inner.allowed) {
      verdict.allowed = true;
      verdict.allowedBy = opener.text;
    }
    if (!verdict.allowed) return verdict;
    opened ??= verdict;
  }
  return opened ?? { allowed: true };
}

// --- decisions --------------------------------------------------------------------------------

/**
 * May the check connect to this (already resolved) address? Refuses every reserved range unless
 * an allow-list CIDR covers it; never throws — text that is not a plain IP address is "invalid",
 * which no allow list opens.
 */
export function decideAddress(address: string, allow: readonly Cidr[]): GuardDecision {
  if (typeof address !== "string") return { address: String(address), allowed: false, reason: "invalid" };
  const parsed = parseIpAddress(address);
  if (parsed === undefined) return { address, allowed: false, reason: "invalid" };
  return { address, ...judge(parsed, allow) };
}

/**
 * Judges a whole DNS answer. Every address must pass: a name that returns one public and one
 * private address is refused, naming the private one, because the connection could land on
 * either. An empty answer is refused too.
 */
export function decideAnswers(addresses: readonly string[], allow: readonly Cidr[]): AnswersDecision {
  const decisions = addresses.map((address) => decideAddress(address, allow));
  const refused = decisions.find((decision) => !decision.allowed);
  if (refused !== undefined) return { allowed: false, decisions, refused };
  return { allowed: decisions.length > 0, decisions };
}

const REASON_PHRASES: Record<GuardReason, string> = {
  loopback: "a loopback address (this machine itself)",
  private: "a private address (RFC 1918, or IPv6 unique-local)",
  "link-local": "a link-local address (169.254.0.0/16 or fe80::/10)",
  metadata: "a cloud metadata service address",
  cgnat: "a carrier-grade NAT address (100.64.0.0/10)",
  multicast: "a multicast address",
  unspecified: "an unspecified address (0.0.0.0 or ::)",
  broadcast: "the broadcast address",
  reserved: "a reserved address (IETF special use)",
  documentation: "a documentation-only address",
  benchmarking: "a benchmarking address (198.18.0.0/15 or 2001:2::/48)",
  invalid: "not a plain IP address",
};

/** A short English phrase for a reason: "a private address (RFC 1918, or IPv6 unique-local)". */
export function describeReason(reason: GuardReason): string {
  return REASON_PHRASES[reason];
}

/**
 * One sentence for a decision, for a step's summary: what the address is and, when refused,
 * how an operator opens it.
 */
export function describeDecision(decision: GuardDecision): string {
  const inside = decision.embedded ? ` (it carries the IPv4 address ${decision.embedded.ipv4})` : "";
  if (decision.allowed) {
    if (decision.allowedBy === undefined) return `${decision.address} is a public address.`;
    return `${decision.address} is ${describeReason(decision.reason ?? "reserved")}${inside}, opened by PROBE_ALLOW_NETWORKS entry ${decision.allowedBy}.`;
  }
  if (decision.reason === "invalid" || decision.reason === undefined) {
    return `'${decision.address}' is not a plain IP address, so the check will not connect to it.`;
  }
  return (
    `${decision.address} is ${describeReason(decision.reason)}${inside} in ${decision.range}; the check does not connect there ` +
    `unless the server's operator lists the range in PROBE_ALLOW_NETWORKS.`
  );
}

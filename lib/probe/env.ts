import "server-only";
// The live check's configuration, read from the environment in one zod-checked place (like
// create-t3-app's env.js): every PROBE_* variable of probe-contract.md, checked together, so a
// misconfigured server lists every problem at once with how to write each value — not the first
// one, and not later as a confusing probe failure.
//
// It reads the environment (and the CA file it names); it does not cache, connect or resolve.
// Call loadProbeEnv() where the engine starts, and pass the result down.
import { readFileSync, statSync } from "node:fs";
import { X509Certificate } from "node:crypto";
import * as z from "zod";
import { parseRateLimit, type RateLimit } from "@/lib/http/rate-limit";
import { parseCidrList, parseIpAddress, formatIpAddress, type IpFamily } from "./guard";

type Read<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = (message: string): Read<never> => ({ ok: false, message });

/** An unset or blank variable takes its default; a set one must read cleanly. */
function variable<T>(read: (text: string) => Read<T>, fallback: () => T) {
  return z
    .string()
    .optional()
    .transform((raw, ctx): T => {
      const text = raw?.trim() ?? "";
      if (text === "") return fallback();
      const result = read(text);
      if (result.ok) return result.value;
      ctx.addIssue({ code: "custom", message: result.message });
      return z.NEVER;
    });
}

// --- PROBE_ALLOW_NETWORKS ---------------------------------------------------------------------

function readAllowNetworks(text: string) {
  try {
    return ok(parseCidrList(text));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return bad(`${why}; write comma-separated networks, e.g. 127.0.0.0/8,10.0.0.0/8`);
  }
}

// --- PROBE_CA_FILE ----------------------------------------------------------------------------

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;
// Far beyond any CA bundle (the system one is ~200 KB); a bigger file is the wrong file.
const MAX_CA_BYTES = 5 * 1024 * 1024;
const CA_HOW = "write the path of a PEM file holding your registry's CA certificate, e.g. /etc/ssl/certs/private-ca.pem";

export interface CaBundle {
  path: string;
  /** The PEM text, for the TLS `ca` option (added to the system roots, not replacing them). */
  pem: string;
  /** Subject of each certificate, for the report's "extra CA used" note. */
  subjects: string[];
}

function readCaFile(path: string): Read<CaBundle> {
  let text: string;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return bad(`'${path}' is a directory; ${CA_HOW}`);
    if (stat.size > MAX_CA_BYTES) return bad(`'${path}' is ${stat.size} bytes, too large for a CA bundle; ${CA_HOW}`);
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return bad(`'${path}' does not exist; ${CA_HOW}`);
    if (code === "EACCES" || code === "EPERM") return bad(`'${path}' cannot be read by this server (permission denied); ${CA_HOW}`);
    return bad(`'${path}' cannot be read (${code ?? "unknown error"}); ${CA_HOW}`);
  }
  const blocks = text.match(PEM_BLOCK) ?? [];
  if (blocks.length === 0) {
    return bad(`'${path}' holds no '-----BEGIN CERTIFICATE-----' block (a DER file or a private key is not a CA bundle); ${CA_HOW}`);
  }
  const subjects: string[] = [];
  for (const [index, block] of blocks.entries()) {
    try {
      subjects.push(new X509Certificate(block).subject.replace(/\n/g, ", "));
    } catch {
      // Caught here, a damaged certificate is one sentence; caught by TLS, a failed handshake.
      return bad(`certificate ${index + 1} of ${blocks.length} in '${path}' is damaged and cannot be read; ${CA_HOW}`);
    }
  }
  return ok({ path, pem: blocks.join("\n"), subjects });
}

// --- PROBE_TIMEOUT_MS -------------------------------------------------------------------------

export const TIMEOUT_MIN_MS = 100;
export const TIMEOUT_MAX_MS = 120_000;
export const TIMEOUT_DEFAULT_MS = 5000;

function readTimeout(text: string): Read<number> {
  if (/^\d+\.\d*$/.test(text)) return bad(`'${text}' is not a whole number of milliseconds; write e.g. ${TIMEOUT_DEFAULT_MS}`);
  if (!/^\d+$/.test(text)) return bad(`'${text}' is not a number of milliseconds; write e.g. ${TIMEOUT_DEFAULT_MS}`);
  const value = Number(text);
  if (value < TIMEOUT_MIN_MS || value > TIMEOUT_MAX_MS) {
    return bad(
      `${text} ms is outside ${TIMEOUT_MIN_MS}–${TIMEOUT_MAX_MS}; write a number of milliseconds in that range, e.g. ${TIMEOUT_DEFAULT_MS}`,
    );
  }
  return ok(value);
}

// --- PROBE_DNS_SERVERS ------------------------------------------------------------------------

export interface DnsServer {
  /** Canonical address text. */
  address: string;
  family: IpFamily;
  port: number;
  /** As node:dns setServers() takes it: `10.0.0.2:53`, `[fd00::53]:5353`. */
  server: string;
}

const DNS_HOW = "write resolvers as ip[:port], e.g. 10.0.0.2,168.63.129.16:53,[fd00::53]:5353";

function readDnsServer(entry: string): Read<DnsServer> {
  let host = entry;
  let portText: string | undefined;
  const bracketed = /^\[([^\]]*)\](?::(.*))?$/.exec(entry);
  if (bracketed) {
    host = bracketed[1] ?? "";
    portText = bracketed[2];
  } else if ((entry.match(/:/g) ?? []).length === 1) {
    // One colon is ip:port; more is a bare IPv6 address (bracket it to give a port).
    [host, portText] = entry.split(":") as [string, string];
  }
  const address = parseIpAddress(host);
  if (address === undefined || (bracketed && address.family !== 6)) {
    const why = host.includes("%")
      ? "zone ids (%eth0) are not supported"
      : /[a-z]/i.test(host) && !host.includes(":")
        ? "a resolver must be an IP address, not a name"
        : "it is not an IP address";
    return bad(`'${entry}': ${why}`);
  }
  let port = 53;
  if (portText !== undefined) {
    port = /^\d{1,5}$/.test(portText) ? Number(portText) : Number.NaN;
    if (!(port >= 1 && port <= 65535)) return bad(`'${entry}': the port must be a number from 1 to 65535`);
  }
  const text = formatIpAddress(address);
  return ok({ address: text, family: address.family, port, server: address.family === 6 ? `[${text}]:${port}` : `${text}:${port}` });
}

function readDnsServers(text: string): Read<DnsServer[]> {
  const servers: DnsServer[] = [];
  const problems: string[] = [];
  for (const entry of text.split(",").map((part) => part.trim())) {
    if (entry === "") continue;
    const result = readDnsServer(entry);
    if (result.ok) servers.push(result.value);
    else problems.push(result.message);
  }
  if (problems.length > 0) return bad(`${problems.join("; ")}; ${DNS_HOW}`);
  return ok(servers);
}

// --- PROBE_RATE_LIMIT -------------------------------------------------------------------------

export const RATE_LIMIT_DEFAULT: RateLimit = { requests: 30, windowMs: 60_000 };
const RATE_HOW = "write requests/window, e.g. 30/60s, 100/1h, or 0 to turn the limit off";

function readRateLimit(text: string): Read<RateLimit | null> {
  const parsed = parseRateLimit(text, RATE_HOW);
  return parsed.ok ? ok(parsed.value) : bad(parsed.message);
}

// --- the whole configuration ------------------------------------------------------------------

export const ProbeEnvSchema = z
  .object({
    PROBE_ALLOW_NETWORKS: variable(readAllowNetworks, () => []).describe("CIDRs the check may reach although they are private"),
    PROBE_CA_FILE: variable<CaBundle | undefined>(readCaFile, () => undefined).describe("extra PEM bundle to trust"),
    PROBE_TIMEOUT_MS: variable(readTimeout, () => TIMEOUT_DEFAULT_MS).describe("the per-step limit in milliseconds"),
    PROBE_DNS_SERVERS: variable(readDnsServers, () => []).describe("resolvers to ask instead of the system's"),
    PROBE_RATE_LIMIT: variable<RateLimit | null>(readRateLimit, () => RATE_LIMIT_DEFAULT).describe(
      "checks per window per client; null when off",
    ),
  })
  .transform((env) => ({
    allowNetworks: env.PROBE_ALLOW_NETWORKS,
    caFile: env.PROBE_CA_FILE,
    timeoutMs: env.PROBE_TIMEOUT_MS,
    dnsServers: env.PROBE_DNS_SERVERS,
    rateLimit: env.PROBE_RATE_LIMIT,
  }));

export type ProbeEnv = z.output<typeof ProbeEnvSchema>;

export interface ConfigProblem {
  variable: string;
  message: string;
}

/** The server is misconfigured: every bad variable, each with what is wrong and how to write it. */
export class ProbeConfigError extends Error {
  readonly code = "probe-config";
  readonly status = 500;
  constructor(readonly problems: ConfigProblem[]) {
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    super(`The live check's configuration has ${count}:\n${problems.map((p) => `- ${p.variable}: ${p.message}`).join("\n")}`);
    this.name = "ProbeConfigError";
  }
}

/** Reads and checks the probe's configuration; throws a ProbeConfigError listing every problem. */
export function loadProbeEnv(source: Record<string, string | undefined> = process.env): ProbeEnv {
  const result = ProbeEnvSchema.safeParse(source);
  if (result.success) return result.data;
  throw new ProbeConfigError(
    result.error.issues.map((issue) => ({ variable: issue.path.map(String).join(".") || "environment", message: issue.message })),
  );
}

const PROBE_VARIABLES = ["PROBE_ALLOW_NETWORKS", "PROBE_CA_FILE", "PROBE_TIMEOUT_MS", "PROBE_DNS_SERVERS", "PROBE_RATE_LIMIT"] as const;
let current: { key: string; env: ProbeEnv } | undefined;

/**
 * The server's configuration, read once and kept while the PROBE_* variables stay the same: the
 * route answers every check with it, and re-reading the CA file per request is work on a hot path.
 * (A changed CA file at the same path is read at the next restart.)
 */
export function currentProbeEnv(): ProbeEnv {
  const key = PROBE_VARIABLES.map((name) => process.env[name] ?? "").join("\u0000");
  if (current?.key !== key) current = { key, env: loadProbeEnv() };
  return current.env;
}

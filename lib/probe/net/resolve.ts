// The `dns` step's primitive: ask DNS (the system's resolvers or PROBE_DNS_SERVERS) for every A and
// AAAA answer of a name and its CNAME chain, and say which resolver answered and how it failed.
// It asks each resolver itself, one at a time, so the report can name the one that answered, and it
// keeps the resolver's rcode apart (NXDOMAIN vs SERVFAIL vs silence), which Go clients merge.
// Not here: whether an answer may be connected to (lib/probe/guard.ts decides on the addresses).
import "server-only";
import { Resolver } from "node:dns/promises";
import { isIP } from "node:net";
import { errorCode, errorMessage, since, type NetCauseId } from "./util";

export const RESOLVE_OUTCOMES = ["ok", "nxdomain", "nodata", "servfail", "timeout", "refused", "error"] as const;
export type ResolveOutcome = (typeof RESOLVE_OUTCOMES)[number];

/** The cause each failed outcome points to; `null` when nothing failed. */
export const RESOLVE_CAUSES: Record<ResolveOutcome, NetCauseId | null> = {
  ok: null,
  nxdomain: "dns-name-not-found",
  // The name exists but has no address: clients print "no such host" just as for NXDOMAIN.
  nodata: "dns-name-not-found",
  servfail: "dns-resolver-failed",
  timeout: "dns-resolver-failed",
  refused: "dns-resolver-failed",
  error: "dns-resolver-failed",
};

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
  /** Seconds, as the answering resolver gave it. */
  ttl?: number;
}

/** One resolver asked, in the order asked. */
export interface ResolverAttempt {
  /** `ip[:port]` of the resolver. */
  server: string;
  outcome: ResolveOutcome;
  /** Per family, when they differ (e.g. A answered, AAAA timed out). */
  a: ResolveOutcome;
  aaaa: ResolveOutcome;
  ms: number;
  code?: string;
}

export interface ResolveResult {
  outcome: ResolveOutcome;
  /** The name asked, lowercased, without brackets or a trailing dot. */
  host: string;
  /** IPv4 answers first, then IPv6, each in the order the resolver gave them. */
  addresses: ResolvedAddress[];
  /** CNAME chain from `host`, each target in order; empty when the name has no CNAME. */
  cnames: string[];
  /** The host is an IP literal: DNS was not asked. */
  literal: boolean;
  /** Which resolver gave the final answer: `ip[:port]`, or `localhost` for the built-in answer. */
  resolver?: string;
  /** The resolvers came from PROBE_DNS_SERVERS rather than the system's configuration. */
  configuredServers: boolean;
  attempts: ResolverAttempt[];
  ms: number;
  /** The resolver's error code (ENOTFOUND, ESERVFAIL, ETIMEOUT, …) behind a failed outcome. */
  code?: string;
  message?: string;
}

export interface ResolveOptions {
  /** `ip[:port]` resolvers to ask instead of the system's (PROBE_DNS_SERVERS). */
  servers?: readonly string[];
  /** The whole step's limit; a silent resolver fails within it. */
  timeoutMs: number;
}

const MAX_CNAME_DEPTH = 8;
/** Go's dialer gives each of several addresses at least this much of a shared deadline; so do we per resolver. */
const SANE_MINIMUM_MS = 1000;

export function classifyDnsError(code: string | undefined): ResolveOutcome {
  switch (code) {
    case "ENOTFOUND":
      return "nxdomain";
    case "ENODATA":
      return "nodata";
    case "ESERVFAIL":
      return "servfail";
    case "ETIMEOUT":
    case "ECANCELLED": // our own deadline cancelled the query
      return "timeout";
    case "ECONNREFUSED": // ICMP port unreachable from the resolver's address
    case "EREFUSED": // the resolver answered with rcode REFUSED
      return "refused";
    default:
      return "error";
  }
}

function normaliseHost(host: string): string {
  let name = host.trim().toLowerCase();
  if (name.startsWith("[") && name.endsWith("]")) name = name.slice(1, -1);
  if (name.endsWith(".") && name.length > 1) name = name.slice(0, -1);
  return name;
}

interface FamilyAnswer {
  outcome: ResolveOutcome;
  addresses: ResolvedAddress[];
  code?: string;
  message?: string;
}

async function family(query: Promise<{ address: string; ttl: number }[]>, fam: 4 | 6): Promise<FamilyAnswer> {
  try {
    const records = await query;
    if (records.length === 0) return { outcome: "nodata", addresses: [] };
    return { outcome: "ok", addresses: records.map((r) => ({ address: r.address, family: fam, ttl: r.ttl })) };
  } catch (error) {
    const code = errorCode(error);
    return { outcome: classifyDnsError(code), addresses: [], code, message: errorMessage(error) };
  }
}

async function cnameChain(resolver: Resolver, host: string): Promise<string[]> {
  const chain: string[] = [];
  const seen = new Set([host]);
  let name = host;
  for (let depth = 0; depth < MAX_CNAME_DEPTH; depth += 1) {
    let next: string | undefined;
    try {
      next = (await resolver.resolveCname(name))[0]?.toLowerCase();
    } catch {
      break; // ENODATA ends the chain; any other failure shows in the A/AAAA outcome
    }
    if (next === undefined || seen.has(next)) break;
    chain.push(next);
    seen.add(next);
    name = next;
  }
  return chain;
}

/** Both families' answers merged into one outcome: any address is an answer. */
function merge(a: FamilyAnswer, aaaa: FamilyAnswer): FamilyAnswer {
  if (a.outcome === "ok" || aaaa.outcome === "ok") return { outcome: "ok", addresses: [...a.addresses, ...aaaa.addresses] };
  if (a.outcome === "nxdomain") return a;
  if (aaaa.outcome === "nxdomain") return aaaa;
  if (a.outcome === "nodata" && aaaa.outcome === "nodata") return a;
  return a.outcome === "nodata" ? aaaa : a;
}

interface ServerAnswer extends FamilyAnswer {
  cnames: string[];
  attempt: ResolverAttempt;
}

async function askOne(host: string, server: string | undefined, budgetMs: number): Promise<ServerAnswer> {
  const start = performance.now();
  const budget = Math.max(1, Math.floor(budgetMs));
  const resolver = new Resolver({ timeout: budget, tries: 1 });
  let label = server ?? "system";
  try {
    if (server !== undefined) resolver.setServers([server]);
    else label = resolver.getServers()[0] ?? "system";
  } catch (error) {
    const code = errorCode(error) ?? "EINVAL";
    const message = `resolver ${server ?? ""} is not an ip[:port]: ${errorMessage(error)}`;
    return {
      outcome: "error",
      addresses: [],
      cnames: [],
      code,
      message,
      attempt: { server: label, outcome: "error", a: "error", aaaa: "error", ms: since(start), code },
    };
  }
  // c-ares's own timeout should fire first; the cancel is the hard bound whatever c-ares does.
  const timer = setTimeout(() => resolver.cancel(), budget);
  try {
    const [a, aaaa, cnames] = await Promise.all([
      family(resolver.resolve4(host, { ttl: true }), 4),
      family(resolver.resolve6(host, { ttl: true }), 6),
      cnameChain(resolver, host),
    ]);
    const merged = merge(a, aaaa);
    return {
      ...merged,
      cnames,
      attempt: { server: label, outcome: merged.outcome, a: a.outcome, aaaa: aaaa.outcome, ms: since(start), code: merged.code },
    };
  } finally {
    clearTimeout(timer);
  }
}

/** True when an answer came back from the resolver (a name that exists or does not), as opposed to a failure to ask. */
function isAnswer(outcome: ResolveOutcome): boolean {
  return outcome === "ok" || outcome === "nxdomain" || outcome === "nodata";
}

/**
 * Resolves `host` to all its A and AAAA answers. IP literals and `localhost` do not ask DNS.
 * Never throws for a DNS outcome; resolvers are asked one after another until one answers
 * (an address, NXDOMAIN or NODATA), sharing `timeoutMs`.
 */
export async function resolveHost(host: string, options: ResolveOptions): Promise<ResolveResult> {
  const start = performance.now();
  const name = normaliseHost(host);
  const configuredServers = options.servers !== undefined && options.servers.length > 0;
  const base = { host: name, cnames: [] as string[], configuredServers, attempts: [] as ResolverAttempt[] };

  const ipFamily = isIP(name);
  if (ipFamily === 4 || ipFamily === 6) {
    return { ...base, outcome: "ok", addresses: [{ address: name, family: ipFamily }], literal: true, ms: since(start) };
  }
  if (name === "localhost") {
    return {
      ...base,
      outcome: "ok",
      addresses: [
        { address: "127.0.0.1", family: 4 },
        { address: "::1", family: 6 },
      ],
      literal: false,
      resolver: "localhost",
      ms: since(start),
    };
  }

  let servers: (string | undefined)[];
  if (configuredServers) servers = [...(options.servers ?? [])];
  else {
    const system = new Resolver().getServers();
    servers = system.length > 0 ? system : [undefined];
  }

  const deadline = start + options.timeoutMs;
  let first: ServerAnswer | undefined;
  for (let index = 0; index < servers.length; index += 1) {
    const remaining = deadline - performance.now();
    if (remaining <= 0) break;
    const left = servers.length - index;
    let slice = remaining / left;
    if (slice < SANE_MINIMUM_MS) slice = Math.min(remaining, SANE_MINIMUM_MS);
    const answer = await askOne(name, servers[index], slice);
    base.attempts.push(answer.attempt);
    first ??= answer;
    if (isAnswer(answer.outcome)) {
      return {
        ...base,
        outcome: answer.outcome,
        addresses: answer.addresses,
        cnames: answer.cnames,
        literal: false,
        resolver: answer.attempt.server,
        ms: since(start),
        ...(answer.outcome === "ok" ? {} : { code: answer.code, message: answer.message }),
      };
    }
  }
  // No resolver answered: report the first one's failure (the primary resolver, as clients do).
  return {
    ...base,
    outcome: first?.outcome ?? "timeout",
    addresses: [],
    cnames: first?.cnames ?? [],
    literal: false,
    ms: since(start),
    code: first?.code ?? "ETIMEOUT",
    message: first?.message ?? "no resolver could be asked within the time limit",
  };
}

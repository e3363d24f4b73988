import "server-only";
// Turns the evidence script's document (schema.ts) into the same Report the live check produces,
// labelled as seen from the customer's machine (`vantage.kind: "client-script"`): steps per hop
// (dns, proxy, tcp, tls, api, token, manifest, blob) read from what curl, openssl and the resolver
// saw there, and findings named with the live check's own cause mappings — RESOLVE_CAUSES,
// TUNNEL_CAUSES, TCP_CAUSES, TLS_CAUSES, the guard's address classes, the registry's error codes —
// so the same evidence gets the same name from either vantage. On top come the findings only the
// customer's machine can show: the Docker daemon and CLI, the az CLI and its cloud, the auth files'
// keys, the daemon's proxy, and private DNS / private endpoints as that machine resolves them.
// Not here: running anything (the script did), comparing with the server (compare.ts).
import { basicChallenge, bearerChallenge, parseChallenges, resolveRealm, type Challenge } from "@/lib/probe/challenge";
import { decideAddress, type GuardReason } from "@/lib/probe/guard";
import { RESOLVE_CAUSES, type ResolveOutcome } from "@/lib/probe/net/resolve";
import { TCP_CAUSES, type TcpOutcome } from "@/lib/probe/net/tcp";
import { EXPIRY_WARNING_DAYS, TLS_CAUSES, type TlsOutcome } from "@/lib/probe/net/tls";
import { TUNNEL_CAUSES, type TunnelOutcome } from "@/lib/probe/net/proxy";
import type { NetCauseId } from "@/lib/probe/net/util";
import { fingerprint } from "@/lib/probe/runner";
import {
  reportTarget,
  type Confidence,
  type Finding,
  type Hop,
  type ProbeWarning,
  type Report,
  type StepId,
  type StepResult,
  type StepStatus,
} from "@/lib/probe/schema";
import { registryErrors } from "@/lib/probe/steps/registry";
import { messages } from "@/lib/messages";
import type { AuthFile, ClientEvidence, CurlEvidence, DnsEvidence, HopEvidence, TlsEvidence } from "./schema";

export { compareVantages, type VantageRow, type VantageStatus } from "./compare";

type CauseId = Finding["causeId"];
const t = messages.evidence.classify;

/** Minimum versions the seed articles name: Docker 18.03 (ACR's token flow), az 2.59.0 (podman). */
export const DOCKER_MIN_VERSION = [18, 3] as const;
export const AZ_MIN_VERSION_FOR_PODMAN = [2, 59, 0] as const;

const ACR_FIREWALL = /client with IP (?:\\u0027|')?([0-9a-fA-F.:]+)(?:\\u0027|')? is not allowed access/;
const CONFIDENCE_RANK: Record<Confidence, number> = { certain: 0, likely: 1, possible: 2 };

/** Where a finding goes in the list: a cause that explains a symptom leads it; machine state follows the path. */
type Group = "explains" | "path" | "local";

interface Draft extends Finding {
  group: Group;
}

/** Steps, findings and warnings as they are read from the document, in evidence order. */
class EvidenceRun {
  readonly steps: StepResult[] = [];
  readonly findings: Draft[] = [];
  readonly warnings: ProbeWarning[] = [];
  seenAs: string | undefined;
  /** Anonymous access was refused and a login is stored: the script cannot say whether it works. */
  untestedLogin = false;

  step(
    hop: Hop,
    host: string,
    id: StepId,
    ms: number | null,
    status: StepStatus,
    summary: string,
    key: string,
    evidence: Record<string, unknown> = {},
    params: Record<string, string | number | boolean> = {},
  ): void {
    this.steps.push({
      hop,
      host,
      id,
      status,
      ms: Math.max(0, Math.round((ms ?? 0) * 10) / 10),
      summary,
      message: { key, params },
      evidence,
    });
  }

  skip(hop: Hop, host: string, id: StepId, summary: string, key = "step.skipped.earlier-failure"): void {
    this.step(hop, host, id, 0, "skip", summary, key);
  }

  find(
    causeId: CauseId,
    confidence: Confidence,
    summary: string,
    key: string,
    group: Group = "path",
    params: Record<string, string | number | boolean> = {},
  ): void {
    const existing = this.findings.find((finding) => finding.causeId === causeId);
    if (existing) {
      if (CONFIDENCE_RANK[confidence] < CONFIDENCE_RANK[existing.confidence]) existing.confidence = confidence;
      return;
    }
    this.findings.push({ causeId, confidence, summary, message: { key, params }, evidence: [summary], group });
  }

  warn(key: string, summary: string, params: Record<string, string | number | boolean> = {}): void {
    if (!this.warnings.some((warning) => warning.key === key)) this.warnings.push({ key, summary, params });
  }
}

// --- reading curl --------------------------------------------------------------------------------

type Phase = "tool" | "dns" | "proxy" | "tcp" | "tls" | "http";

/** What one curl request says about each phase of the connection, in the live check's words. */
export interface CurlReading {
  /** The first phase that failed; undefined when a complete HTTP answer came back. */
  failedAt?: Phase;
  tunnel?: TunnelOutcome;
  upstreamFailed?: boolean;
  tcp?: TcpOutcome;
  tls?: TlsOutcome;
  http?: "ok" | "timeout" | "closed" | "error";
}

function connectFailure(text: string): TcpOutcome {
  if (/refused/.test(text)) return "refused";
  if (/no route|unreachable|host is down|network is down|cannot assign/.test(text)) return "unreachable";
  if (/timed out|timeout/.test(text)) return "timeout";
  if (/reset/.test(text)) return "reset";
  return "error";
}

/** Missing issuer: an incomplete chain when the leaf names where its issuer lives (AIA), as tls.ts decides. */
function missingIssuer(tls: TlsEvidence | null | undefined): TlsOutcome {
  return tls?.leaf?.caIssuers && (tls.chainSent ?? 1) <= 1 ? "incomplete-chain" : "untrusted";
}

/** A certificate verdict from curl's message and openssl's verify code. */
export function tlsOutcomeOf(message: string, tls?: TlsEvidence | null): TlsOutcome {
  const text = message.toLowerCase();
  if (/expired/.test(text)) return "expired";
  if (/not yet valid/.test(text)) return "not-yet-valid";
  if (
    /no alternative certificate subject name|does not match target host|subject name does not match|doesn't match|hostname mismatch|not match the host/.test(
      text,
    )
  )
    return "hostname-mismatch";
  if (/self[- ]signed/.test(text)) return "untrusted";
  if (/unable to get local issuer|unable to verify the first certificate|unable to get issuer/.test(text)) return missingIssuer(tls);
  switch (tls?.verifyCode) {
    case 9:
      return "not-yet-valid";
    case 10:
      return "expired";
    case 2:
    case 20:
    case 21:
      return missingIssuer(tls);
    case 62:
      return "hostname-mismatch";
    default:
      return "untrusted";
  }
}

/** Reads curl's exit code, CONNECT answer and trace into phases (curl's exit codes: man curl, EXIT CODES). */
export function readCurl(request: CurlEvidence, scheme: "https" | "http", tls?: TlsEvidence | null): CurlReading {
  const code = request.exitCode;
  const text = `${request.error ?? ""} ${request.detail ?? ""}`.toLowerCase();
  const viaProxy = request.proxy !== null;
  const tunnelOk = !viaProxy || request.httpConnect === 200;
  if (code === 0)
    return {
      ...(viaProxy ? { tunnel: "tunnel" as const } : {}),
      tcp: "connected",
      ...(scheme === "https" ? { tls: "ok" as const } : {}),
      http: "ok",
    };
  if (code === 127 || code === 126) return { failedAt: "tool" };
  if (code === 5) return { failedAt: "proxy", tunnel: "unreachable" };
  if (code === 6) return { failedAt: "dns" };
  if (code === 7) {
    if (viaProxy && request.httpConnect === 0) return { failedAt: "proxy", tunnel: "unreachable" };
    return { failedAt: "tcp", tcp: connectFailure(text) };
  }
  if (viaProxy && request.httpConnect !== 0 && request.httpConnect !== 200) {
    const status = request.httpConnect;
    return {
      failedAt: "proxy",
      tunnel: status === 407 ? "auth-required" : "refused",
      upstreamFailed: status === 502 || status === 503 || status === 504,
    };
  }
  if (code === 28) {
    if (viaProxy && request.httpConnect === 0) return { failedAt: "proxy", tunnel: request.connected ? "timeout" : "unreachable" };
    if (!request.connected) return { failedAt: "tcp", tcp: "timeout" };
    const inHandshake =
      /ssl connection timeout|handshake/.test(text) || (scheme === "https" && !request.timings.appconnect && request.httpCode === 0);
    if (inHandshake) return { ...(viaProxy ? { tunnel: "tunnel" as const } : {}), tcp: "connected", failedAt: "tls", tls: "timeout" };
    return {
      ...(viaProxy ? { tunnel: "tunnel" as const } : {}),
      tcp: "connected",
      ...(scheme === "https" ? { tls: "ok" as const } : {}),
      failedAt: "http",
      http: "timeout",
    };
  }
  if (code === 56 && viaProxy && request.httpConnect === 0) return { failedAt: "proxy", tunnel: "closed" };
  const connected = { ...(viaProxy && tunnelOk ? { tunnel: "tunnel" as const } : {}), tcp: "connected" as const };
  if (code === 35)
    return {
      ...connected,
      failedAt: "tls",
      tls: /wrong version number|packet length too long|http request/.test(text) ? "plain-http" : "handshake-failed",
    };
  if (code === 51) return { ...connected, failedAt: "tls", tls: "hostname-mismatch" };
  if (code === 60 || code === 58 || code === 77 || code === 83 || code === 90 || code === 91) {
    return { ...connected, failedAt: "tls", tls: tlsOutcomeOf(text, tls) };
  }
  if (code === 97) return { failedAt: "proxy", tunnel: "refused" };
  const tlsDone = scheme === "http" || Boolean(request.timings.appconnect);
  if ((code === 56 || code === 52) && scheme === "https" && !tlsDone) return { ...connected, failedAt: "tls", tls: "handshake-failed" };
  return {
    ...connected,
    ...(scheme === "https" ? { tls: "ok" as const } : {}),
    failedAt: "http",
    http: code === 52 || code === 56 ? "closed" : "error",
  };
}

// --- addresses and names -----------------------------------------------------------------------

interface AddressClass {
  address: string;
  class: GuardReason | "public";
}

/** Each address with the guard's class: the same words as the server's report (private, loopback, …). */
function classify(addresses: readonly string[]): AddressClass[] {
  return addresses.map((address) => ({ address, class: decideAddress(address, []).reason ?? "public" }));
}

const PRIVATE_CLASSES: ReadonlySet<string> = new Set(["private", "cgnat"]);
const isPrivate = (addresses: AddressClass[]) => addresses.length > 0 && addresses.every((a) => PRIVATE_CLASSES.has(a.class));
const isPublic = (addresses: AddressClass[]) => addresses.length > 0 && addresses.every((a) => a.class === "public");
const throughPrivatelink = (dns: DnsEvidence) => [...dns.cnames, dns.canonicalName ?? ""].some((name) => /\.privatelink\./i.test(name));

// --- the hops --------------------------------------------------------------------------------------

const HOP_CAUSE: Record<Hop, NetCauseId | null> = { api: null, realm: "auth-endpoint-unreachable", blob: "data-endpoint-unreachable" };

/** The live check's rule (transport.ts failAt): a realm or blob host that cannot be reached is that hop's cause; TLS keeps its own. */
function failAt(run: EvidenceRun, hop: HopEvidence, cause: NetCauseId | null, summary: string, key: string): void {
  const hopCause = HOP_CAUSE[hop.hop];
  const isTls = cause !== null && cause.startsWith("tls-");
  if (hopCause && !isTls) {
    run.find(hopCause, "certain", summary, key, "path", { host: hop.host });
    if (cause) run.find(cause, "likely", summary, key, "path", { host: hop.host });
  } else {
    if (cause) run.find(cause, "certain", summary, key, "path", { host: hop.host });
    if (hopCause) run.find(hopCause, "likely", summary, key, "path", { host: hop.host });
  }
}

const seconds = (value: number | null | undefined) => (value ?? 0) * 1000;

/** dns, proxy, tcp, tls of one hop. Returns whether an HTTP answer came back (the later steps can be read). */
function transport(run: EvidenceRun, doc: ClientEvidence, hop: HopEvidence): boolean {
  const s = t.steps;
  const label = s.hopLabel[hop.hop];
  const after: StepId[] = hop.scheme === "https" ? ["tcp", "tls"] : ["tcp"];
  if (hop.sameAsApi) {
    for (const id of ["dns", ...after] as StepId[]) run.skip(hop.hop, hop.host, id, s.sameHost, "step.skipped.same-host");
    return hop.request !== null && readCurl(hop.request, hop.scheme, hop.tls).failedAt === undefined;
  }

  // dns — what the system resolver said, each address with the guard's class.
  const dns = hop.dns;
  const addresses = classify(dns?.addresses ?? []);
  if (dns) {
    const evidence = {
      resolver: dns.resolver,
      addresses,
      cnames: dns.cnames,
      canonicalName: dns.canonicalName,
      chainTool: dns.chainTool,
      chainStatus: dns.chainStatus,
      literal: dns.literal,
    };
    if (dns.outcome !== "ok") {
      const outcome = dns.outcome === "unresolved" ? "nxdomain" : (dns.outcome satisfies ResolveOutcome);
      const summary = s.dnsFailed(hop.host, label, dns.outcome);
      run.step(hop.hop, hop.host, "dns", dns.ms, "fail", summary, `step.dns.${dns.outcome}`, evidence, { host: hop.host });
      const cause = hop.hop === "realm" && outcome === "nxdomain" ? "token-realm-misconfigured" : RESOLVE_CAUSES[outcome];
      failAt(run, hop, cause, summary, `finding.dns.${dns.outcome}`);
      if (dns.outcome === "unresolved")
        run.find("dns-resolver-failed", "possible", t.findings.unresolved(hop.host), "finding.dns.unresolved");
      for (const id of after) run.skip(hop.hop, hop.host, id, s.notResolved(hop.host));
      return false;
    }
    const privatelink = throughPrivatelink(dns);
    run.step(
      hop.hop,
      hop.host,
      "dns",
      dns.ms,
      "pass",
      dns.literal ? s.literal(hop.host) : s.resolved(hop.host, addresses.map((a) => `${a.address} (${a.class})`).join(", ")),
      "step.dns.ok",
      evidence,
      { host: hop.host, count: addresses.length },
    );
    if (privatelink) run.warn("dns.privatelink", t.warnings.privatelink(hop.host, isPrivate(addresses)), { host: hop.host });
  }

  const request = hop.request;
  if (!request) {
    for (const id of after) run.skip(hop.hop, hop.host, id, hop.skipped ?? s.notAsked);
    return false;
  }
  const reading = readCurl(request, hop.scheme, hop.tls);
  const timings = request.timings;
  const evidence = { exitCode: request.exitCode, error: request.error, detail: request.detail, remoteIp: request.remoteIp };
  if (reading.failedAt === "tool") {
    for (const id of after) run.skip(hop.hop, hop.host, id, s.noCurl);
    return false;
  }
  if (reading.failedAt === "dns") {
    const summary = s.dnsFailed(hop.host, label, "unresolved");
    run.step(hop.hop, hop.host, "dns", seconds(timings.namelookup), "fail", summary, "step.dns.curl", evidence, { host: hop.host });
    failAt(run, hop, hop.hop === "realm" ? "token-realm-misconfigured" : "dns-name-not-found", summary, "finding.dns.curl");
    for (const id of after) run.skip(hop.hop, hop.host, id, s.notResolved(hop.host));
    return false;
  }

  // proxy — the route curl took by the shell's variables.
  if (request.proxy) {
    const tunnel = reading.tunnel ?? "tunnel";
    const ok = tunnel === "tunnel";
    const summary = ok ? s.proxyOk(request.proxy.url, hop.host) : s.proxyFailed(request.proxy.url, tunnel, request.httpConnect);
    run.step(hop.hop, hop.host, "proxy", seconds(timings.connect), ok ? "pass" : "fail", summary, `step.proxy.${tunnel}`, {
      proxy: request.proxy.url,
      variable: request.proxy.variable,
      credentialsSent: request.proxy.credentials,
      status: request.httpConnect || undefined,
      proxyAuthenticate: request.headers?.proxyAuthenticate,
      proxyError: request.headers?.squidError,
    });
    if (!ok) {
      const cause = reading.upstreamFailed ? "network-timeout" : TUNNEL_CAUSES[tunnel];
      failAt(run, hop, cause, summary, `finding.proxy.${tunnel}`);
      for (const id of after) run.skip(hop.hop, hop.host, id, s.noTunnel);
      return false;
    }
  }

  // tcp
  const tcp = reading.tcp ?? "error";
  const tcpMs = seconds(timings.connect) - seconds(timings.namelookup);
  if (tcp !== "connected") {
    const summary = s.tcpFailed(hop.host, hop.port, tcp, request.detail ?? request.error ?? "");
    run.step(hop.hop, hop.host, "tcp", tcpMs, "fail", summary, `step.tcp.${tcp}`, evidence, { host: hop.host, port: hop.port });
    // A private address this machine cannot reach: the private endpoint's route, not a random firewall.
    if ((tcp === "timeout" || tcp === "unreachable") && isPrivate(addresses) && !request.proxy) {
      run.find(
        "private-endpoint-no-route",
        doc.target.provider === "acr" ? "certain" : "likely",
        t.findings.privateNoRoute(hop.host, addresses[0]?.address ?? ""),
        "finding.local.private-endpoint-no-route",
        "explains",
        { host: hop.host },
      );
    }
    failAt(run, hop, TCP_CAUSES[tcp], summary, `finding.tcp.${tcp}`);
    if (hop.scheme === "https") run.skip(hop.hop, hop.host, "tls", s.noTcp);
    return false;
  }
  run.step(
    hop.hop,
    hop.host,
    "tcp",
    tcpMs,
    "pass",
    request.proxy ? s.tcpViaProxy(hop.host, hop.port) : s.tcpOk(request.remoteIp ?? hop.host, hop.port),
    "step.tcp.connected",
    evidence,
    { host: hop.host, port: hop.port },
  );

  // tls
  if (hop.scheme === "https") {
    const tls = reading.tls ?? "ok";
    const leaf = hop.tls?.leaf ?? null;
    const tlsEvidence = {
      verifyCode: hop.tls?.verifyCode,
      verifyText: hop.tls?.verifyText,
      protocol: hop.tls?.protocol,
      chainSent: hop.tls?.chainSent,
      leaf,
      curlVerifyResult: request.sslVerifyResult,
      caFile: doc.script.caFile,
    };
    const tlsMs = seconds(timings.appconnect) - seconds(timings.connect);
    if (tls !== "ok") {
      const summary = s.tlsFailed(hop.host, tls, request.error ?? hop.tls?.verifyText ?? "", leaf?.issuer ?? "");
      run.step(hop.hop, hop.host, "tls", tlsMs, "fail", summary, `step.tls.${tls}`, tlsEvidence, { host: hop.host });
      failAt(run, hop, TLS_CAUSES[tls], summary, `finding.tls.${tls}`);
      if (tls === "untrusted" && doc.docker.certsD.some((file) => /\.crt$/.test(file)))
        run.warn("tls.certs-d", t.warnings.certsD(doc.docker.certsD.filter((file) => /\.crt$/.test(file)).join(", ")));
      return false;
    }
    const soon = leaf?.expiresWithin14Days === true;
    run.step(
      hop.hop,
      hop.host,
      "tls",
      tlsMs,
      soon ? "warn" : "pass",
      s.tlsOk(hop.host, hop.tls?.protocol ?? "", leaf?.issuer ?? ""),
      "step.tls.ok",
      tlsEvidence,
      { host: hop.host },
    );
    if (soon) run.warn("tls.expires-soon", t.warnings.expiresSoon(hop.host, leaf?.notAfter ?? "", EXPIRY_WARNING_DAYS), { host: hop.host });
  }
  if (reading.failedAt === "http") {
    const summary = reading.http === "timeout" ? t.findings.httpTimeout(hop.host) : t.findings.httpBroken(hop.host, request.error ?? "");
    if (reading.http === "timeout")
      run.find(
        hop.hop === "api" ? "network-timeout" : (HOP_CAUSE[hop.hop] ?? "network-timeout"),
        "likely",
        summary,
        "finding.http.timeout",
      );
    else
      run.find(
        hop.hop === "realm" ? "auth-endpoint-unreachable" : hop.hop === "blob" ? "data-endpoint-unreachable" : "registry-server-error",
        "possible",
        summary,
        "finding.http.broken",
      );
    return false;
  }
  return true;
}

/** What every HTTP status outside the happy path means (registry.ts commonFailure). */
function commonStatus(run: EvidenceRun, request: CurlEvidence, what: string): boolean {
  const status = request.httpCode;
  if (status === 429) {
    run.find("rate-limited", "certain", t.findings.rateLimited(what), "finding.http.429", "path", {
      retryAfter: request.headers?.retryAfter ?? "",
    });
    return true;
  }
  if (status >= 500) {
    const code = registryErrors(Buffer.from(request.body ?? "", "utf8"))[0]?.code;
    run.find("registry-server-error", "certain", t.findings.serverError(what, status, code ?? ""), "finding.http.5xx", "path", { status });
    return true;
  }
  return false;
}

function noteFirewall(run: EvidenceRun, request: CurlEvidence): boolean {
  const match = ACR_FIREWALL.exec(request.body ?? "");
  if (!match) return false;
  run.seenAs = match[1];
  return true;
}

// --- stored logins -----------------------------------------------------------------------------

export type KeyDifference = "scheme" | "path" | "case" | "port-443" | "docker-hub-alias";

export interface LoginLookup {
  kind: "exact" | "tolerated" | "near" | "none";
  file?: AuthFile;
  key?: string;
  /** How the stored key differs from the one the client asks for. */
  differences: KeyDifference[];
  /** Files that hold no entry but name a credential store, which might. */
  storeOnly: boolean;
}

const DOCKER_HUB_NAMES = new Set(["docker.io", "index.docker.io", "registry-1.docker.io", "registry.hub.docker.com"]);

function keyParts(key: string): { host: string; scheme: boolean; path: boolean; upper: boolean; port443: boolean } {
  let rest = key.trim();
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(rest);
  rest = rest.replace(/^[a-z][a-z0-9+.-]*:\/\//i, "");
  const slash = rest.indexOf("/");
  const path = slash !== -1;
  if (path) rest = rest.slice(0, slash);
  const upper = rest !== rest.toLowerCase();
  rest = rest.toLowerCase();
  const port443 = rest.endsWith(":443");
  if (port443) rest = rest.slice(0, -4);
  return { host: DOCKER_HUB_NAMES.has(rest) ? "docker.io" : rest, scheme, path, upper, port443 };
}

/** How `key` differs from `expected`, or undefined when they name different registries. */
export function keyDifferences(key: string, expected: string): KeyDifference[] | undefined {
  if (key === expected) return [];
  const a = keyParts(key);
  const b = keyParts(expected);
  if (a.host !== b.host) return undefined;
  const differences: KeyDifference[] = [];
  if (a.scheme !== b.scheme) differences.push("scheme");
  if (a.path !== b.path || (a.path && key.replace(/^[^/]*\/\/[^/]*/, "") !== expected.replace(/^[^/]*\/\/[^/]*/, "")))
    differences.push("path");
  if (a.upper) differences.push("case");
  if (a.port443 !== b.port443) differences.push("port-443");
  const hostOf = (text: string) =>
    text
      .replace(/^[a-z][a-z0-9+.-]*:\/\//i, "")
      .split("/")[0]
      ?.toLowerCase()
      .replace(/:443$/, "") ?? "";
  if (b.host === "docker.io" && hostOf(key) !== hostOf(expected)) differences.push("docker-hub-alias");
  return differences.length > 0 ? differences : ["path"];
}

/**
 * Does a client on this machine hold a login for the registry? Docker reads the key exactly (and,
 * for a registry other than Docker Hub, also a key that differs only by https:// or a path); podman
 * also forgives the scheme, path and Docker Hub's aliases. Case and an explicit :443 are never forgiven.
 */
export function findLogin(doc: ClientEvidence): LoginLookup {
  const hub = doc.target.provider === "dockerhub";
  let best: LoginLookup = { kind: "none", differences: [], storeOnly: false };
  const rank = { exact: 0, tolerated: 1, near: 2, none: 3 } as const;
  for (const file of doc.auth.files) {
    if (file.state !== "present") continue;
    const expected = file.client === "docker" ? doc.target.authKeys.docker : doc.target.authKeys.podman;
    const keys = [...file.auths.map((entry) => entry.key), ...file.credHelpers.map((helper) => helper.host)];
    if (file.credsStore && file.auths.length === 0) best.storeOnly = true;
    for (const key of keys) {
      const differences = keyDifferences(key, expected);
      if (!differences) continue;
      const forgiven: KeyDifference[] = file.client === "podman" ? ["scheme", "path", "docker-hub-alias"] : hub ? [] : ["scheme", "path"];
      const kind = differences.length === 0 ? "exact" : differences.every((d) => forgiven.includes(d)) ? "tolerated" : "near";
      if (rank[kind] < rank[best.kind]) best = { kind, file, key, differences, storeOnly: best.storeOnly };
    }
  }
  return best;
}

/** Anonymous access was refused at `where`: is there a login this machine would send instead? */
function anonymousRefused(
  run: EvidenceRun,
  doc: ClientEvidence,
  hop: Hop,
  host: string,
  id: StepId,
  ms: number | null,
  refusal: string,
  evidence: Record<string, unknown>,
): void {
  const login = findLogin(doc);
  const f = t.findings;
  const s = t.steps;
  const loginServer = doc.target.loginServer;
  if (login.kind === "exact" || login.kind === "tolerated") {
    run.untestedLogin = true;
    run.step(
      hop,
      host,
      id,
      ms,
      "warn",
      s.refusedWithLogin(refusal, login.key ?? "", login.file?.path ?? ""),
      "step.token.anonymous-refused-login-stored",
      { ...evidence, login: { key: login.key, file: login.file?.path } },
    );
    run.warn("credentials.untested", t.warnings.loginUntested(loginServer, login.file?.path ?? ""));
    if (login.kind === "tolerated") {
      run.find(
        "credential-key-mismatch",
        "possible",
        f.keyTolerated(
          login.key ?? "",
          login.file?.client === "podman" ? doc.target.authKeys.podman : doc.target.authKeys.docker,
          login.file?.path ?? "",
        ),
        "finding.local.credential-key-tolerated",
        "local",
      );
    }
    return;
  }
  run.step(hop, host, id, ms, "fail", s.refusedNoLogin(refusal), "step.token.anonymous-refused", {
    ...evidence,
    login: login.kind === "near" ? { key: login.key, file: login.file?.path, differences: login.differences } : null,
  });
  if (login.kind === "near") {
    const expected = login.file?.client === "podman" ? doc.target.authKeys.podman : doc.target.authKeys.docker;
    run.find(
      "credential-key-mismatch",
      "likely",
      f.keyMismatch(login.key ?? "", expected, login.file?.path ?? "", login.differences),
      "finding.local.credential-key-mismatch",
      "explains",
      { key: login.key ?? "", expected },
    );
  }
  run.find(
    "credentials-required",
    "likely",
    f.credentialsRequired(loginServer, refusal, login.storeOnly),
    "finding.token.anonymous-refused",
  );
  if (doc.target.repository) run.find("repository-not-found", "possible", f.ambiguousNotFound, "finding.ambiguous.not-found-or-denied");
}

// --- the registry's answers ----------------------------------------------------------------------

function apiStep(run: EvidenceRun, hop: HopEvidence): { challenge?: Challenge; status: number } | undefined {
  const request = hop.request as CurlEvidence;
  const s = t.steps;
  const status = request.httpCode;
  const challenges = parseChallenges(request.headers?.wwwAuthenticate ?? []);
  const challenge = bearerChallenge(challenges) ?? basicChallenge(challenges);
  const body = request.body ?? "";
  const errors = registryErrors(Buffer.from(body, "utf8"));
  const evidence = {
    status,
    contentType: request.headers?.contentType,
    apiVersion: request.headers?.apiVersion,
    challenges: challenges.map((c) => ({ scheme: c.scheme, params: c.params })),
    errors,
    ...(errors.length === 0 && body ? { body } : {}),
  };
  const ms = seconds(request.timings.total) - seconds(request.timings.appconnect || request.timings.connect);
  const step = (ok: boolean, summary: string, key: string) =>
    run.step("api", hop.host, "api", ms, ok ? "pass" : "fail", summary, key, evidence, { status });

  if (status === 403 && noteFirewall(run, request)) {
    const summary = s.ipDenied(run.seenAs ?? "");
    step(false, summary, "step.api.ip-denied");
    run.find("registry-ip-denied", "certain", summary, "finding.api.ip-denied", "path", { ip: run.seenAs ?? "" });
    return undefined;
  }
  if (commonStatus(run, request, "GET /v2/")) {
    step(false, s.apiFailed(status), `step.api.${status}`);
    return undefined;
  }
  if (status === 200) {
    step(true, s.apiOpen, "step.api.open");
    return { status };
  }
  if (status === 401 && challenge) {
    step(true, s.apiChallenge(challenge.scheme === "bearer" ? "Bearer" : "Basic", challenge.params.realm ?? ""), "step.api.challenge");
    return { status, challenge };
  }
  const html = /text\/html/i.test(request.headers?.contentType ?? "") || /^\s*<(!doctype|html)/i.test(body);
  if (status === 403 && errors.some((error) => error.code === "DENIED")) {
    const summary = s.apiDenied;
    step(false, summary, "step.api.denied");
    run.find("access-denied", "likely", summary, "finding.api.denied");
    return undefined;
  }
  const summary = status === 401 ? s.apiNoChallenge : s.notARegistry(status, html);
  step(false, summary, "step.api.not-a-registry");
  run.find("not-a-registry", status === 403 && html ? "likely" : "certain", summary, "finding.api.not-a-registry", "path", { status });
  if (status === 403 && html) run.find("proxy-refused", "possible", t.findings.html403, "finding.api.html-403");
  return undefined;
}

/** The token step: Basic needs a login; Bearer goes to the realm hop for an anonymous token. */
function tokenStep(run: EvidenceRun, doc: ClientEvidence, api: HopEvidence, challenge: Challenge): boolean {
  const s = t.steps;
  if (challenge.scheme === "basic") {
    anonymousRefused(run, doc, "api", api.host, "token", 0, s.basicRefusal, { scheme: "basic" });
    return false;
  }
  const realmText = challenge.params.realm ?? "";
  const base = new URL(`${api.scheme}://${api.host.includes(":") ? `[${api.host}]` : api.host}:${api.port}/v2/`);
  const realm = resolveRealm(realmText, base);
  const hop = doc.hops.find((candidate) => candidate.hop === "realm");
  if (!realm.ok || !hop || hop.skipped) {
    const summary = s.realmUnusable(realmText, realm.ok ? "" : realm.problem);
    run.skip("realm", realmText || "(none)", "dns", s.realmNotUrl);
    run.step("realm", realmText || "(none)", "token", 0, "fail", summary, "step.token.realm-unusable", {
      realm: realmText,
      problem: realm.ok ? undefined : realm.problem,
    });
    run.find("token-realm-misconfigured", "certain", summary, "finding.realm.unusable");
    return false;
  }
  if (realm.insecure) run.warn("realm.plain-http", t.warnings.realmPlainHttp(hop.host));
  if (!transport(run, doc, hop)) {
    run.skip("realm", hop.host, "token", s.realmUnreachable);
    return false;
  }
  const request = hop.request as CurlEvidence;
  const status = request.httpCode;
  const token = doc.registry.token;
  const ms = seconds(request.timings.total) - seconds(request.timings.appconnect || request.timings.connect);
  const evidence = { realm: request.url, status, gotToken: token?.gotToken ?? false, scope: token?.scope, errors: token?.errors ?? [] };
  if (status === 403 && noteFirewall(run, request)) {
    const summary = s.tokenIpDenied(run.seenAs ?? "");
    run.step("realm", hop.host, "token", ms, "fail", summary, "step.token.ip-denied", evidence);
    run.find("registry-ip-denied", "certain", summary, "finding.api.ip-denied", "path", { ip: run.seenAs ?? "" });
    return false;
  }
  if (status === 200 && token?.gotToken) {
    run.step("realm", hop.host, "token", ms, "pass", s.tokenOk(token.scope ?? ""), "step.token.anonymous-ok", evidence);
    return true;
  }
  if (commonStatus(run, request, s.tokenService)) {
    run.step("realm", hop.host, "token", ms, "fail", s.tokenFailed(status), "step.token.failed", evidence);
    return false;
  }
  anonymousRefused(run, doc, "realm", hop.host, "token", ms, s.tokenRefusal(status), evidence);
  return false;
}

function manifestStep(run: EvidenceRun, doc: ClientEvidence, api: HopEvidence): boolean {
  const s = t.steps;
  const manifest = doc.registry.manifest;
  const repository = doc.target.repository ?? "";
  const reference = doc.target.reference ?? "latest";
  if (!manifest) {
    run.skip("api", api.host, "manifest", s.noToken);
    return false;
  }
  const request = manifest.request;
  const status = request.httpCode;
  const evidence = {
    path: `/v2/${repository}/manifests/${reference}`,
    status,
    contentType: request.headers?.contentType,
    digest: request.headers?.contentDigest,
    errors: manifest.errors,
    tagList: manifest.tagList,
  };
  const ms = seconds(request.timings.total);
  const limit = Number(request.headers?.rateLimitLimit?.split(";")[0]);
  const remaining = Number(request.headers?.rateLimitRemaining?.split(";")[0]);
  if (Number.isFinite(limit) && Number.isFinite(remaining) && remaining <= Math.max(1, limit / 10)) {
    run.warn("ratelimit.low", t.warnings.rateLimitLow(remaining, limit), { remaining, limit });
  }
  if (request.exitCode !== 0) {
    const reading = readCurl(request, api.scheme);
    run.step("api", api.host, "manifest", ms, "fail", s.manifestNoAnswer(request.error ?? ""), "step.manifest.no-answer", evidence);
    run.find(
      reading.http === "timeout" ? "network-timeout" : "registry-server-error",
      "possible",
      s.manifestNoAnswer(request.error ?? ""),
      "finding.http.broken",
    );
    return false;
  }
  if (status === 200) {
    const platforms = doc.registry.blob?.platforms;
    if (platforms) {
      const summary = s.platformMissing(repository, reference, doc.target.platform, platforms.join(", "));
      run.step("api", api.host, "manifest", ms, "fail", summary, "step.manifest.platform-missing", { ...evidence, platforms });
      run.find("platform-not-available", "certain", summary, "finding.manifest.platform-missing", "path", {
        platform: doc.target.platform,
      });
      return false;
    }
    run.step(
      "api",
      api.host,
      "manifest",
      ms,
      "pass",
      s.manifestOk(repository, reference, request.headers?.contentType ?? ""),
      "step.manifest.ok",
      evidence,
    );
    return true;
  }
  if (commonStatus(run, request, `HEAD ${evidence.path}`)) {
    run.step("api", api.host, "manifest", ms, "fail", s.manifestFailed(status), `step.manifest.${status}`, evidence);
    return false;
  }
  if (status === 404) {
    if (manifest.errors.includes("NAME_UNKNOWN") || manifest.tagList?.errors.includes("NAME_UNKNOWN")) {
      const summary = s.nameUnknown(repository);
      run.step("api", api.host, "manifest", ms, "fail", summary, "step.manifest.name-unknown", evidence);
      run.find("repository-not-found", "certain", summary, "finding.manifest.name-unknown");
    } else {
      const summary = s.tagUnknown(repository, reference, manifest.errors.includes("MANIFEST_UNKNOWN"));
      const listed = manifest.tagList?.status === 200;
      run.step("api", api.host, "manifest", ms, "fail", summary, "step.manifest.manifest-unknown", evidence);
      run.find(
        "tag-not-found",
        manifest.errors.includes("MANIFEST_UNKNOWN") && listed ? "certain" : "likely",
        summary,
        "finding.manifest.manifest-unknown",
      );
      if (!listed) run.find("repository-not-found", "possible", t.findings.bare404, "finding.manifest.bare-404");
    }
    return false;
  }
  if (status === 401 || status === 403) {
    const insufficient = (request.headers?.wwwAuthenticate ?? []).some((value) => /insufficient_scope/.test(value));
    anonymousRefused(run, doc, "api", api.host, "manifest", ms, s.manifestRefusal(repository, reference, status, insufficient), evidence);
    return false;
  }
  run.step("api", api.host, "manifest", ms, "fail", s.manifestFailed(status), `step.manifest.${status}`, evidence);
  run.find("registry-server-error", "possible", s.manifestFailed(status), "finding.manifest.unexpected");
  return false;
}

function blobStep(run: EvidenceRun, doc: ClientEvidence, api: HopEvidence): void {
  const s = t.steps;
  const blob = doc.registry.blob;
  if (!blob?.request) {
    const hub = doc.target.provider === "dockerhub";
    run.skip(
      "api",
      api.host,
      "blob",
      hub ? s.dockerHubBlob : (blob?.note ?? s.noBlob),
      hub ? "step.skipped.dockerhub" : "step.skipped.earlier-failure",
    );
    return;
  }
  const request = blob.request;
  const status = request.httpCode;
  if (request.exitCode === 0 && (status === 200 || status === 206)) {
    run.step("api", api.host, "blob", seconds(request.timings.total), "pass", s.blobFromRegistry(status), "step.blob.ok", {
      status,
      redirects: [],
    });
    return;
  }
  const hop = doc.hops.find((candidate) => candidate.hop === "blob" && !candidate.known);
  if (!(request.exitCode === 0 && status >= 300 && status < 400 && hop)) {
    if (!commonStatus(run, request, s.blobDownload))
      run.find("registry-server-error", "possible", s.blobFailed(status), "finding.blob.unexpected");
    run.step("api", api.host, "blob", seconds(request.timings.total), "fail", s.blobFailed(status), "step.blob.failed", { status });
    return;
  }
  if (!hop.sameAsApi && !transport(run, doc, hop)) {
    run.skip("blob", hop.host, "blob", s.blobHostUnreachable);
    return;
  }
  const data = hop.request;
  const dataStatus = data?.httpCode ?? 0;
  if (data && data.exitCode === 0 && (dataStatus === 200 || dataStatus === 206)) {
    run.step("blob", hop.host, "blob", seconds(data.timings.total), "pass", s.blobFromHost(hop.host, dataStatus), "step.blob.ok", {
      status: dataStatus,
      redirects: [data.url],
    });
    return;
  }
  const summary = s.dataHostFailed(hop.host, dataStatus);
  run.step("blob", hop.host, "blob", seconds(data?.timings.total), "fail", summary, "step.blob.failed", {
    status: dataStatus,
    redirects: data ? [data.url] : [],
  });
  run.find("data-endpoint-unreachable", "likely", summary, "finding.blob.failed");
}

/** A provider's well-known blob host (Docker Hub's CDN): any HTTP answer means this machine reaches it. */
function knownBlobHost(run: EvidenceRun, doc: ClientEvidence, known: HopEvidence): void {
  const s = t.steps;
  if (transport(run, doc, known)) {
    run.step(
      "blob",
      known.host,
      "blob",
      seconds(known.request?.timings.total),
      "pass",
      s.knownBlobHost(known.host, known.request?.httpCode ?? 0),
      "step.blob.reachable",
      { status: known.request?.httpCode },
    );
  } else {
    run.skip("blob", known.host, "blob", s.blobHostUnreachable);
  }
}

// --- this machine ------------------------------------------------------------------------------

/** Numeric parts of a version: "17.09.1-ce" → [17, 9, 1]. */
export function versionParts(version: string): number[] {
  return (/^\D*(\d+(?:\.\d+)*)/.exec(version)?.[1] ?? "").split(".").filter(Boolean).map(Number);
}

/** Is `version` older than `floor`? Unknown versions are not called old. */
export function olderThan(version: string | null, floor: readonly number[]): boolean {
  if (!version) return false;
  const parts = versionParts(version);
  if (parts.length === 0) return false;
  for (let index = 0; index < floor.length; index += 1) {
    const a = parts[index] ?? 0;
    const b = floor[index] ?? 0;
    if (a !== b) return a < b;
  }
  return false;
}

const basename = (command: string | null) => (command ?? "").trim().split(/[\\/]/).pop()?.split(/\s/)[0]?.toLowerCase() ?? "";

function localFindings(run: EvidenceRun, doc: ClientEvidence): void {
  const f = t.findings;
  const { docker, podman, az, machine, env, target } = doc;
  const dockerCommand = basename(env.dockerCommand);
  const usesPodman = dockerCommand === "podman" || docker.isPodman || (!docker.installed && podman.installed);
  const daemonDown = docker.installed && !docker.isPodman && (docker.daemon.state === "not-running" || docker.daemon.state === "timeout");

  if (machine.cloudShell && (daemonDown || !docker.installed)) {
    run.find("cloud-shell-no-daemon", "certain", f.cloudShell, "finding.local.cloud-shell-no-daemon", "local");
  } else if (!usesPodman && daemonDown) {
    run.find(
      "docker-daemon-not-running",
      docker.daemon.state === "timeout" ? "likely" : "certain",
      f.daemonDown(docker.daemon.error ?? ""),
      "finding.local.docker-daemon-not-running",
      "local",
    );
  } else if (!docker.installed && !podman.installed) {
    // A containerd host (a Kubernetes node) pulls without docker; elsewhere nothing here can pull at all.
    run.find(
      "docker-daemon-not-running",
      doc.tools.containerd ? "possible" : "likely",
      f.noDocker,
      "finding.local.docker-not-installed",
      "local",
    );
  }
  if (docker.installed && !docker.isPodman && docker.daemon.state === "permission-denied")
    run.warn("docker.permission-denied", t.warnings.permissionDenied);

  if (docker.installed && !docker.isPodman && olderThan(docker.version, DOCKER_MIN_VERSION)) {
    run.find("docker-client-too-old", "certain", f.dockerTooOld(docker.version ?? ""), "finding.local.docker-client-too-old", "local", {
      version: docker.version ?? "",
    });
  }
  if (az.installed && dockerCommand === "podman" && olderThan(az.version, AZ_MIN_VERSION_FOR_PODMAN)) {
    run.find("azure-cli-too-old", "certain", f.azTooOld(az.version ?? ""), "finding.local.azure-cli-too-old", "local", {
      version: az.version ?? "",
    });
  }
  const suffix = /\.(azurecr\.(?:io|cn|us))$/.exec(target.host)?.[1];
  if (target.provider === "acr" && suffix && az.installed && az.acrSuffix && az.acrSuffix.replace(/^\./, "").toLowerCase() !== suffix) {
    run.find(
      "azure-cloud-mismatch",
      "likely",
      f.cloudMismatch(az.cloud ?? "", az.acrSuffix, suffix),
      "finding.local.azure-cloud-mismatch",
      "local",
      { cloud: az.cloud ?? "" },
    );
  }

  // The shell goes through a proxy; the Docker daemon has none of its own.
  const api = doc.hops.find((hop) => hop.hop === "api");
  const proxy = api?.request?.proxy;
  const daemonProxy = target.scheme === "https" ? docker.daemon.httpsProxy : docker.daemon.httpProxy;
  if (proxy && docker.installed && !docker.isPodman && docker.daemon.state === "running" && !daemonProxy) {
    const direct = api?.direct;
    const directReading = direct ? readCurl(direct, api.scheme, api.tls) : undefined;
    const directBlocked =
      directReading !== undefined &&
      (directReading.failedAt === "tcp" ||
        directReading.failedAt === "tls" ||
        directReading.failedAt === "dns" ||
        (directReading.failedAt === "http" && directReading.http === "timeout"));
    if (!directReading || directBlocked) {
      run.find(
        "docker-proxy-not-configured",
        directBlocked ? "certain" : "possible",
        f.daemonNoProxy(proxy.variable, proxy.url, directBlocked),
        "finding.local.docker-proxy-not-configured",
        "local",
        { variable: proxy.variable },
      );
    } else {
      run.warn("proxy.daemon-none-direct-ok", t.warnings.directWorks(proxy.variable));
    }
  }

  // Private DNS as this machine sees it: the name goes through privatelink but lands on a public address.
  for (const hop of doc.hops) {
    if (!hop.dns || !/\.azurecr\.(io|cn|us)$/.test(hop.host)) continue;
    const addresses = classify(hop.dns.addresses);
    if (throughPrivatelink(hop.dns) && isPublic(addresses)) {
      const failed = run.findings.length > 0 || run.steps.some((step) => step.status === "fail");
      if (failed)
        run.find(
          "private-dns-zone-not-linked",
          "certain",
          f.zoneNotLinked(hop.host, addresses[0]?.address ?? ""),
          "finding.local.private-dns-zone-not-linked",
          "explains",
          { host: hop.host },
        );
      else run.warn("dns.privatelink-public", t.warnings.privatelinkPublic(hop.host));
    }
  }

  if (env.caVariables.length > 0) run.warn("tls.shell-ca-variables", t.warnings.caVariables(env.caVariables.join(", ")));
  if (doc.script.caFile) run.warn("tls.ca-file", t.warnings.caFile);
  const notes: Record<string, string> = t.warnings.notes;
  for (const note of doc.notes) run.warn(`script.${note.slice(0, 40)}`, notes[note] ?? note);
}

/** A name for the machine in the report, without anything that identifies the person. */
function vantageName(doc: ClientEvidence): string {
  const extra = [doc.machine.wsl ? messages.evidence.wsl : "", doc.machine.cloudShell ? messages.evidence.cloudShell : ""].filter(Boolean);
  return messages.evidence.vantageName(doc.machine.os, doc.machine.arch, extra);
}

/** The script's document as a Report from the customer's machine: steps, findings (most likely first), warnings. */
export function classifyEvidence(doc: ClientEvidence): Report {
  const run = new EvidenceRun();
  const s = t.steps;
  const { target } = doc;
  let provider = target.provider;
  const api = doc.hops.find((hop) => hop.hop === "api") ?? doc.hops[0];
  run.step(
    "api",
    target.host,
    "parse",
    0,
    "pass",
    s.parse(target.loginServer, target.repository ? `${target.repository}:${target.reference ?? "latest"}` : ""),
    "step.parse.ok",
    {
      host: target.host,
      port: target.port,
      scheme: target.scheme,
      repository: target.repository,
      reference: target.reference,
      platform: target.platform,
      provider,
    },
    { loginServer: target.loginServer },
  );

  const skipAll = (ids: StepId[], why: string) => ids.forEach((id) => run.skip("api", target.host, id, why));
  if (!api || !transport(run, doc, api)) {
    skipAll(["api", "token", "manifest", "blob"], s.unreachable(target.host));
  } else {
    const result = apiStep(run, api);
    if (!result) {
      skipAll(["token", "manifest", "blob"], s.notRegistry);
    } else {
      provider = fingerprint(provider, result.challenge);
      let authorized = true;
      if (!result.challenge) run.skip("api", target.host, "token", s.noAuth, "step.skipped.no-auth");
      else authorized = tokenStep(run, doc, api, result.challenge);
      if (!target.repository) {
        run.skip("api", target.host, "manifest", s.noRepository, "step.skipped.no-repository");
        run.skip("api", target.host, "blob", s.noRepository, "step.skipped.no-repository");
      } else if (!authorized) {
        skipAll(["manifest", "blob"], s.noToken);
      } else if (manifestStep(run, doc, api)) {
        blobStep(run, doc, api);
      } else {
        run.skip("api", target.host, "blob", s.noManifest);
      }
    }
  }
  const known = doc.hops.find((hop) => hop.hop === "blob" && hop.known);
  if (known) knownBlobHost(run, doc, known);
  localFindings(run, doc);

  const ordered = (["explains", "path", "local"] as const).flatMap((group) =>
    run.findings.filter((finding) => finding.group === group).sort((a, b) => CONFIDENCE_RANK[a.confidence] - CONFIDENCE_RANK[b.confidence]),
  );
  const findings: Finding[] = ordered.map((draft) => ({
    causeId: draft.causeId,
    confidence: draft.confidence,
    summary: draft.summary,
    message: draft.message,
    evidence: draft.evidence,
  }));
  const failed = run.steps.some((step) => step.status === "fail");
  // Only "possible" findings and nothing failed: worth a look, not a diagnosis.
  const firm = failed || findings.some((finding) => finding.confidence !== "possible");
  const verdict = findings.length > 0 && firm ? "problem" : findings.length > 0 || failed || run.untestedLogin ? "inconclusive" : "healthy";
  return {
    target: reportTarget(target),
    provider,
    steps: run.steps,
    findings,
    warnings: run.warnings,
    verdict,
    vantage: { kind: "client-script", name: vantageName(doc), version: doc.script.version, ...(run.seenAs ? { seenAs: run.seenAs } : {}) },
  };
}

import "server-only";
// The `dns`, `proxy`, `tcp` and `tls` steps of one hop (the registry, its token realm, or a blob
// host): resolve the name, let the guard decide on EVERY address, then connect — through the proxy
// when one applies — to an approved address only, and shake hands. Each phase is its own step with
// its own evidence; the first failure names its cause for this hop and the rest are skipped. A
// connected hop keeps its connection open between requests and reconnects to the same approved
// addresses (never a second lookup) when the server closes it.
import { decideAnswers, describeDecision, type GuardDecision } from "../guard";
import { openConnection } from "../net/connect";
import { httpRequest, type HttpRequestOptions, type HttpResult } from "../net/http";
import { proxyFor } from "../net/proxy";
import { RESOLVE_CAUSES, resolveHost, type ResolveResult } from "../net/resolve";
import { TCP_CAUSES } from "../net/tcp";
import { TLS_CAUSES } from "../net/tls";
import { TUNNEL_CAUSES } from "../net/proxy";
import type { NetCauseId } from "../net/util";
import type { ProbeRun } from "../run-state";
import type { Hop, StepId, StepResult } from "../schema";

export interface HopTarget {
  hop: Hop;
  host: string;
  port: number;
  scheme: "https" | "http";
}

export interface HopConnection extends HopTarget {
  addresses: string[];
  proxy?: { url: URL; address: string };
  /** One HTTP exchange: on the hop's kept connection when the server keeps it open, else a new one. */
  request(options: HopRequestOptions): Promise<HttpResult>;
  /** Close the kept connection; the check is done with this hop. */
  close(): void;
}

export interface HopRequestOptions extends Omit<HttpRequestOptions, "host" | "timeoutMs"> {
  /**
   * When the step this request belongs to must be over (a performance.now() reading): a step that
   * makes several requests shares one per-step limit. Without it the request gets the whole limit.
   */
  deadline?: number;
}

/** The deadline of a step starting now: PROBE_TIMEOUT_MS is the per-step limit. */
export function stepDeadline(run: ProbeRun): number {
  return performance.now() + run.timeoutMs;
}

const HOP_LABEL: Record<Hop, string> = { api: "the registry", realm: "the token service", blob: "the blob host" };

/** The cause a failure at this hop stands for, beside the phase's own cause. */
const HOP_CAUSE: Record<Hop, NetCauseId | null> = { api: null, realm: "auth-endpoint-unreachable", blob: "data-endpoint-unreachable" };

function hostHeader(target: HopTarget): string {
  const defaultPort = target.scheme === "https" ? 443 : 80;
  const host = target.host.includes(":") ? `[${target.host}]` : target.host;
  return target.port === defaultPort ? host : `${host}:${target.port}`;
}

function describeAddresses(resolved: ResolveResult, decisions: GuardDecision[]) {
  return decisions.map((decision) => ({
    address: decision.address,
    class: decision.reason ?? "public",
    allowed: decision.allowed,
    ...(decision.allowedBy ? { allowedBy: decision.allowedBy } : {}),
    family: resolved.addresses.find((a) => a.address === decision.address)?.family,
  }));
}

/** Record the cause(s) for a failed phase at this hop. */
function failAt(run: ProbeRun, target: HopTarget, phaseCause: NetCauseId | null, summary: string, key: string, evidence: string[]) {
  const hopCause = HOP_CAUSE[target.hop];
  // A TLS failure names the certificate's problem; a realm that does not resolve is the realm's own
  // misconfiguration (probe-contract.md: "unresolvable"). Either leads, with the hop's cause behind it.
  const phaseLeads = phaseCause !== null && (phaseCause.startsWith("tls-") || phaseCause === "token-realm-misconfigured");
  if (hopCause && !phaseLeads) {
    run.find(hopCause, "certain", summary, key, evidence, { host: target.host });
    if (phaseCause) run.find(phaseCause, "likely", summary, key, evidence, { host: target.host });
  } else {
    if (phaseCause) run.find(phaseCause, "certain", summary, key, evidence, { host: target.host });
    if (hopCause) run.find(hopCause, "likely", summary, key, evidence, { host: target.host });
  }
}

function* skipRest(run: ProbeRun, target: HopTarget, ids: StepId[], reason: string): Generator<StepResult> {
  for (const id of ids) yield run.skip(target.hop, target.host, id, reason, "step.skipped.earlier-failure");
}

/**
 * Run dns → (proxy) → tcp → (tls) for one hop. Yields each step as it finishes; returns a
 * connection on success, or undefined after recording why not.
 */
export async function* connectHop(run: ProbeRun, target: HopTarget): AsyncGenerator<StepResult, HopConnection | undefined> {
  const label = HOP_LABEL[target.hop];
  const after: StepId[] = ["tcp", ...(target.scheme === "https" ? (["tls"] as const) : [])];
  const servers = run.env.dnsServers.map((server) => server.server);

  // dns — every answer, then the guard's decision on every address.
  const resolved = await resolveHost(target.host, { servers, timeoutMs: run.timeoutMs });
  if (resolved.outcome !== "ok") {
    const cause =
      target.hop === "realm" && resolved.outcome === "nxdomain" ? "token-realm-misconfigured" : RESOLVE_CAUSES[resolved.outcome];
    const summary = `${target.host} (${label}) does not resolve: ${resolved.outcome === "nxdomain" ? "no such name (NXDOMAIN)" : resolved.outcome === "nodata" ? "the name has no address" : `the resolver failed (${resolved.outcome})`}.`;
    yield run.step(target.hop, target.host, "dns", resolved.ms, {
      status: "fail",
      summary,
      key: `step.dns.${resolved.outcome}`,
      params: { host: target.host },
      evidence: {
        outcome: resolved.outcome,
        code: resolved.code,
        resolver: resolved.resolver,
        attempts: resolved.attempts,
        cnames: resolved.cnames,
      },
    });
    failAt(run, target, cause, summary, `finding.dns.${resolved.outcome}`, [summary]);
    yield* skipRest(run, target, after, `Not tried: ${target.host} did not resolve.`);
    return undefined;
  }
  const addresses = resolved.addresses.map((answer) => answer.address);
  const verdict = decideAnswers(addresses, run.env.allowNetworks);
  const evidence = {
    addresses: describeAddresses(resolved, verdict.decisions),
    cnames: resolved.cnames,
    resolver: resolved.resolver,
    configuredResolvers: resolved.configuredServers,
    literal: resolved.literal,
  };
  if (resolved.cnames.some((name) => name.includes(".privatelink."))) {
    run.warn(
      "dns.privatelink",
      `${target.host} resolves through a privatelink name: the registry has a private endpoint; clients inside its network should get a private address.`,
      { host: target.host },
    );
  }
  if (!verdict.allowed) {
    const refused = verdict.refused;
    const why = refused ? describeDecision(refused) : "the name has no address to check";
    const summary = `${target.host} resolves to an address this server will not connect to: ${why}`;
    yield run.step(target.hop, target.host, "dns", resolved.ms, {
      status: "fail",
      summary,
      key: "step.dns.refused-by-guard",
      params: { host: target.host, reason: refused?.reason ?? "empty" },
      evidence,
    });
    const cause =
      target.hop === "api" ? "dns-private-address" : target.hop === "realm" ? "token-realm-misconfigured" : "data-endpoint-unreachable";
    run.find(cause, "certain", summary, "finding.guard.refused", [summary], { host: target.host, reason: refused?.reason ?? "empty" });
    yield* skipRest(run, target, after, `Not tried: the address guard refused ${target.host}.`);
    return undefined;
  }
  yield run.step(target.hop, target.host, "dns", resolved.ms, {
    status: "pass",
    summary: resolved.literal ? `${target.host} is an address; nothing to resolve.` : `${target.host} resolves to ${addresses.join(", ")}.`,
    key: "step.dns.ok",
    params: { host: target.host, count: addresses.length },
    evidence,
  });

  // proxy — the request's own, or the server's HTTPS_PROXY unless NO_PROXY exempts the host.
  let proxy: { url: URL; address: string } | undefined;
  const proxyUrl = run.plan.proxy ?? proxyFor(target.host, run.processEnv, { port: target.port, scheme: target.scheme });
  if (proxyUrl) {
    const proxyHost = proxyUrl.hostname.replace(/^\[(.*)\]$/, "$1");
    const proxyResolved = await resolveHost(proxyHost, { servers, timeoutMs: run.timeoutMs });
    const proxyVerdict =
      proxyResolved.outcome === "ok"
        ? decideAnswers(
            proxyResolved.addresses.map((a) => a.address),
            run.env.allowNetworks,
          )
        : undefined;
    const proxyAddress = proxyVerdict?.allowed ? proxyResolved.addresses[0]?.address : undefined;
    if (!proxyAddress) {
      const why =
        proxyResolved.outcome !== "ok"
          ? `its name ${proxyHost} does not resolve (${proxyResolved.outcome})`
          : `the address guard refused it: ${proxyVerdict?.refused ? describeDecision(proxyVerdict.refused) : "no address"}`;
      const summary = `The proxy ${proxyUrl.host} cannot be used: ${why}.`;
      yield run.step(target.hop, target.host, "proxy", proxyResolved.ms, {
        status: "fail",
        summary,
        key: "step.proxy.unusable",
        params: { proxy: proxyUrl.host },
        evidence: { proxy: proxyUrl.host, outcome: proxyResolved.outcome },
      });
      failAt(run, target, "proxy-unreachable", summary, "finding.proxy.unusable", [summary]);
      yield* skipRest(run, target, after, "Not tried: the proxy could not be used.");
      return undefined;
    }
    proxy = { url: proxyUrl, address: proxyAddress };
  }

  const extraCaPem = run.env.caFile?.pem;
  // Every connection of this hop: the approved addresses only (never a second lookup), the same proxy.
  const connect = (timeoutMs: number) =>
    openConnection({
      host: target.host,
      port: target.port,
      scheme: target.scheme,
      addresses,
      ...(proxy ? { proxy } : {}),
      tls: extraCaPem ? { extraCaPem } : {},
      timeoutMs,
    });
  const connection = await connect(run.timeoutMs);
  if (!connection.ok) connection.socket?.destroy();

  if (connection.proxy) {
    const tunnel = connection.proxy;
    const ok = tunnel.outcome === "tunnel";
    const summary = ok
      ? `The proxy ${tunnel.proxy} opened a tunnel to ${tunnel.target}.`
      : `The proxy ${tunnel.proxy} ${tunnel.outcome === "auth-required" ? "asks for credentials (407)" : tunnel.outcome === "refused" ? `refused the tunnel to ${tunnel.target}${tunnel.status ? ` (${tunnel.status})` : ""}` : tunnel.outcome === "closed" ? "closed the connection without answering (proxyconnect tcp: EOF)" : tunnel.outcome === "unreachable" ? "does not accept connections" : "did not answer in time"}.`;
    yield run.step(target.hop, target.host, "proxy", tunnel.ms, {
      status: ok ? "pass" : "fail",
      summary,
      key: `step.proxy.${tunnel.outcome}`,
      params: { proxy: tunnel.proxy, target: tunnel.target },
      evidence: {
        proxy: tunnel.proxy,
        target: tunnel.target,
        status: tunnel.status,
        statusLine: tunnel.statusLine,
        authSchemes: tunnel.authSchemes,
        proxyError: tunnel.proxyError,
        credentialsSent: tunnel.credentialsSent,
      },
    });
    if (!ok) {
      const cause = tunnel.upstreamFailed ? "network-timeout" : TUNNEL_CAUSES[tunnel.outcome];
      failAt(run, target, cause, summary, `finding.proxy.${tunnel.outcome}`, [summary]);
      yield* skipRest(run, target, after, "Not tried: the proxy did not open a tunnel.");
      return undefined;
    }
  }

  const tcp = connection.tcp;
  if (tcp) {
    const ok = tcp.outcome === "connected";
    const where =
      tcp.via === "proxy" ? `through the proxy to ${target.host}:${target.port}` : `to ${tcp.address ?? addresses[0]}:${target.port}`;
    const summary = ok
      ? `Connected ${where}.`
      : `Could not connect ${where}: ${tcp.outcome === "refused" ? "connection refused (nothing listens on that port)" : tcp.outcome === "timeout" ? "no answer within the limit (a firewall dropping packets?)" : tcp.outcome}.`;
    yield run.step(target.hop, target.host, "tcp", tcp.ms, {
      status: ok ? "pass" : "fail",
      summary,
      key: `step.tcp.${tcp.outcome}`,
      params: { host: target.host, port: target.port },
      evidence: {
        via: tcp.via,
        address: tcp.address,
        attempts: tcp.attempts.map((a) => ({ address: a.address, outcome: a.outcome, ms: Math.round(a.ms), code: a.code })),
      },
    });
    if (!ok) {
      failAt(run, target, TCP_CAUSES[tcp.outcome], summary, `finding.tcp.${tcp.outcome}`, [summary]);
      if (target.scheme === "https")
        yield run.skip(target.hop, target.host, "tls", "Not tried: no TCP connection.", "step.skipped.earlier-failure");
      return undefined;
    }
  }

  if (target.scheme === "https" && connection.tls) {
    const tls = connection.tls;
    const ok = tls.outcome === "ok";
    const leaf = tls.chain[0];
    const summary = ok
      ? `TLS ${tls.protocol ?? ""} with a trusted certificate for ${target.host}${leaf ? ` (issued by ${leaf.issuerCN ?? leaf.issuer}, valid until ${leaf.validTo.slice(0, 10)})` : ""}.`
      : `TLS with ${target.host} failed: ${tlsWords(tls.outcome)}${tls.authorizationError ? ` (${tls.authorizationError})` : ""}.`;
    yield run.step(target.hop, target.host, "tls", tls.ms, {
      status: ok ? (tls.expiresSoon ? "warn" : "pass") : "fail",
      summary,
      key: `step.tls.${tls.outcome}`,
      params: { host: target.host },
      evidence: {
        protocol: tls.protocol,
        cipher: tls.cipher,
        chain: tls.chain.map((cert) => ({
          subject: cert.subject,
          sans: cert.sans,
          issuer: cert.issuer,
          validFrom: cert.validFrom,
          validTo: cert.validTo,
          selfSigned: cert.selfSigned,
        })),
        sentLength: tls.sentLength,
        chainTrusted: tls.chainTrusted,
        authorizationError: tls.authorizationError,
        hostnameError: tls.hostnameError,
        usedExtraCa: tls.usedExtraCa,
        daysLeft: tls.daysLeft,
        problems: tls.problems,
      },
    });
    if (tls.usedExtraCa)
      run.warn("tls.extra-ca", `${target.host}'s certificate is trusted through PROBE_CA_FILE (a private CA); clients need that CA too.`, {
        host: target.host,
      });
    if (ok && tls.expiresSoon)
      run.warn("tls.expires-soon", `${target.host}'s certificate expires in ${tls.daysLeft} days.`, {
        host: target.host,
        days: tls.daysLeft ?? 0,
      });
    if (!ok) {
      failAt(run, target, TLS_CAUSES[tls.outcome], summary, `finding.tls.${tls.outcome}`, [summary]);
      return undefined;
    }
  }
  if (!connection.ok) return undefined;

  // The handshake's connection serves the first request; a connection the server keeps open serves
  // the next, so a hop normally costs one TCP and TLS handshake however many requests it makes.
  let idle = connection.ok ? connection.socket : undefined;
  let idleServedBefore = false;
  // Bytes on an idle HTTP/1.1 connection answer no request (a server's 408 before it hangs up):
  // read as the next request's answer they would be a lie, so the connection is dropped instead.
  const dropOnUnsolicitedData = function (this: NonNullable<typeof idle>) {
    this.destroy();
  };
  const takeIdle = () => {
    const socket = idle;
    idle = undefined;
    socket?.removeListener("data", dropOnUnsolicitedData);
    // A kept connection the server has since closed (or half-closed) is no use: drop it.
    if (socket && (socket.destroyed || !socket.writable || socket.readyState !== "open")) {
      socket.destroy();
      return undefined;
    }
    return socket;
  };
  const exchange = async (socket: NonNullable<typeof idle>, options: HttpRequestOptions): Promise<HttpResult> => {
    const result = await httpRequest(socket, { ...options, keepAlive: true });
    if (result.reusable) {
      idle?.destroy();
      idle = socket;
      idleServedBefore = true;
      socket.on("data", dropOnUnsolicitedData);
    }
    return result;
  };

  const hop: HopConnection = {
    ...target,
    addresses,
    ...(proxy ? { proxy } : {}),
    close() {
      idle?.destroy();
      idle = undefined;
    },
    async request({ deadline, ...options }) {
      const left = () => (deadline === undefined ? run.timeoutMs : Math.max(1, Math.round(deadline - performance.now())));
      const request = (socket: NonNullable<typeof idle>) => exchange(socket, { ...options, host: hostHeader(target), timeoutMs: left() });
      const servedBefore = idleServedBefore;
      const kept = takeIdle();
      if (kept) {
        const result = await request(kept);
        // A server may close a kept connection just as the request goes out (its idle timeout):
        // like Go's transport, try once more on a new connection when no answer began.
        const staleConnection = servedBefore && result.status === undefined && (result.outcome === "closed" || result.outcome === "error");
        if (!staleConnection) return result;
      }
      const fresh = await connect(left());
      if (!fresh.ok || !fresh.socket) {
        const timedOut = [fresh.proxy?.outcome, fresh.tcp?.outcome, fresh.tls?.outcome].includes("timeout");
        return {
          outcome: timedOut ? "timeout" : "error",
          headers: {},
          headerLines: [],
          body: Buffer.alloc(0),
          truncated: false,
          ms: fresh.ms,
          message: `could not reconnect (${fresh.failedPhase ?? "unknown"})`,
        };
      }
      return request(fresh.socket);
    },
  };
  run.holdOpen(hop);
  return hop;
}

function tlsWords(outcome: string): string {
  switch (outcome) {
    case "untrusted":
      return "the certificate is not trusted (self-signed, a private CA, or a TLS-inspecting proxy)";
    case "incomplete-chain":
      return "the server does not send its intermediate certificate";
    case "hostname-mismatch":
      return "the certificate is for another name";
    case "expired":
      return "the certificate has expired";
    case "not-yet-valid":
      return "the certificate is not valid yet (is a clock wrong?)";
    case "plain-http":
      return "the server speaks plain HTTP on this port";
    case "timeout":
      return "the handshake did not finish within the limit";
    default:
      return "the handshake failed";
  }
}

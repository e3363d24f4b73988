// One hop's connection, as the runner needs it: through the proxy (if any) or to each approved
// address in turn (IPv4 first), then TLS for https, returning each phase's result so the runner
// can emit separate `proxy`, `tcp` and `tls` steps, and the open socket for the HTTP request.
// Not here: resolving names or approving addresses (resolve.ts, guard.ts), HTTP (http.ts).
import "server-only";
import { isIP, type Socket } from "node:net";
import type { TLSSocket } from "node:tls";
import { openTunnel, type TunnelResult } from "./proxy";
import { connectTcp, type TcpOutcome, type TcpResult } from "./tcp";
import { startTls, type TlsOptions, type TlsResult } from "./tls";
import { since } from "./util";

export type ConnectPhase = "proxy" | "tcp" | "tls";

/** The `tcp` step: direct attempts to each address, or the tunnel the proxy opened. */
export interface TcpPhase {
  outcome: TcpOutcome;
  via: "direct" | "proxy";
  /** Every direct attempt, in order; empty through a proxy (its own TCP is in `proxy.tcp`). */
  attempts: Omit<TcpResult, "socket">[];
  /** The address connected to, directly. */
  address?: string;
  ms: number;
}

export interface ConnectOptions {
  /** The NAME the user asked for: the CONNECT target, SNI and the name the certificate must carry. */
  host: string;
  port: number;
  scheme: "https" | "http";
  /** The host's addresses, already approved by the guard. Only these are connected to. */
  addresses: readonly string[];
  /** A forward proxy: its URL (userinfo allowed) and its address, already resolved and approved. */
  proxy?: { url: URL; address: string };
  /** Trust store for the handshake (defaults: the system roots). */
  tls?: Pick<TlsOptions, "ca" | "extraCaPem">;
  /** Limit for each phase (the per-step limit); direct attempts share the tcp phase's limit. */
  timeoutMs: number;
}

export interface ConnectResult {
  ok: boolean;
  /** The first phase that failed; the phases after it did not run. */
  failedPhase?: ConnectPhase;
  proxy?: Omit<TunnelResult, "socket">;
  tcp?: TcpPhase;
  tls?: Omit<TlsResult, "socket">;
  /** The connection, ready for one HTTP request (TLS for https): only when `ok`. The caller owns it. */
  socket?: Socket | TLSSocket;
  ms: number;
}

/** Go's dialSerial: each remaining address gets an equal share of what is left, but at least 2 s when there is that much. */
const SANE_MINIMUM_MS = 2000;

/** IPv4 first, then IPv6, otherwise in the order given; duplicates dropped. */
export function orderAddresses(addresses: readonly string[]): string[] {
  const unique = [...new Set(addresses)];
  return [...unique.filter((a) => isIP(a) === 4), ...unique.filter((a) => isIP(a) === 6)];
}

async function connectDirect(addresses: readonly string[], port: number, timeoutMs: number): Promise<{ phase: TcpPhase; socket?: Socket }> {
  const start = performance.now();
  const deadline = start + timeoutMs;
  const ordered = orderAddresses(addresses);
  const attempts: Omit<TcpResult, "socket">[] = [];
  for (let index = 0; index < ordered.length; index += 1) {
    const address = ordered[index] ?? "";
    const remaining = deadline - performance.now();
    if (remaining <= 0) break;
    let slice = remaining / (ordered.length - index);
    if (slice < SANE_MINIMUM_MS) slice = Math.min(remaining, SANE_MINIMUM_MS);
    const { socket, ...attempt } = await connectTcp(address, port, { timeoutMs: slice });
    attempts.push(attempt);
    if (attempt.outcome === "connected" && socket) {
      return { phase: { outcome: "connected", via: "direct", attempts, address, ms: since(start) }, socket };
    }
  }
  // Like Go, report the first address's failure: with IPv4 first, the one a client tries first.
  const outcome: TcpOutcome = attempts[0]?.outcome ?? (ordered.length === 0 ? "error" : "timeout");
  return { phase: { outcome, via: "direct", attempts, ms: since(start) } };
}

/**
 * Opens the connection for one hop. Resolves with every phase's result; never rejects for a
 * network outcome. On failure nothing is left open.
 */
export async function openConnection(options: ConnectOptions): Promise<ConnectResult> {
  const start = performance.now();
  let socket: Socket;
  const result: ConnectResult = { ok: false, ms: 0 };

  if (options.proxy) {
    const { socket: tunnelSocket, ...proxy } = await openTunnel(
      options.proxy.url,
      { host: options.host, port: options.port },
      { timeoutMs: options.timeoutMs, proxyAddress: options.proxy.address },
    );
    result.proxy = proxy;
    if (proxy.outcome !== "tunnel" || tunnelSocket === undefined) {
      return { ...result, failedPhase: "proxy", ms: since(start) };
    }
    result.tcp = { outcome: "connected", via: "proxy", attempts: [], ms: proxy.ms };
    socket = tunnelSocket;
  } else {
    const direct = await connectDirect(options.addresses, options.port, options.timeoutMs);
    result.tcp = direct.phase;
    if (direct.socket === undefined) return { ...result, failedPhase: "tcp", ms: since(start) };
    socket = direct.socket;
  }

  if (options.scheme === "http") return { ...result, ok: true, socket, ms: since(start) };

  const { socket: secure, ...tls } = await startTls(socket, {
    servername: options.host,
    timeoutMs: options.timeoutMs,
    ...(options.tls?.ca === undefined ? {} : { ca: options.tls.ca }),
    ...(options.tls?.extraCaPem === undefined ? {} : { extraCaPem: options.tls.extraCaPem }),
  });
  result.tls = tls;
  if (tls.outcome !== "ok" || secure === undefined) return { ...result, failedPhase: "tls", ms: since(start) };
  return { ...result, ok: true, socket: secure, ms: since(start) };
}

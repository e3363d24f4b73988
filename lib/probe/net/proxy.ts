// The `proxy` step's primitive: open a CONNECT tunnel through an HTTP forward proxy to a host NAME
// (proxies allow by name; the caller has already resolved and guard-checked both the target's name
// and the proxy's address), and name how the proxy failed. Also `proxyFor`: which proxy, if any,
// the server's HTTPS_PROXY / NO_PROXY environment selects for a host, the way Go (docker) reads it.
// The proxy's credentials go into one Proxy-Authorization header and nowhere else.
import "server-only";
import { isIP, type Socket } from "node:net";
import { connectTcp, type TcpResult } from "./tcp";
import { errorCode, errorMessage, hostPort, ignoreErrors, since, type NetCauseId } from "./util";

export const TUNNEL_OUTCOMES = ["tunnel", "unreachable", "auth-required", "refused", "closed", "timeout", "error"] as const;
export type TunnelOutcome = (typeof TUNNEL_OUTCOMES)[number];

export const TUNNEL_CAUSES: Record<TunnelOutcome, NetCauseId | null> = {
  tunnel: null,
  unreachable: "proxy-unreachable",
  "auth-required": "proxy-auth-required",
  refused: "proxy-refused",
  // Docker prints "proxyconnect tcp: EOF" for this.
  closed: "proxy-refused",
  timeout: "network-timeout",
  // Only for input the caller should not have passed (a proxy URL that is not http://, no address).
  error: "proxy-unreachable",
};

export const DEFAULT_MAX_CONNECT_RESPONSE_BYTES = 16 * 1024;

export interface TunnelResult {
  outcome: TunnelOutcome;
  /** The proxy as `host:port`, never with credentials. */
  proxy: string;
  proxyAddress: string;
  /** What was asked to be tunnelled, `host:port`. */
  target: string;
  /** Credentials were sent (from the proxy URL's userinfo); the credentials themselves never appear. */
  credentialsSent: boolean;
  /** The TCP connection to the proxy. */
  tcp?: TcpResult;
  statusLine?: string;
  status?: number;
  /** Scheme names from Proxy-Authenticate (e.g. Basic, Negotiate, NTLM), on a 407. */
  authSchemes?: string[];
  /** Squid's X-Squid-Error (e.g. `ERR_CONNECT_FAIL 111`), naming what the proxy met upstream. */
  proxyError?: string;
  /** A 502/503/504: the proxy is there but says it could not reach the target itself. */
  upstreamFailed?: boolean;
  /** Header names of the proxy's answer (values are not kept: they can carry cookies). */
  headerNames?: string[];
  ms: number;
  code?: string;
  message?: string;
  /** The tunnel, only when `outcome` is `tunnel`: a socket to the target's port, ready for TLS. */
  socket?: Socket;
}

export interface TunnelOptions {
  timeoutMs: number;
  /** The proxy host's address, already resolved and guard-checked by the caller. */
  proxyAddress: string;
  maxResponseBytes?: number;
}

function proxyPort(url: URL): number {
  if (url.port !== "") return Number(url.port);
  return url.protocol === "https:" ? 443 : 80;
}

function basicCredentials(url: URL): string | undefined {
  if (url.username === "" && url.password === "") return undefined;
  const decode = (s: string): string => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  return Buffer.from(`${decode(url.username)}:${decode(url.password)}`, "utf8").toString("base64");
}

interface ParsedHead {
  statusLine: string;
  status?: number;
  headers: [string, string][];
}

function parseHead(head: string): ParsedHead {
  const lines = head.split("\r\n");
  const statusLine = lines[0] ?? "";
  const match = /^HTTP\/\d(?:\.\d)?\s+(\d{3})(?:\s|$)/.exec(statusLine);
  const headers: [string, string][] = [];
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
  }
  return { statusLine, status: match?.[1] === undefined ? undefined : Number(match[1]), headers };
}

/** The scheme of each challenge: the first token of each Proxy-Authenticate line. */
function authSchemes(headers: [string, string][]): string[] {
  const schemes = headers
    .filter(([name]) => name === "proxy-authenticate")
    .map(([, value]) => /^\s*([A-Za-z0-9!#$%&'*+.^_`|~-]+)/.exec(value)?.[1])
    .filter((s): s is string => s !== undefined);
  return [...new Set(schemes)];
}

/**
 * Opens `CONNECT target.host:target.port` through the proxy at `options.proxyAddress`. Resolves
 * with a result; never rejects for a network outcome. One deadline covers the TCP connection to
 * the proxy and its answer.
 */
export async function openTunnel(proxyUrl: URL, target: { host: string; port: number }, options: TunnelOptions): Promise<TunnelResult> {
  const start = performance.now();
  const port = proxyPort(proxyUrl);
  const proxyHost = proxyUrl.hostname.replace(/^\[(.*)\]$/, "$1");
  const authority = hostPort(target.host, target.port);
  const credentials = basicCredentials(proxyUrl);
  const base = {
    proxy: hostPort(proxyHost, port),
    proxyAddress: options.proxyAddress,
    target: authority,
    credentialsSent: credentials !== undefined,
  };
  const maxBytes = options.maxResponseBytes ?? DEFAULT_MAX_CONNECT_RESPONSE_BYTES;

  if (proxyUrl.protocol !== "http:") {
    return {
      ...base,
      outcome: "error",
      ms: since(start),
      code: "ERR_PROXY_SCHEME",
      message: `only http:// proxies are supported, not ${proxyUrl.protocol}//`,
    };
  }
  if (isIP(options.proxyAddress) === 0) {
    return {
      ...base,
      outcome: "error",
      ms: since(start),
      code: "ERR_NOT_AN_ADDRESS",
      message: "the proxy's address must be the resolved, guard-checked IP",
    };
  }

  const tcp = await connectTcp(options.proxyAddress, port, { timeoutMs: options.timeoutMs });
  const { socket: tcpSocket, ...tcpEvidence } = tcp;
  if (tcp.outcome !== "connected" || tcpSocket === undefined) {
    return { ...base, outcome: "unreachable", tcp: tcpEvidence, ms: since(start), code: tcp.code, message: tcp.message };
  }
  const socket = tcpSocket;
  const remaining = Math.max(1, options.timeoutMs - (performance.now() - start));

  return new Promise((resolve) => {
    let settled = false;
    let received = Buffer.alloc(0);
    const finish = (result: Omit<TunnelResult, keyof typeof base | "tcp" | "ms">): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.removeListener("data", onData);
      socket.removeListener("end", onEnd);
      socket.removeListener("close", onEnd);
      socket.removeListener("error", onError);
      if (result.outcome !== "tunnel") socket.destroy();
      resolve({ ...base, tcp: tcpEvidence, ms: since(start), ...result });
    };
    const onData = (chunk: Buffer): void => {
      received = Buffer.concat([received, chunk]);
      const end = received.indexOf("\r\n\r\n");
      if (end < 0) {
        if (received.length > maxBytes) {
          finish({
            outcome: "refused",
            code: "ERR_PROXY_RESPONSE_TOO_LARGE",
            message: `the proxy's answer to CONNECT exceeds ${maxBytes} bytes`,
          });
        }
        return;
      }
      const head = parseHead(received.subarray(0, end).toString("latin1"));
      const rest = received.subarray(end + 4);
      const evidence = {
        statusLine: head.statusLine.slice(0, 200),
        ...(head.status === undefined ? {} : { status: head.status }),
        headerNames: [...new Set(head.headers.map(([name]) => name))],
      };
      const squid = head.headers.find(([name]) => name === "x-squid-error")?.[1];
      if (head.status === undefined) {
        finish({
          ...evidence,
          outcome: "refused",
          code: "ERR_PROXY_NOT_HTTP",
          message: "the proxy did not answer CONNECT with an HTTP status line",
        });
      } else if (head.status >= 200 && head.status < 300) {
        socket.pause();
        // A proxy does not send the target's bytes before the client speaks; keep any that came.
        if (rest.length > 0) socket.unshift(rest);
        finish({ ...evidence, outcome: "tunnel", socket });
      } else if (head.status === 407) {
        finish({ ...evidence, outcome: "auth-required", authSchemes: authSchemes(head.headers), ...(squid ? { proxyError: squid } : {}) });
      } else {
        finish({
          ...evidence,
          outcome: "refused",
          ...(squid ? { proxyError: squid } : {}),
          upstreamFailed: head.status === 502 || head.status === 503 || head.status === 504,
        });
      }
    };
    const onEnd = (): void => {
      finish({
        outcome: "closed",
        code: "EOF",
        message:
          received.length === 0
            ? "the proxy closed the connection without answering CONNECT"
            : "the proxy closed the connection in the middle of its answer",
      });
    };
    const onError = (error: Error): void => {
      const code = errorCode(error);
      // A reset before the status line is the same "EOF" a client reports.
      finish({ outcome: "closed", code, message: errorMessage(error) });
    };
    const timer = setTimeout(() => {
      finish({
        outcome: "timeout",
        code: "ETIMEDOUT",
        message: `the proxy did not answer CONNECT within ${Math.round(remaining)} ms`,
      });
    }, remaining);

    ignoreErrors(socket);
    socket.on("data", onData);
    socket.once("end", onEnd);
    socket.once("close", onEnd);
    socket.once("error", onError);
    const lines = [`CONNECT ${authority} HTTP/1.1`, `Host: ${authority}`];
    if (credentials !== undefined) lines.push(`Proxy-Authorization: Basic ${credentials}`);
    lines.push("", "");
    socket.write(lines.join("\r\n"));
  });
}

/** The proxy-related environment, as process.env holds it. */
export interface ProxyEnv {
  HTTPS_PROXY?: string;
  https_proxy?: string;
  HTTP_PROXY?: string;
  http_proxy?: string;
  NO_PROXY?: string;
  no_proxy?: string;
  [name: string]: string | undefined;
}

function firstSet(env: ProxyEnv, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = env[name];
    if (value !== undefined && value.trim() !== "") return value.trim();
  }
  return undefined;
}

function parseProxyUrl(value: string): URL | undefined {
  // Go accepts a bare host:port and reads it as http://host:port.
  const text = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`;
  try {
    const url = new URL(text);
    return url.hostname === "" ? undefined : url;
  } catch {
    return undefined;
  }
}

function isLoopback(host: string): boolean {
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  if (isIP(host) === 4) return host.startsWith("127.");
  return host === "::1";
}

/** Does one NO_PROXY entry (already trimmed, lowercased) exempt host:port? */
function noProxyEntryMatches(entry: string, host: string, port: number): boolean {
  let pattern = entry;
  let patternPort: number | undefined;
  // host:port, [v6]:port; a bare IPv6 literal has colons but no port.
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(pattern);
  if (bracketed) {
    pattern = bracketed[1] ?? "";
    patternPort = bracketed[2] === undefined ? undefined : Number(bracketed[2]);
  } else if (isIP(pattern) !== 6) {
    const colon = pattern.lastIndexOf(":");
    if (colon > 0 && /^\d+$/.test(pattern.slice(colon + 1))) {
      patternPort = Number(pattern.slice(colon + 1));
      pattern = pattern.slice(0, colon);
    }
  }
  if (patternPort !== undefined && patternPort !== port) return false;
  if (pattern.startsWith("*.")) pattern = pattern.slice(1);
  if (pattern.endsWith(".")) pattern = pattern.slice(0, -1);
  if (pattern === "") return false;
  if (isIP(pattern) !== 0 || isIP(host) !== 0) return pattern === host;
  // ".example.com" matches subdomains only; "example.com" matches itself and its subdomains.
  if (pattern.startsWith(".")) return host.endsWith(pattern);
  return host === pattern || host.endsWith(`.${pattern}`);
}

/**
 * The proxy the environment selects for `targetHost`, or undefined for a direct connection.
 * Follows Go's net/http/httpproxy (what docker and containerd use): HTTPS_PROXY before https_proxy
 * (HTTP_PROXY/http_proxy for an http target), NO_PROXY before no_proxy; NO_PROXY `*` exempts all,
 * `example.com` exempts it and its subdomains, `.example.com` and `*.example.com` its subdomains
 * only, `host:port` only that port, an IP literal only that IP; loopback is never proxied. CIDR
 * entries are not evaluated (a known limit: an IP target is matched only by an equal IP entry).
 */
export function proxyFor(targetHost: string, env: ProxyEnv, target: { port?: number; scheme?: "https" | "http" } = {}): URL | undefined {
  const scheme = target.scheme ?? "https";
  const port = target.port ?? (scheme === "https" ? 443 : 80);
  const host = targetHost
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, "$1")
    .replace(/\.$/, "");
  const raw = scheme === "https" ? firstSet(env, "HTTPS_PROXY", "https_proxy") : firstSet(env, "HTTP_PROXY", "http_proxy");
  if (raw === undefined || host === "" || isLoopback(host)) return undefined;
  const noProxy = firstSet(env, "NO_PROXY", "no_proxy") ?? "";
  for (const item of noProxy.split(",")) {
    const entry = item.trim().toLowerCase();
    if (entry === "") continue;
    if (entry === "*") return undefined;
    if (noProxyEntryMatches(entry, host, port)) return undefined;
  }
  return parseProxyUrl(raw);
}

// Test infrastructure, not product: loopback listeners that misbehave on purpose, one per
// hostile or broken case the live check must name — a closed port, a silent port, a port that
// closes at once, a drip-feed, an endless body, an HTML page on /v2/, ACR's IP denial, a plain
// DENIED, Docker Hub's rate limit, 503, a redirect loop, and plain HTTP where TLS is expected.
// Each HTTP one serves TLS when given a certificate (see certs.ts) and records what it was asked.
import { randomUUID } from "node:crypto";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import tls from "node:tls";
import { LOOPBACK, canConnect, closeServer, freePort, listenLoopback, trackSockets, type Stoppable } from "./support";

/** PEM certificate chain and key (a certs.ts CertFiles fits). */
export interface TlsIdentity {
  cert: string;
  key: string;
}

export interface RecordedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
}

export interface ListenerHandle extends Stoppable {
  /** scheme://127.0.0.1:port */
  url: string;
  host: string;
  port: number;
  scheme: "http" | "https";
  /** HTTP requests seen (empty for the raw TCP listeners). */
  requests: RecordedRequest[];
  /** TCP connections accepted so far. */
  connections(): number;
}

interface RawOptions {
  /** Only labels `url`; the listener speaks no TLS. Default "https" (what a client will try). */
  scheme?: "http" | "https";
}

interface HttpOptions {
  tls?: TlsIdentity;
}

const REGISTRY_API_HEADER = { "docker-distribution-api-version": "registry/2.0" } as const;

/** A port with nothing listening (bound, read, closed, then checked closed). Stop is a no-op. */
export async function startRefused({ scheme = "https" }: RawOptions = {}): Promise<ListenerHandle> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort();
    if (await canConnect(port)) continue;
    return {
      url: `${scheme}://${LOOPBACK}:${port}`,
      host: LOOPBACK,
      port,
      scheme,
      requests: [],
      connections: () => 0,
      stop: async () => {},
    };
  }
  throw new Error("could not find a closed loopback port");
}

async function rawListener(scheme: "http" | "https", onSocket: (socket: net.Socket) => void): Promise<ListenerHandle> {
  let count = 0;
  const server = net.createServer((socket) => {
    count++;
    socket.on("error", () => {});
    onSocket(socket);
  });
  const sockets = trackSockets(server);
  const port = await listenLoopback(server);
  return {
    url: `${scheme}://${LOOPBACK}:${port}`,
    host: LOOPBACK,
    port,
    scheme,
    requests: [],
    connections: () => count,
    stop: () => closeServer(server, sockets),
  };
}

/** Accepts TCP connections and never sends a byte (a firewall that drops, a hung server). */
export function startSilent({ scheme = "https" }: RawOptions = {}): Promise<ListenerHandle> {
  return rawListener(scheme, () => {});
}

/** Accepts TCP connections and closes them at once (EOF: a proxy dropping the tunnel, a reset TLS). */
export function startClosing({ scheme = "https" }: RawOptions = {}): Promise<ListenerHandle> {
  return rawListener(scheme, (socket) => socket.end());
}

/**
 * After the request arrives, sends `HTTP/1.1 200 OK` and then one byte of a header line every
 * `intervalMs` (default 1000), forever: headers never complete.
 */
export async function startDrip({
  tls: identity,
  intervalMs = 1_000,
}: HttpOptions & { intervalMs?: number } = {}): Promise<ListenerHandle> {
  let count = 0;
  const timers = new Set<NodeJS.Timeout>();
  const onSocket = (socket: net.Socket) => {
    count++;
    socket.on("error", () => {});
    socket.once("data", () => {
      socket.write("HTTP/1.1 200 OK\r\nX-Drip: ");
      const timer = setInterval(() => {
        if (socket.destroyed || !socket.writable) {
          clearInterval(timer);
          timers.delete(timer);
          return;
        }
        socket.write("a");
      }, intervalMs);
      timers.add(timer);
      socket.once("close", () => {
        clearInterval(timer);
        timers.delete(timer);
      });
    });
  };
  const server = identity ? tls.createServer({ cert: identity.cert, key: identity.key }, onSocket) : net.createServer(onSocket);
  const sockets = trackSockets(server);
  const port = await listenLoopback(server);
  const scheme = identity ? "https" : "http";
  return {
    url: `${scheme}://${LOOPBACK}:${port}`,
    host: LOOPBACK,
    port,
    scheme,
    requests: [],
    connections: () => count,
    stop: async () => {
      for (const timer of timers) clearInterval(timer);
      timers.clear();
      await closeServer(server, sockets);
    },
  };
}

/** A generic HTTP(S) listener: every request is recorded, then handed to `handler`. */
export async function startCanned({
  tls: identity,
  handler,
}: HttpOptions & {
  handler: (req: http.IncomingMessage, res: http.ServerResponse, self: { url: string }) => void;
}): Promise<ListenerHandle> {
  const requests: RecordedRequest[] = [];
  let count = 0;
  const self = { url: "" };
  const onRequest = (req: http.IncomingMessage, res: http.ServerResponse) => {
    requests.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers });
    req.resume();
    handler(req, res, self);
  };
  const server = identity ? https.createServer({ cert: identity.cert, key: identity.key }, onRequest) : http.createServer(onRequest);
  server.on("connection", () => count++);
  // Garbage (a TLS ClientHello on a plain port, say) gets what Go and nginx send: an HTTP 400.
  server.on("clientError", (_error, socket: net.Socket) => {
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
    else socket.destroy();
  });
  const sockets = trackSockets(server);
  const port = await listenLoopback(server);
  const scheme = identity ? "https" : "http";
  self.url = `${scheme}://${LOOPBACK}:${port}`;
  return {
    url: self.url,
    host: LOOPBACK,
    port,
    scheme,
    requests,
    connections: () => count,
    stop: () => closeServer(server, sockets),
  };
}

function send(res: http.ServerResponse, status: number, body: string, headers: Record<string, string>, method?: string): void {
  res.writeHead(status, { "content-length": String(Buffer.byteLength(body)), ...headers });
  res.end(method === "HEAD" ? undefined : body);
}

const json = { "content-type": "application/json; charset=utf-8" } as const;

/** 200 with an endless chunked body on every path (16 KiB every 10 ms, until the client goes). */
export function startEndless({
  tls: identity,
  contentType = "application/octet-stream",
}: HttpOptions & { contentType?: string } = {}): Promise<ListenerHandle> {
  const chunk = Buffer.alloc(16_384, 0x61);
  return startCanned({
    tls: identity,
    handler: (req, res) => {
      res.writeHead(200, { "content-type": contentType, ...REGISTRY_API_HEADER });
      if (req.method === "HEAD") {
        res.end();
        return;
      }
      const timer = setInterval(() => {
        if (res.destroyed || res.writableEnded) clearInterval(timer);
        else if (!res.writableNeedDrain) res.write(chunk);
      }, 10);
      res.once("close", () => clearInterval(timer));
    },
  });
}

export const NON_REGISTRY_HTML =
  "<!DOCTYPE html>\n<html><head><title>Welcome to nginx!</title></head>\n<body><h1>Welcome to nginx!</h1>" +
  "<p>If you see this page, the web server is successfully installed.</p></body></html>\n";

/** A web server, not a registry: 200 text/html on every path, /v2/ included. */
export function startNonRegistry({ tls: identity }: HttpOptions = {}): Promise<ListenerHandle> {
  return startCanned({
    tls: identity,
    handler: (req, res) => send(res, 200, NON_REGISTRY_HTML, { "content-type": "text/html; charset=utf-8", server: "nginx" }, req.method),
  });
}

/** ACR's firewall refusal body for `clientIp`. */
export function acrDeniedBody(clientIp = "203.0.113.7"): string {
  return JSON.stringify({
    errors: [
      {
        code: "DENIED",
        message: `client with IP '${clientIp}' is not allowed access. Refer https://aka.ms/acr/firewall to grant access.`,
      },
    ],
  });
}

/** ACR with network rules: 403 DENIED naming the client IP, on every path (/v2/ included). */
export function startDenied({
  tls: identity,
  clientIp = "203.0.113.7",
}: HttpOptions & { clientIp?: string } = {}): Promise<ListenerHandle> {
  return startCanned({
    tls: identity,
    handler: (req, res) =>
      send(res, 403, acrDeniedBody(clientIp), { ...json, ...REGISTRY_API_HEADER, "x-ms-correlation-request-id": randomUUID() }, req.method),
  });
}

export const PLAIN_DENIED_BODY = JSON.stringify({ errors: [{ code: "DENIED", message: "requested access to the resource is denied" }] });

/** A plain 403 DENIED without any IP wording (a permission refusal), on every path. */
export function startPlainDenied({ tls: identity }: HttpOptions = {}): Promise<ListenerHandle> {
  return startCanned({
    tls: identity,
    handler: (req, res) => send(res, 403, PLAIN_DENIED_BODY, { ...json, ...REGISTRY_API_HEADER }, req.method),
  });
}

export const RATE_LIMIT_HEADERS = {
  "ratelimit-limit": "100;w=21600",
  "ratelimit-remaining": "0;w=21600",
  "docker-ratelimit-source": "203.0.113.7",
  "retry-after": "3600",
} as const;

export const RATE_LIMIT_BODY = JSON.stringify({
  errors: [
    {
      code: "TOOMANYREQUESTS",
      message: "You have reached your unauthenticated pull rate limit. https://www.docker.com/increase-rate-limit",
    },
  ],
});

/**
 * Docker Hub out of pulls: `/v2/` answers 200 (an anonymous registry) and everything else 429
 * TOOMANYREQUESTS with the ratelimit-* headers (HEAD too, without body). `everywhere`: /v2/ too.
 */
export function startRateLimited({
  tls: identity,
  everywhere = false,
}: HttpOptions & { everywhere?: boolean } = {}): Promise<ListenerHandle> {
  return startCanned({
    tls: identity,
    handler: (req, res) => {
      const path = new URL(req.url ?? "/", "http://x").pathname;
      if (!everywhere && path === "/v2/") send(res, 200, "{}", { ...json, ...REGISTRY_API_HEADER }, req.method);
      else send(res, 429, RATE_LIMIT_BODY, { ...json, ...REGISTRY_API_HEADER, ...RATE_LIMIT_HEADERS }, req.method);
    },
  });
}

export const UNAVAILABLE_BODY = JSON.stringify({ errors: [{ code: "UNAVAILABLE", message: "service unavailable" }] });

/** 503 UNAVAILABLE on every path. */
export function startServerError({ tls: identity }: HttpOptions = {}): Promise<ListenerHandle> {
  return startCanned({
    tls: identity,
    handler: (req, res) => send(res, 503, UNAVAILABLE_BODY, { ...json, ...REGISTRY_API_HEADER }, req.method),
  });
}

/** 302 to the very same URL, forever. */
export function startRedirectLoop({ tls: identity }: HttpOptions = {}): Promise<ListenerHandle> {
  return startCanned({
    tls: identity,
    handler: (req, res, self) => send(res, 302, "", { location: `${self.url}${req.url ?? "/"}` }, req.method),
  });
}

/**
 * A plain-HTTP anonymous "registry" (`/v2/` → 200 `{}`), for a port a client will speak TLS
 * to: the ClientHello gets an HTTP 400 back and the handshake fails. `url` says https, the
 * scheme the client will wrongly use; `httpUrl` is the truth.
 */
export async function startPlainHttp(): Promise<ListenerHandle & { httpUrl: string }> {
  const handle = await startCanned({
    handler: (req, res) => {
      const path = new URL(req.url ?? "/", "http://x").pathname;
      if (path === "/v2/") send(res, 200, "{}", { ...json, ...REGISTRY_API_HEADER }, req.method);
      else
        send(
          res,
          404,
          JSON.stringify({ errors: [{ code: "NAME_UNKNOWN", message: "repository name not known to registry" }] }),
          json,
          req.method,
        );
    },
  });
  return { ...handle, url: `https://${LOOPBACK}:${handle.port}`, scheme: "https", httpUrl: handle.url };
}

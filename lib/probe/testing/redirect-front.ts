// Test infrastructure, not product: a pass-through HTTP(S) front for a test registry that
// answers blob downloads with a 307 to a "data endpoint" (as ACR sends blobs to
// *.blob.core.windows.net or <name>.<region>.data.azurecr.io), plus a data host that serves
// the blob bytes. Point the redirect at the data host (works), at a refused or silent listener
// (data-endpoint-unreachable), or ask for a signed query string (`?…&sig=SECRET`) to test that
// the report redacts it.
import http from "node:http";
import https from "node:https";
import { LOOPBACK, assertLoopback, closeServer, listenLoopback, trackSockets, type Stoppable } from "./support";
import type { RecordedRequest, TlsIdentity } from "./listeners";

/** The `sig` value a signed redirect carries: it must never appear in a report. */
export const SIGNED_URL_SECRET = "c2VjcmV0LXNpZ25hdHVyZS1kby1ub3QtbG9n";

export interface BlobRedirect {
  /** Base URL of the data endpoint; the Location is `<to>/<repository>/blobs/<digest>[?signed query]`. */
  to: string;
  /** Append an Azure-SAS-like query: `?sv=…&se=…&sr=b&sp=r&sig=SIGNED_URL_SECRET`. */
  signed?: boolean;
  /** Redirect status; default 307. */
  status?: 301 | 302 | 303 | 307 | 308;
}

export interface RedirectFrontOptions {
  /** The registry behind it (base URL, loopback). */
  upstream: string;
  /** CA for an https upstream. */
  upstreamCa?: string;
  /** Serve HTTPS with this identity; plain HTTP otherwise. */
  tls?: TlsIdentity;
  /** Where blob GET/HEAD go; null passes blobs through like everything else. */
  redirect?: BlobRedirect | null;
}

export interface RedirectFrontHandle extends Stoppable {
  url: string;
  host: string;
  port: number;
  scheme: "http" | "https";
  /** Change where blob requests are redirected (null: pass through). */
  setRedirect(redirect: BlobRedirect | null): void;
  /** Every Location the front has sent, oldest first. */
  redirects: string[];
}

const BLOB_PATH = /^\/v2\/(.+)\/blobs\/(sha256:[a-f0-9]{64})$/;

export function signedQuery(now = Date.now()): string {
  const expiry = new Date(now + 20 * 60_000).toISOString().replace(/\.\d{3}Z$/, "Z");
  return `sv=2021-08-06&se=${encodeURIComponent(expiry)}&sr=b&sp=r&sig=${SIGNED_URL_SECRET}`;
}

/** Starts the front on a free loopback port. */
export async function startRedirectFront(options: RedirectFrontOptions): Promise<RedirectFrontHandle> {
  const upstream = new URL(options.upstream);
  assertLoopback(upstream.hostname);
  const upstreamLib = upstream.protocol === "https:" ? https : http;
  let redirect = options.redirect ?? null;
  const redirects: string[] = [];

  const forward = (req: http.IncomingMessage, res: http.ServerResponse, method = req.method ?? "GET") =>
    new Promise<http.IncomingMessage>((resolve, reject) => {
      const headers = { ...req.headers, host: upstream.host };
      const upstreamReq = upstreamLib.request(
        {
          protocol: upstream.protocol,
          hostname: upstream.hostname,
          port: upstream.port,
          path: req.url,
          method,
          headers,
          agent: false,
          ca: options.upstreamCa,
        },
        resolve,
      );
      upstreamReq.once("error", reject);
      // GET/HEAD carry no body: end at once rather than pipe a stream that may be read already.
      if (method === "GET" || method === "HEAD" || method !== req.method) upstreamReq.end();
      else req.pipe(upstreamReq);
      res.once("close", () => upstreamReq.destroy());
    });

  const relay = (upstreamRes: http.IncomingMessage, res: http.ServerResponse) => {
    res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.headers);
    upstreamRes.pipe(res);
  };

  const handler = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    try {
      const path = new URL(req.url ?? "/", "http://front.invalid").pathname;
      const blob = BLOB_PATH.exec(path);
      if (blob && redirect && (req.method === "GET" || req.method === "HEAD")) {
        // Like ACR: check access on the registry first, redirect only when it would serve the blob.
        const check = await forward(req, res, "HEAD");
        check.resume();
        // 206: the client asked for a Range (the access check forwards its headers); ACR redirects those too.
        if (check.statusCode === 200 || check.statusCode === 206) {
          const base = redirect.to.replace(/\/+$/, "");
          const location = `${base}/${blob[1]}/blobs/${blob[2]}${redirect.signed ? `?${signedQuery()}` : ""}`;
          redirects.push(location);
          res.writeHead(redirect.status ?? 307, { location, "content-length": "0", "docker-distribution-api-version": "registry/2.0" });
          res.end();
          return;
        }
      }
      relay(await forward(req, res), res);
    } catch (error) {
      if (!res.headersSent) {
        const body = JSON.stringify({ errors: [{ code: "UNAVAILABLE", message: `front: ${(error as Error).message}` }] });
        res.writeHead(502, { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) });
        res.end(body);
      } else {
        res.destroy();
      }
    }
  };
  const onRequest = (req: http.IncomingMessage, res: http.ServerResponse) => void handler(req, res);
  const server = options.tls
    ? https.createServer({ cert: options.tls.cert, key: options.tls.key }, onRequest)
    : http.createServer(onRequest);
  const sockets = trackSockets(server);
  const port = await listenLoopback(server);
  const scheme = options.tls ? "https" : "http";
  return {
    url: `${scheme}://${LOOPBACK}:${port}`,
    host: LOOPBACK,
    port,
    scheme,
    setRedirect: (next) => {
      redirect = next;
    },
    redirects,
    stop: () => closeServer(server, sockets),
  };
}

export interface DataHostOptions {
  /** digest → bytes; read at request time, so blobs may be added after start. */
  blobs: Map<string, Buffer>;
  tls?: TlsIdentity;
  /** When set, requests whose `sig` query differs get 403 (as storage answers a bad SAS). */
  requireSignature?: string;
}

export interface DataHostHandle extends Stoppable {
  url: string;
  host: string;
  port: number;
  scheme: "http" | "https";
  requests: RecordedRequest[];
}

function storageError(res: http.ServerResponse, status: number, code: string, message: string, method?: string): void {
  const body = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`;
  res.writeHead(status, { "content-type": "application/xml", "content-length": String(Buffer.byteLength(body)), "x-ms-error-code": code });
  res.end(method === "HEAD" ? undefined : body);
}

/** A storage-like data host: GET/HEAD `…/<digest>` returns the blob, honouring a single `Range`. */
export async function startDataHost(options: DataHostOptions): Promise<DataHostHandle> {
  const requests: RecordedRequest[] = [];
  const onRequest = (req: http.IncomingMessage, res: http.ServerResponse) => {
    requests.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers });
    req.resume();
    const url = new URL(req.url ?? "/", "http://data.invalid");
    if (options.requireSignature !== undefined && url.searchParams.get("sig") !== options.requireSignature) {
      storageError(res, 403, "AuthenticationFailed", "Server failed to authenticate the request.", req.method);
      return;
    }
    const digest = /(sha256:[a-f0-9]{64})$/.exec(url.pathname)?.[1];
    const data = digest ? options.blobs.get(digest) : undefined;
    if (!data) {
      storageError(res, 404, "BlobNotFound", "The specified blob does not exist.", req.method);
      return;
    }
    const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? "");
    let status = 200;
    let body = data;
    const headers: Record<string, string> = { "content-type": "application/octet-stream", "accept-ranges": "bytes" };
    if (range) {
      const start = Number(range[1]);
      const end = range[2] ? Math.min(Number(range[2]), data.length - 1) : data.length - 1;
      if (start >= data.length || start > end) {
        res.writeHead(416, { "content-range": `bytes */${data.length}`, "content-length": "0" });
        res.end();
        return;
      }
      status = 206;
      body = data.subarray(start, end + 1);
      headers["content-range"] = `bytes ${start}-${end}/${data.length}`;
    }
    headers["content-length"] = String(body.length);
    res.writeHead(status, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  };
  const server = options.tls
    ? https.createServer({ cert: options.tls.cert, key: options.tls.key }, onRequest)
    : http.createServer(onRequest);
  const sockets = trackSockets(server);
  const port = await listenLoopback(server);
  const scheme = options.tls ? "https" : "http";
  return { url: `${scheme}://${LOOPBACK}:${port}`, host: LOOPBACK, port, scheme, requests, stop: () => closeServer(server, sockets) };
}

// One HTTP/1.1 request over a connection the caller opened (and the guard approved), with one
// deadline over headers and body and a cap on both, so a drip-fed or endless answer ends on time.
// The connection is closed afterwards unless the caller asks to keep it and the exchange ended
// cleanly on a connection the server keeps open (`reusable`): a hop's next request then skips a
// TCP and TLS handshake. Redirects are not followed here: the caller decides, re-checking the
// guard for each hop. Also `redactUrl`, for URLs put in evidence.
import "server-only";
import { request, type IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import type { TLSSocket } from "node:tls";
import { errorCode, errorMessage, ignoreErrors, since } from "./util";

export const HTTP_OUTCOMES = ["ok", "timeout", "closed", "too-large", "error"] as const;
export type HttpOutcome = (typeof HTTP_OUTCOMES)[number];

export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;
export const DEFAULT_MAX_HEADER_BYTES = 32 * 1024;

export interface HttpRequestOptions {
  method: string;
  /** The Host header: the name the user asked for, with `:port` when it is not the scheme's default. */
  host: string;
  /** Origin-form path and query, e.g. `/v2/`. */
  path: string;
  headers?: Record<string, string>;
  /** A request body (a token request's form); sent with its Content-Length. */
  body?: string | Buffer;
  /** One limit for the whole exchange: sending, headers and body. */
  timeoutMs: number;
  /** Body bytes kept; the rest is not read (the connection is closed). Default 64 KiB. */
  maxBodyBytes?: number;
  /** Limit on the response's status line and headers together. Default 32 KiB. */
  maxHeaderBytes?: number;
  /**
   * Ask for a persistent connection and leave the socket open when the exchange ended cleanly and
   * the server keeps the connection (`reusable` in the result). Otherwise the socket is closed.
   */
  keepAlive?: boolean;
}

export interface HttpResult {
  /**
   * `ok`: a full response, or the status and headers plus the first `maxBodyBytes` of a longer
   * body (`truncated`). `timeout`: the deadline passed (status and headers are set if they came).
   * `closed`: the server closed the connection before the response was complete.
   * `too-large`: the headers exceeded `maxHeaderBytes`. `error`: anything else (a malformed response).
   */
  outcome: HttpOutcome;
  status?: number;
  statusText?: string;
  httpVersion?: string;
  /** Lowercased names; a repeated header's values joined with ", " (each line is in `headerLines`). */
  headers: Record<string, string>;
  /** Every header line in order, name lowercased: a challenge per line survives here. */
  headerLines: [string, string][];
  body: Buffer;
  /** The body was cut (cap or deadline) or the server closed before sending all of it. */
  truncated: boolean;
  /** Time to the status line and headers, when they came. */
  headersMs?: number;
  /** The socket was left open for another request (only with `keepAlive`). */
  reusable?: boolean;
  ms: number;
  code?: string;
  message?: string;
}

/**
 * Sends one request over `socket` and reads the answer within `timeoutMs`. Resolves with a result;
 * never rejects for a network outcome. The socket is closed when this returns, unless the result
 * is `reusable`: then it is idle and free for the caller's next request.
 */
export function httpRequest(socket: Socket | TLSSocket, options: HttpRequestOptions): Promise<HttpResult> {
  const start = performance.now();
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const maxHeader = options.maxHeaderBytes ?? DEFAULT_MAX_HEADER_BYTES;

  return new Promise((resolve) => {
    let settled = false;
    let response: IncomingMessage | undefined;
    let headersMs: number | undefined;
    const chunks: Buffer[] = [];
    let kept = 0;
    let truncated = false;

    const finish = (outcome: HttpOutcome, failure?: { code?: string; message: string }, reusable = false): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const headerLines: [string, string][] = [];
      const headers: Record<string, string> = {};
      if (response) {
        const raw = response.rawHeaders;
        for (let i = 0; i + 1 < raw.length; i += 2) {
          const name = (raw[i] ?? "").toLowerCase();
          const value = raw[i + 1] ?? "";
          headerLines.push([name, value]);
          headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
        }
      }
      if (!reusable) {
        req.destroy();
        socket.destroy();
      }
      resolve({
        outcome,
        ...(response ? { status: response.statusCode, statusText: response.statusMessage, httpVersion: response.httpVersion } : {}),
        headers,
        headerLines,
        body: Buffer.concat(chunks, kept),
        truncated,
        ...(headersMs === undefined ? {} : { headersMs }),
        ms: since(start),
        ...(failure ? { code: failure.code, message: failure.message } : {}),
        ...(reusable ? { reusable } : {}),
      });
    };

    const timer = setTimeout(() => {
      if (response) truncated = true;
      finish("timeout", {
        code: "ETIMEDOUT",
        message: response ? `the body did not finish within ${options.timeoutMs} ms` : `no response headers within ${options.timeoutMs} ms`,
      });
    }, options.timeoutMs);

    ignoreErrors(socket);
    const req = request({
      method: options.method,
      path: options.path,
      headers: {
        ...options.headers,
        host: options.host,
        // Without an agent Node asks for `Connection: close`; naming keep-alive lets the server keep it.
        ...(options.keepAlive ? { connection: "keep-alive" } : {}),
        ...(options.body === undefined ? {} : { "content-length": String(Buffer.byteLength(options.body)) }),
      },
      setHost: false,
      // No agent: with createConnection and no agent, Node uses exactly this socket (agent: false
      // would make a fresh Agent that dials host:port itself).
      createConnection: () => socket,
      maxHeaderSize: maxHeader,
      insecureHTTPParser: false,
    });

    // A socket handed over paused (a proxy tunnel after its CONNECT answer) must flow again once
    // the HTTP parser listens, or the response would never be read.
    req.once("socket", (s) => s.resume());

    req.on("error", (error) => {
      const code = errorCode(error);
      const message = errorMessage(error);
      if (code === "HPE_HEADER_OVERFLOW") finish("too-large", { code, message: `response headers exceed ${maxHeader} bytes` });
      else if (code === "ECONNRESET" || code === "EPIPE" || /socket hang up|aborted/i.test(message)) {
        if (response) truncated = true;
        finish("closed", { code, message });
      } else finish("error", { code, message });
    });

    req.on("response", (res) => {
      response = res;
      headersMs = since(start);
      res.on("data", (chunk: Buffer) => {
        if (settled) return;
        const room = maxBody - kept;
        if (chunk.length > room) {
          if (room > 0) {
            chunks.push(chunk.subarray(0, room));
            kept += room;
          }
          truncated = true;
          finish("ok", { code: "BODY_CAPPED", message: `body cut at ${maxBody} bytes` });
          return;
        }
        chunks.push(chunk);
        kept += chunk.length;
      });
      res.on("aborted", () => {
        truncated = true;
        finish("closed", { code: "ECONNRESET", message: "the server closed the connection before the body was complete" });
      });
      res.on("error", (error) => {
        truncated = true;
        finish("closed", { code: errorCode(error), message: errorMessage(error) });
      });
      res.on("end", () => {
        if (!res.complete) {
          truncated = true;
          finish("closed", { code: "ECONNRESET", message: "the server closed the connection before the body was complete" });
        } else if (options.keepAlive && req.shouldKeepAlive && !socket.destroyed) {
          // Node releases a kept connection ("free") once the response's own end handling is done;
          // only then may the next request take the socket.
          socket.once("free", () => finish("ok", undefined, true));
        } else finish("ok");
      });
    });

    req.end(options.body);
  });
}

/** Query parameters whose values are signatures, credentials or tokens (lowercase). */
const SECRET_PARAMS = new Set([
  // Azure SAS
  "sig",
  "se",
  "st",
  "sv",
  "sp",
  "sr",
  "spr",
  "skoid",
  "sktid",
  "skt",
  "ske",
  "sks",
  "skv",
  "sdd",
  // AWS SigV4 / SigV2
  "x-amz-signature",
  "x-amz-credential",
  "x-amz-security-token",
  "x-amz-date",
  "awsaccesskeyid",
  "signature",
  "expires",
  // CloudFront / Google
  "key-pair-id",
  "policy",
  "x-goog-signature",
  "x-goog-credential",
  "googleaccessid",
  // generic
  "token",
  "access_token",
  "refresh_token",
  "id_token",
  "password",
  "passwd",
  "secret",
  "client_secret",
  "code",
  "auth",
  "authorization",
  "key",
  "api_key",
  "apikey",
  "jwt",
  "hmac",
  "verify",
]);

function redactQuery(query: string): string {
  return query
    .split("&")
    .map((pair) => {
      const eq = pair.indexOf("=");
      if (eq < 0) return pair;
      let name: string;
      try {
        name = decodeURIComponent(pair.slice(0, eq).replace(/\+/g, " "));
      } catch {
        name = pair.slice(0, eq);
      }
      return SECRET_PARAMS.has(name.toLowerCase()) ? `${pair.slice(0, eq)}=REDACTED` : pair;
    })
    .join("&");
}

/**
 * A URL fit for evidence: userinfo dropped, signed or secret query values replaced by REDACTED
 * (Azure SAS `sig`/`se`/…, AWS `X-Amz-*`, CloudFront `Signature`/`Policy`, `token`, …). The rest
 * of the URL is kept byte for byte. Text that is not a URL is returned with the same treatment
 * applied as far as it can be.
 */
export function redactUrl(url: string | URL): string {
  const text = typeof url === "string" ? url : url.href;
  // userinfo: scheme://user:pass@host → scheme://host
  const withoutUser = text.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, "$1");
  const hash = withoutUser.indexOf("#");
  const beforeHash = hash < 0 ? withoutUser : withoutUser.slice(0, hash);
  const fragment = hash < 0 ? "" : `#${redactQuery(withoutUser.slice(hash + 1))}`;
  const q = beforeHash.indexOf("?");
  if (q < 0) return beforeHash + fragment;
  return `${beforeHash.slice(0, q + 1)}${redactQuery(beforeHash.slice(q + 1))}${fragment}`;
}

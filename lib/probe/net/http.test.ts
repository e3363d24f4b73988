// httpRequest over real loopback sockets (plain and TLS): a normal answer, Range 0-0, a drip-fed
// header cut at the deadline, an endless body cut at the cap, oversized headers, a dropped
// connection, a kept connection serving several requests; and redactUrl's table.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPki, type TestPki } from "@/lib/probe/testing/certs";
import { startCanned, startClosing, startDrip, startEndless, type ListenerHandle } from "@/lib/probe/testing/listeners";
import { httpRequest, redactUrl } from "./http";
import { connectTcp } from "./tcp";
import { startTls } from "./tls";

let pki: TestPki;
const listeners: ListenerHandle[] = [];
const BLOB = Buffer.from('{"architecture":"amd64"}');

async function track(handle: Promise<ListenerHandle>): Promise<ListenerHandle> {
  const h = await handle;
  listeners.push(h);
  return h;
}

/** A tiny registry-ish server: /v2/ → 401 with two challenge lines; /blob honours Range. */
function registry(tls?: TestPki["valid"]) {
  return track(
    startCanned({
      ...(tls ? { tls } : {}),
      handler: (req, res) => {
        if (req.url === "/v2/") {
          res.writeHead(401, [
            ["Docker-Distribution-Api-Version", "registry/2.0"],
            ["WWW-Authenticate", 'Bearer realm="https://auth.test/token",service="registry.test"'],
            ["WWW-Authenticate", 'Basic realm="registry"'],
            ["Content-Type", "application/json"],
          ]);
          res.end('{"errors":[{"code":"UNAUTHORIZED"}]}');
        } else if (req.url === "/blob") {
          const range = /^bytes=(\d+)-(\d+)$/.exec(req.headers.range ?? "");
          if (range) {
            const from = Number(range[1]);
            const to = Number(range[2]);
            res.writeHead(206, { "content-range": `bytes ${from}-${to}/${BLOB.length}`, "content-length": String(to - from + 1) });
            res.end(BLOB.subarray(from, to + 1));
          } else {
            res.writeHead(200, { "content-length": String(BLOB.length) });
            res.end(BLOB);
          }
        } else if (req.url === "/huge-headers") {
          res.writeHead(200, { "x-padding": "p".repeat(40_000) });
          res.end();
        } else {
          res.writeHead(404);
          res.end();
        }
      },
    }),
  );
}

async function plainSocket(port: number) {
  const tcp = await connectTcp("127.0.0.1", port, { timeoutMs: 2000 });
  expect(tcp.outcome).toBe("connected");
  return tcp.socket!;
}

beforeAll(async () => {
  pki = await createTestPki();
}, 30_000);

afterAll(async () => {
  await Promise.all(listeners.map((l) => l.stop()));
  await pki?.stop();
});

describe("httpRequest", () => {
  it("reads status, lowercased headers and every challenge line", async () => {
    const server = await registry();
    const socket = await plainSocket(server.port);
    const result = await httpRequest(socket, { method: "GET", host: "registry.test", path: "/v2/", timeoutMs: 2000 });
    expect(result.outcome).toBe("ok");
    expect(result.status).toBe(401);
    expect(result.headers["docker-distribution-api-version"]).toBe("registry/2.0");
    expect(result.headerLines.filter(([name]) => name === "www-authenticate")).toHaveLength(2);
    expect(result.body.toString()).toContain("UNAUTHORIZED");
    expect(result.truncated).toBe(false);
    expect(result.headersMs).toBeLessThanOrEqual(result.ms);
    expect(socket.destroyed).toBe(true);
    expect(server.requests[0]?.headers.host).toBe("registry.test");
  });

  it("works over TLS and fetches one byte with Range: bytes=0-0", async () => {
    const server = await registry(pki.valid);
    const tcp = await connectTcp("127.0.0.1", server.port, { timeoutMs: 2000 });
    const tls = await startTls(tcp.socket!, { servername: "registry.test", timeoutMs: 2000, extraCaPem: pki.caCert });
    expect(tls.outcome).toBe("ok");
    const result = await httpRequest(tls.socket!, {
      method: "GET",
      host: "registry.test",
      path: "/blob",
      headers: { range: "bytes=0-0" },
      timeoutMs: 2000,
    });
    expect(result.outcome).toBe("ok");
    expect(result.status).toBe(206);
    expect(result.headers["content-range"]).toBe(`bytes 0-0/${BLOB.length}`);
    expect(result.body).toEqual(Buffer.from("{"));
  });

  it("answers HEAD without waiting for a body", async () => {
    const server = await registry();
    const result = await httpRequest(await plainSocket(server.port), {
      method: "HEAD",
      host: "registry.test",
      path: "/blob",
      timeoutMs: 2000,
    });
    expect(result.outcome).toBe("ok");
    expect(result.status).toBe(200);
    expect(result.body.length).toBe(0);
  });

  it("cuts drip-fed headers at the deadline", async () => {
    const drip = await track(startDrip({ intervalMs: 40 }));
    const started = performance.now();
    const result = await httpRequest(await plainSocket(drip.port), { method: "GET", host: "registry.test", path: "/v2/", timeoutMs: 300 });
    const took = performance.now() - started;
    expect(result.outcome).toBe("timeout");
    expect(result.status).toBeUndefined();
    expect(took).toBeGreaterThanOrEqual(295);
    expect(took).toBeLessThan(330);
  });

  it("cuts an endless body at the byte cap", async () => {
    const endless = await track(startEndless());
    const result = await httpRequest(await plainSocket(endless.port), {
      method: "GET",
      host: "registry.test",
      path: "/v2/",
      timeoutMs: 3000,
      maxBodyBytes: 40_000,
    });
    expect(result.outcome).toBe("ok");
    expect(result.status).toBe(200);
    expect(result.truncated).toBe(true);
    expect(result.body.length).toBe(40_000);
  });

  it("cuts an endless body at the deadline when the cap is not reached", async () => {
    const endless = await track(startEndless());
    const result = await httpRequest(await plainSocket(endless.port), {
      method: "GET",
      host: "registry.test",
      path: "/v2/",
      timeoutMs: 250,
      maxBodyBytes: 1 << 30,
    });
    expect(result.outcome).toBe("timeout");
    expect(result.status).toBe(200);
    expect(result.truncated).toBe(true);
    expect(result.body.length).toBeGreaterThan(0);
  });

  it("refuses headers over maxHeaderBytes as too-large", async () => {
    const server = await registry();
    const result = await httpRequest(await plainSocket(server.port), {
      method: "GET",
      host: "registry.test",
      path: "/huge-headers",
      timeoutMs: 2000,
      maxHeaderBytes: 8192,
    });
    expect(result.outcome).toBe("too-large");
    expect(result.status).toBeUndefined();
  });

  it("is closed when the server drops the connection without answering", async () => {
    const closing = await track(startClosing({ scheme: "http" }));
    const result = await httpRequest(await plainSocket(closing.port), {
      method: "GET",
      host: "registry.test",
      path: "/v2/",
      timeoutMs: 2000,
    });
    expect(result.outcome).toBe("closed");
    expect(result.status).toBeUndefined();
  });

  it("is closed with truncated when the body stops short of its Content-Length", async () => {
    const short = await track(
      startCanned({
        handler: (_req, res) => {
          res.writeHead(200, { "content-length": "100" });
          res.write("only a little");
          setTimeout(() => res.socket?.destroy(), 20);
        },
      }),
    );
    const result = await httpRequest(await plainSocket(short.port), { method: "GET", host: "registry.test", path: "/", timeoutMs: 2000 });
    expect(result.outcome).toBe("closed");
    expect(result.status).toBe(200);
    expect(result.truncated).toBe(true);
    expect(result.body.toString()).toBe("only a little");
  });
});

describe("httpRequest with keepAlive", () => {
  it("leaves a kept connection open and free for the next request, over TLS", async () => {
    const server = await registry(pki.valid);
    const tcp = await connectTcp("127.0.0.1", server.port, { timeoutMs: 2000 });
    const tls = await startTls(tcp.socket!, { servername: "registry.test", timeoutMs: 2000, extraCaPem: pki.caCert });
    const socket = tls.socket!;
    const first = await httpRequest(socket, { method: "GET", host: "registry.test", path: "/v2/", timeoutMs: 2000, keepAlive: true });
    expect(first).toMatchObject({ outcome: "ok", status: 401, reusable: true });
    expect(socket.destroyed).toBe(false);
    const second = await httpRequest(socket, { method: "HEAD", host: "registry.test", path: "/blob", timeoutMs: 2000, keepAlive: true });
    const third = await httpRequest(socket, {
      method: "GET",
      host: "registry.test",
      path: "/blob",
      headers: { range: "bytes=0-0" },
      timeoutMs: 2000,
    });
    expect(second).toMatchObject({ outcome: "ok", status: 200, reusable: true });
    expect(third.body).toEqual(Buffer.from("{"));
    // Three requests, one handshake: the server saw a single connection.
    expect(server.connections()).toBe(1);
    expect(server.requests.map((r) => r.headers.connection)).toEqual(["keep-alive", "keep-alive", "close"]);
    // Without keepAlive the socket is the request's alone, as before.
    expect(third.reusable).toBeUndefined();
    expect(socket.destroyed).toBe(true);
  });

  it("closes the socket when the server says Connection: close", async () => {
    const server = await track(
      startCanned({
        handler: (_req, res) => {
          res.writeHead(200, { connection: "close", "content-length": "2" });
          res.end("{}");
        },
      }),
    );
    const socket = await plainSocket(server.port);
    const result = await httpRequest(socket, { method: "GET", host: "registry.test", path: "/v2/", timeoutMs: 2000, keepAlive: true });
    expect(result.outcome).toBe("ok");
    expect(result.reusable).toBeUndefined();
    expect(socket.destroyed).toBe(true);
  });

  it("does not keep a connection whose body was cut at the cap", async () => {
    const server = await track(startEndless());
    const socket = await plainSocket(server.port);
    const result = await httpRequest(socket, {
      method: "GET",
      host: "registry.test",
      path: "/",
      timeoutMs: 2000,
      maxBodyBytes: 1024,
      keepAlive: true,
    });
    expect(result.truncated).toBe(true);
    expect(result.reusable).toBeUndefined();
    expect(socket.destroyed).toBe(true);
  });
});

describe("redactUrl", () => {
  it.each([
    ["https://user:p%40ss@host.test/v2/", "https://host.test/v2/"],
    ["https://user:p@ss@host.test/path?x=1", "https://host.test/path?x=1"],
    [
      "https://acct.blob.core.windows.net/c/b?sv=2021-08-06&se=2030-01-01T00%3A00%3A00Z&sr=b&sp=r&sig=abc%2Bdef%3D",
      "https://acct.blob.core.windows.net/c/b?sv=REDACTED&se=REDACTED&sr=REDACTED&sp=REDACTED&sig=REDACTED",
    ],
    [
      "https://bucket.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA%2F2024&X-Amz-Date=20240101T000000Z&X-Amz-Expires=1200&X-Amz-Security-Token=tok&X-Amz-SignedHeaders=host&X-Amz-Signature=f00d",
      "https://bucket.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=REDACTED&X-Amz-Date=REDACTED&X-Amz-Expires=1200&X-Amz-Security-Token=REDACTED&X-Amz-SignedHeaders=host&X-Amz-Signature=REDACTED",
    ],
    [
      "https://cdn.test/blob?Expires=1700000000&Signature=abc~&Key-Pair-Id=K2",
      "https://cdn.test/blob?Expires=REDACTED&Signature=REDACTED&Key-Pair-Id=REDACTED",
    ],
    [
      "https://auth.test/token?service=reg&scope=repository:a/b:pull&token=xyz",
      "https://auth.test/token?service=reg&scope=repository:a/b:pull&token=REDACTED",
    ],
    ["https://host.test/cb#access_token=abc&state=1", "https://host.test/cb#access_token=REDACTED&state=1"],
    ["/relative/path?sig=1&a=b", "/relative/path?sig=REDACTED&a=b"],
    ["https://host.test/plain/path", "https://host.test/plain/path"],
  ])("%s", (input, expected) => {
    expect(redactUrl(input)).toBe(expected);
  });

  it("takes a URL object", () => {
    expect(redactUrl(new URL("http://u:p@proxy.test:3128/?token=t"))).toBe("http://proxy.test:3128/?token=REDACTED");
  });
});

// openTunnel through a real squid (open, Basic auth, denying) and through broken "proxies" on
// loopback (closed port, one that hangs up, one that never answers); proxyFor's NO_PROXY table.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPki, type TestPki } from "@/lib/probe/testing/certs";
import { startCanned, startClosing, startRefused, startSilent, type ListenerHandle } from "@/lib/probe/testing/listeners";
import { startSquid, type SquidHandle } from "@/lib/probe/testing/squid";
import { httpRequest } from "./http";
import { openTunnel, proxyFor, TUNNEL_CAUSES, type ProxyEnv } from "./proxy";
import { startTls } from "./tls";

const USER = "probe";
const PASSWORD = "s3cret:with@chars";

let pki: TestPki;
let open: SquidHandle;
let auth: SquidHandle;
let deny: SquidHandle;
let registry: ListenerHandle;
const listeners: ListenerHandle[] = [];

beforeAll(async () => {
  pki = await createTestPki();
  registry = await startCanned({ tls: pki.valid, handler: (_req, res) => res.end("{}") });
  [open, auth, deny] = await Promise.all([
    startSquid(),
    startSquid({ mode: { kind: "auth", users: { [USER]: PASSWORD } } }),
    startSquid({ mode: { kind: "deny", ports: [registry.port] } }),
  ]);
}, 40_000);

afterAll(async () => {
  await Promise.all([open?.stop(), auth?.stop(), deny?.stop(), registry?.stop(), ...listeners.map((l) => l.stop())]);
  await pki?.stop();
});

const target = () => ({ host: "registry.test", port: registry.port });
const withCredentials = (squid: SquidHandle) => {
  const url = new URL(squid.url);
  url.username = encodeURIComponent(USER);
  url.password = encodeURIComponent(PASSWORD);
  return url;
};

describe("openTunnel through squid", () => {
  it("opens a tunnel to the NAME, and TLS + HTTP run through it", async () => {
    const result = await openTunnel(new URL(open.url), target(), { timeoutMs: 3000, proxyAddress: "127.0.0.1" });
    expect(result.outcome).toBe("tunnel");
    expect(result.status).toBe(200);
    expect(result.statusLine).toMatch(/^HTTP\/1\.1 200/);
    expect(result.target).toBe(`registry.test:${registry.port}`);
    expect(result.proxy).toBe(`127.0.0.1:${open.port}`);
    expect(result.tcp?.outcome).toBe("connected");
    expect(result.credentialsSent).toBe(false);

    const tls = await startTls(result.socket!, { servername: "registry.test", timeoutMs: 3000, extraCaPem: pki.caCert });
    expect(tls.outcome).toBe("ok");
    const response = await httpRequest(tls.socket!, {
      method: "GET",
      host: `registry.test:${registry.port}`,
      path: "/v2/",
      timeoutMs: 3000,
    });
    expect(response.status).toBe(200);
    expect(open.accessLog()).toContain(`CONNECT registry.test:${registry.port}`);
  });

  it("is auth-required on a 407, naming the schemes offered", async () => {
    const result = await openTunnel(new URL(auth.url), target(), { timeoutMs: 3000, proxyAddress: "127.0.0.1" });
    expect(result.outcome).toBe("auth-required");
    expect(result.status).toBe(407);
    expect(result.authSchemes).toEqual(["Basic"]);
    expect(TUNNEL_CAUSES[result.outcome]).toBe("proxy-auth-required");
  });

  it("sends the URL's credentials as Basic, and never shows them", async () => {
    const result = await openTunnel(withCredentials(auth), target(), { timeoutMs: 3000, proxyAddress: "127.0.0.1" });
    expect(result.outcome).toBe("tunnel");
    expect(result.credentialsSent).toBe(true);
    const { socket, ...evidence } = result;
    socket?.destroy();
    const text = JSON.stringify(evidence);
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain(encodeURIComponent(PASSWORD));
    expect(text).not.toContain(Buffer.from(`${USER}:${PASSWORD}`).toString("base64"));
  });

  it("is auth-required again when the credentials are wrong", async () => {
    const url = withCredentials(auth);
    url.password = "wrong";
    const result = await openTunnel(url, target(), { timeoutMs: 3000, proxyAddress: "127.0.0.1" });
    expect(result.outcome).toBe("auth-required");
    expect(result.credentialsSent).toBe(true);
  });

  it("is refused on a 403", async () => {
    const result = await openTunnel(new URL(deny.url), target(), { timeoutMs: 3000, proxyAddress: "127.0.0.1" });
    expect(result.outcome).toBe("refused");
    expect(result.status).toBe(403);
    expect(result.upstreamFailed).toBe(false);
    expect(TUNNEL_CAUSES.refused).toBe("proxy-refused");
  });

  it("is refused with upstreamFailed when the proxy cannot reach the target itself", async () => {
    const closed = await startRefused();
    const result = await openTunnel(
      new URL(open.url),
      { host: "registry.test", port: closed.port },
      { timeoutMs: 8000, proxyAddress: "127.0.0.1" },
    );
    expect(result.outcome).toBe("refused");
    expect(result.status).toBeGreaterThanOrEqual(502);
    expect(result.upstreamFailed).toBe(true);
    expect(result.proxyError).toMatch(/^ERR_CONNECT_FAIL/);
  });
});

describe("openTunnel against broken proxies", () => {
  it("is unreachable when nothing listens on the proxy's port", async () => {
    const closed = await startRefused({ scheme: "http" });
    const result = await openTunnel(new URL(`http://proxy.test:${closed.port}`), target(), { timeoutMs: 1000, proxyAddress: "127.0.0.1" });
    expect(result.outcome).toBe("unreachable");
    expect(result.tcp?.outcome).toBe("refused");
    expect(result.proxy).toBe(`proxy.test:${closed.port}`);
    expect(TUNNEL_CAUSES.unreachable).toBe("proxy-unreachable");
  });

  it("is closed when the proxy hangs up without answering (Docker's 'proxyconnect tcp: EOF')", async () => {
    const closing = await startClosing({ scheme: "http" });
    listeners.push(closing);
    const result = await openTunnel(new URL(`http://127.0.0.1:${closing.port}`), target(), { timeoutMs: 1000, proxyAddress: "127.0.0.1" });
    expect(result.outcome).toBe("closed");
    expect(result.status).toBeUndefined();
    expect(TUNNEL_CAUSES.closed).toBe("proxy-refused");
  });

  it("times out when the proxy never answers CONNECT", async () => {
    const silent = await startSilent({ scheme: "http" });
    listeners.push(silent);
    const started = performance.now();
    const result = await openTunnel(new URL(`http://127.0.0.1:${silent.port}`), target(), { timeoutMs: 300, proxyAddress: "127.0.0.1" });
    const took = performance.now() - started;
    expect(result.outcome).toBe("timeout");
    expect(took).toBeLessThan(330);
  });

  it("refuses a proxy scheme it cannot speak, and a proxy address that is a name", async () => {
    const https = await openTunnel(new URL("https://proxy.test:3128"), target(), { timeoutMs: 300, proxyAddress: "127.0.0.1" });
    expect(https.outcome).toBe("error");
    const name = await openTunnel(new URL("http://proxy.test:3128"), target(), { timeoutMs: 300, proxyAddress: "proxy.test" });
    expect(name.outcome).toBe("error");
  });
});

describe("proxyFor", () => {
  const proxy = "http://proxy.corp:3128";
  it.each<[string, ProxyEnv, string | undefined, { port?: number; scheme?: "https" | "http" }?]>([
    ["registry.test", {}, undefined],
    ["registry.test", { HTTPS_PROXY: proxy }, proxy],
    ["registry.test", { https_proxy: proxy }, proxy],
    ["registry.test", { HTTPS_PROXY: proxy, https_proxy: "http://other:1" }, proxy],
    ["registry.test", { HTTP_PROXY: proxy }, undefined],
    ["registry.test", { HTTP_PROXY: proxy }, proxy, { scheme: "http" }],
    ["registry.test", { HTTPS_PROXY: "proxy.corp:3128" }, proxy],
    ["registry.test", { HTTPS_PROXY: proxy, NO_PROXY: "*" }, undefined],
    ["registry.test", { HTTPS_PROXY: proxy, NO_PROXY: "registry.test" }, undefined],
    ["a.registry.test", { HTTPS_PROXY: proxy, NO_PROXY: "registry.test" }, undefined],
    ["xregistry.test", { HTTPS_PROXY: proxy, NO_PROXY: "registry.test" }, proxy],
    ["registry.test", { HTTPS_PROXY: proxy, NO_PROXY: ".registry.test" }, proxy],
    ["a.registry.test", { HTTPS_PROXY: proxy, NO_PROXY: ".registry.test" }, undefined],
    ["a.registry.test", { HTTPS_PROXY: proxy, NO_PROXY: "*.registry.test" }, undefined],
    ["myreg.azurecr.io", { HTTPS_PROXY: proxy, no_proxy: " .example.com , azurecr.io " }, undefined],
    ["myreg.azurecr.io", { HTTPS_PROXY: proxy, NO_PROXY: "other.test", no_proxy: "azurecr.io" }, proxy],
    ["REGISTRY.TEST.", { HTTPS_PROXY: proxy, NO_PROXY: "Registry.Test" }, undefined],
    ["registry.test", { HTTPS_PROXY: proxy, NO_PROXY: "registry.test:5000" }, proxy],
    ["registry.test", { HTTPS_PROXY: proxy, NO_PROXY: "registry.test:5000" }, undefined, { port: 5000 }],
    ["10.1.2.3", { HTTPS_PROXY: proxy, NO_PROXY: "10.1.2.3" }, undefined],
    ["10.1.2.30", { HTTPS_PROXY: proxy, NO_PROXY: "10.1.2.3" }, proxy],
    ["10.1.2.3", { HTTPS_PROXY: proxy, NO_PROXY: "10.0.0.0/8" }, proxy],
    ["fd00::1", { HTTPS_PROXY: proxy, NO_PROXY: "fd00::1" }, undefined],
    ["fd00::1", { HTTPS_PROXY: proxy, NO_PROXY: "[fd00::1]:443" }, undefined],
    ["localhost", { HTTPS_PROXY: proxy }, undefined],
    ["127.0.0.1", { HTTPS_PROXY: proxy }, undefined],
    ["registry.test", { HTTPS_PROXY: proxy, NO_PROXY: ",, ," }, proxy],
    ["registry.test", { HTTPS_PROXY: "http://[::1" }, undefined],
  ])("%s with %j → %s", (host, env, expected, target) => {
    const url = proxyFor(host, env, target);
    expect(url ? `${url.protocol}//${url.host}` : undefined).toBe(expected);
  });

  it("keeps the proxy URL's credentials for the caller (who must not log them)", () => {
    const url = proxyFor("registry.test", { HTTPS_PROXY: "http://u:p@proxy.corp:3128" });
    expect(url?.username).toBe("u");
    expect(url?.password).toBe("p");
  });
});

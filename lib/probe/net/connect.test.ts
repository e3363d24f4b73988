// openConnection, the per-hop composition: direct (addresses in order, IPv4 first), through a real
// squid, plain http, and each phase failing in turn, leaving nothing open.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPki, type TestPki } from "@/lib/probe/testing/certs";
import { startCanned, startRefused, type ListenerHandle } from "@/lib/probe/testing/listeners";
import { startSquid, type SquidHandle } from "@/lib/probe/testing/squid";
import { openConnection, orderAddresses } from "./connect";
import { httpRequest } from "./http";

let pki: TestPki;
let tlsServer: ListenerHandle;
let plainServer: ListenerHandle;
let squid: SquidHandle;
let authSquid: SquidHandle;

beforeAll(async () => {
  pki = await createTestPki();
  const handler = (_req: unknown, res: import("node:http").ServerResponse) => {
    res.setHeader("docker-distribution-api-version", "registry/2.0");
    res.end("{}");
  };
  [tlsServer, plainServer, squid, authSquid] = await Promise.all([
    startCanned({ tls: pki.valid, handler }),
    startCanned({ handler }),
    startSquid(),
    startSquid({ mode: { kind: "auth", users: { probe: "pw" } } }),
  ]);
}, 40_000);

afterAll(async () => {
  await Promise.all([tlsServer?.stop(), plainServer?.stop(), squid?.stop(), authSquid?.stop()]);
  await pki?.stop();
});

const tlsTrust = () => ({ extraCaPem: pki.caCert });

describe("openConnection", () => {
  it("connects directly, IPv4 first, and hands over a TLS socket ready for HTTP", async () => {
    const result = await openConnection({
      host: "registry.test",
      port: tlsServer.port,
      scheme: "https",
      addresses: ["::1", "127.0.0.1"],
      tls: tlsTrust(),
      timeoutMs: 2000,
    });
    expect(result.ok).toBe(true);
    expect(result.failedPhase).toBeUndefined();
    expect(result.proxy).toBeUndefined();
    expect(result.tcp).toMatchObject({ outcome: "connected", via: "direct", address: "127.0.0.1" });
    expect(result.tcp?.attempts).toHaveLength(1);
    expect(result.tls?.outcome).toBe("ok");
    expect(result.tls).not.toHaveProperty("socket");
    const response = await httpRequest(result.socket!, { method: "GET", host: "registry.test", path: "/v2/", timeoutMs: 2000 });
    expect(response.status).toBe(200);
  });

  it("tries the next approved address when one refuses", async () => {
    // The server is bound to 127.0.0.1 only, so 127.0.0.2 on the same port refuses.
    const result = await openConnection({
      host: "registry.test",
      port: plainServer.port,
      scheme: "http",
      addresses: ["127.0.0.2", "127.0.0.1"],
      timeoutMs: 2000,
    });
    expect(result.ok).toBe(true);
    expect(result.tls).toBeUndefined();
    expect(result.tcp?.attempts.map((a) => [a.address, a.outcome])).toEqual([
      ["127.0.0.2", "refused"],
      ["127.0.0.1", "connected"],
    ]);
    const response = await httpRequest(result.socket!, { method: "GET", host: "registry.test", path: "/v2/", timeoutMs: 2000 });
    expect(response.headers["docker-distribution-api-version"]).toBe("registry/2.0");
  });

  it("fails at tcp when every address refuses, and skips TLS", async () => {
    const closed = await startRefused();
    const result = await openConnection({
      host: "registry.test",
      port: closed.port,
      scheme: "https",
      addresses: ["127.0.0.1", "::1"],
      timeoutMs: 1000,
    });
    expect(result.ok).toBe(false);
    expect(result.failedPhase).toBe("tcp");
    expect(result.tcp?.outcome).toBe("refused");
    expect(result.tcp?.attempts).toHaveLength(2);
    expect(result.tls).toBeUndefined();
    expect(result.socket).toBeUndefined();
  });

  it("fails at tcp with nothing to connect to when no address was approved", async () => {
    const result = await openConnection({ host: "registry.test", port: 443, scheme: "https", addresses: [], timeoutMs: 300 });
    expect(result.failedPhase).toBe("tcp");
    expect(result.tcp?.outcome).toBe("error");
  });

  it("fails at tls when the certificate is not trusted, leaving no socket", async () => {
    const result = await openConnection({
      host: "registry.test",
      port: tlsServer.port,
      scheme: "https",
      addresses: ["127.0.0.1"],
      timeoutMs: 2000,
    });
    expect(result.failedPhase).toBe("tls");
    expect(result.tcp?.outcome).toBe("connected");
    expect(result.tls?.outcome).toBe("untrusted");
    expect(result.socket).toBeUndefined();
  });

  it("goes through the proxy by name, then TLS over the tunnel", async () => {
    const result = await openConnection({
      host: "registry.test",
      port: tlsServer.port,
      scheme: "https",
      addresses: ["127.0.0.1"],
      proxy: { url: new URL(squid.url), address: "127.0.0.1" },
      tls: tlsTrust(),
      timeoutMs: 3000,
    });
    expect(result.ok).toBe(true);
    expect(result.proxy?.outcome).toBe("tunnel");
    expect(result.proxy).not.toHaveProperty("socket");
    expect(result.tcp).toMatchObject({ outcome: "connected", via: "proxy", attempts: [] });
    expect(result.tls?.outcome).toBe("ok");
    const response = await httpRequest(result.socket!, { method: "GET", host: "registry.test", path: "/v2/", timeoutMs: 2000 });
    expect(response.status).toBe(200);
  });

  it("tunnels plain http through the proxy too, and the paused tunnel socket still reads", async () => {
    const result = await openConnection({
      host: "registry.test",
      port: plainServer.port,
      scheme: "http",
      addresses: ["127.0.0.1"],
      proxy: { url: new URL(squid.url), address: "127.0.0.1" },
      timeoutMs: 3000,
    });
    expect(result.ok).toBe(true);
    expect(result.tls).toBeUndefined();
    const response = await httpRequest(result.socket!, { method: "GET", host: "registry.test", path: "/v2/", timeoutMs: 2000 });
    expect(response.outcome).toBe("ok");
    expect(response.status).toBe(200);
  });

  it("fails at the proxy phase on a 407, and runs neither tcp nor tls", async () => {
    const result = await openConnection({
      host: "registry.test",
      port: tlsServer.port,
      scheme: "https",
      addresses: ["127.0.0.1"],
      proxy: { url: new URL(authSquid.url), address: "127.0.0.1" },
      tls: tlsTrust(),
      timeoutMs: 3000,
    });
    expect(result.failedPhase).toBe("proxy");
    expect(result.proxy?.outcome).toBe("auth-required");
    expect(result.tcp).toBeUndefined();
    expect(result.tls).toBeUndefined();
  });
});

describe("orderAddresses", () => {
  it("puts IPv4 first, keeps the order within a family, drops duplicates", () => {
    expect(orderAddresses(["::1", "10.0.0.2", "fd00::1", "10.0.0.1", "10.0.0.2"])).toEqual(["10.0.0.2", "10.0.0.1", "::1", "fd00::1"]);
  });
});

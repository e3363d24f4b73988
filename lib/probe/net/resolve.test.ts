// resolveHost against the harness's loopback DNS server: every outcome from a real UDP exchange.
import { createSocket, type Socket as UdpSocket } from "node:dgram";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDnsServer, type DnsServerHandle } from "@/lib/probe/testing/dns-server";
import { classifyDnsError, RESOLVE_CAUSES, resolveHost } from "./resolve";

let dns: DnsServerHandle;
/** A UDP port that was bound and closed: queries to it get ICMP port unreachable. */
let closedServer: string;

beforeAll(async () => {
  dns = await startDnsServer();
  dns.setEntry("empty.registry.test", {});
  dns.setEntry("refusing.registry.test", { rcode: "REFUSED" });
  const probe: UdpSocket = createSocket("udp4");
  const port = await new Promise<number>((resolve) => probe.bind(0, "127.0.0.1", () => resolve(probe.address().port)));
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  closedServer = `127.0.0.1:${port}`;
});

afterAll(async () => {
  await dns?.stop();
});

const ask = (host: string, timeoutMs = 2000) => resolveHost(host, { servers: [dns.server], timeoutMs });

describe("resolveHost", () => {
  it("returns every A and AAAA answer, IPv4 first, and names the resolver", async () => {
    const result = await ask("Registry.Test.");
    expect(result.outcome).toBe("ok");
    expect(result.host).toBe("registry.test");
    expect(result.addresses.map((a) => [a.address, a.family])).toEqual([
      ["127.0.0.1", 4],
      ["::1", 6],
    ]);
    expect(result.addresses[0]?.ttl).toBe(60);
    expect(result.resolver).toBe(dns.server);
    expect(result.configuredServers).toBe(true);
    expect(result.literal).toBe(false);
    expect(result.cnames).toEqual([]);
    expect(result.attempts).toHaveLength(1);
  });

  it("is ok with one family answered and the other NODATA", async () => {
    const result = await ask("v4.registry.test");
    expect(result.outcome).toBe("ok");
    expect(result.addresses.map((a) => a.address)).toEqual(["127.0.0.1"]);
    expect(result.attempts[0]).toMatchObject({ a: "ok", aaaa: "nodata" });
  });

  it("walks the CNAME chain (a privatelink name in the middle)", async () => {
    const result = await ask("unlinked.azurecr.io");
    expect(result.outcome).toBe("ok");
    expect(result.cnames).toEqual(["unlinked.privatelink.azurecr.io", "westeurope-acr-reg.fe.azcr.test"]);
    expect(result.addresses.map((a) => a.address)).toEqual(["127.0.0.1"]);
  });

  it("returns a private answer as it is (the guard, not this, refuses it)", async () => {
    const result = await ask("linked.azurecr.io");
    expect(result.outcome).toBe("ok");
    expect(result.cnames).toEqual(["linked.privatelink.azurecr.io"]);
    expect(result.addresses.map((a) => a.address)).toEqual(["10.1.2.4"]);
  });

  it("is nxdomain for a name that does not exist", async () => {
    for (const name of ["missing.registry.test", "nothing-here.example"]) {
      const result = await ask(name);
      expect(result.outcome).toBe("nxdomain");
      expect(result.code).toBe("ENOTFOUND");
      expect(result.resolver).toBe(dns.server);
    }
    expect(RESOLVE_CAUSES.nxdomain).toBe("dns-name-not-found");
  });

  it("is nodata for a name without addresses", async () => {
    const result = await ask("empty.registry.test");
    expect(result.outcome).toBe("nodata");
    expect(result.code).toBe("ENODATA");
  });

  it("is servfail when the resolver fails", async () => {
    const result = await ask("broken.registry.test");
    expect(result.outcome).toBe("servfail");
    expect(result.code).toBe("ESERVFAIL");
    expect(result.resolver).toBeUndefined();
    expect(RESOLVE_CAUSES.servfail).toBe("dns-resolver-failed");
  });

  it("is refused for an rcode REFUSED and for a resolver port that is closed", async () => {
    const rcode = await ask("refusing.registry.test");
    expect(rcode.outcome).toBe("refused");
    const closed = await resolveHost("registry.test", { servers: [closedServer], timeoutMs: 2000 });
    expect(closed.outcome).toBe("refused");
    expect(closed.code).toBe("ECONNREFUSED");
  });

  it("times out within the limit when the resolver is silent", async () => {
    const started = performance.now();
    const result = await ask("silent.registry.test", 300);
    const took = performance.now() - started;
    expect(result.outcome).toBe("timeout");
    expect(took).toBeGreaterThanOrEqual(295);
    expect(took).toBeLessThan(330);
  });

  it("falls over to the next resolver and says which one answered", async () => {
    const result = await resolveHost("registry.test", { servers: [closedServer, dns.server], timeoutMs: 2000 });
    expect(result.outcome).toBe("ok");
    expect(result.resolver).toBe(dns.server);
    expect(result.attempts.map((a) => [a.server, a.outcome])).toEqual([
      [closedServer, "refused"],
      [dns.server, "ok"],
    ]);
  });

  it("does not ask DNS for IP literals or localhost", async () => {
    const v6 = await resolveHost("[::1]", { servers: [closedServer], timeoutMs: 300 });
    expect(v6).toMatchObject({ outcome: "ok", literal: true, addresses: [{ address: "::1", family: 6 }], attempts: [] });
    const v4 = await resolveHost("10.0.0.1", { servers: [closedServer], timeoutMs: 300 });
    expect(v4).toMatchObject({ outcome: "ok", literal: true, addresses: [{ address: "10.0.0.1", family: 4 }] });
    const local = await resolveHost("LOCALHOST", { servers: [closedServer], timeoutMs: 300 });
    expect(local).toMatchObject({ outcome: "ok", literal: false, resolver: "localhost" });
    expect(local.addresses.map((a) => a.address)).toEqual(["127.0.0.1", "::1"]);
  });

  it("reports a malformed resolver setting as an error, not a throw", async () => {
    const result = await resolveHost("registry.test", { servers: ["not a server"], timeoutMs: 300 });
    expect(result.outcome).toBe("error");
    expect(result.message).toContain("not a server");
  });

  it("maps c-ares codes to outcomes", () => {
    expect(classifyDnsError("ENOTFOUND")).toBe("nxdomain");
    expect(classifyDnsError("ENODATA")).toBe("nodata");
    expect(classifyDnsError("ESERVFAIL")).toBe("servfail");
    expect(classifyDnsError("ETIMEOUT")).toBe("timeout");
    expect(classifyDnsError("ECANCELLED")).toBe("timeout");
    expect(classifyDnsError("ECONNREFUSED")).toBe("refused");
    expect(classifyDnsError("EBADRESP")).toBe("error");
  });
});

// startTls against real loopback TLS servers, one per outcome, with the harness's throw-away PKI.
import { createServer as createHttpServer } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPki, WRONG_NAME, type TestPki } from "@/lib/probe/testing/certs";
import {
  startCanned,
  startClosing,
  startPlainHttp,
  startSilent,
  type ListenerHandle,
  type TlsIdentity,
} from "@/lib/probe/testing/listeners";
import { listenLoopback } from "@/lib/probe/testing/support";
import { connectTcp } from "./tcp";
import { classifyHandshakeError, splitPem, startTls, TLS_CAUSES, trustStore, type TlsOptions } from "./tls";

let pki: TestPki;
const listeners: ListenerHandle[] = [];

beforeAll(async () => {
  pki = await createTestPki();
}, 30_000);

afterAll(async () => {
  await Promise.all(listeners.map((l) => l.stop()));
  await pki?.stop();
});

async function serve(identity: TlsIdentity): Promise<ListenerHandle> {
  const handle = await startCanned({ tls: identity, handler: (_req, res) => res.end("ok") });
  listeners.push(handle);
  return handle;
}

async function handshake(port: number, options: Partial<TlsOptions> = {}) {
  const tcp = await connectTcp("127.0.0.1", port, { timeoutMs: 2000 });
  expect(tcp.outcome).toBe("connected");
  return startTls(tcp.socket!, { servername: "registry.test", timeoutMs: 3000, ...options });
}

describe("startTls", () => {
  it("is ok with the test CA as the extra CA, and says the extra CA made it trusted", async () => {
    const server = await serve(pki.valid);
    const result = await handshake(server.port, { extraCaPem: pki.caCert });
    expect(result.outcome).toBe("ok");
    expect(result.problems).toEqual([]);
    expect(result.chainTrusted).toBe(true);
    expect(result.usedExtraCa).toBe(true);
    expect(result.anchor?.source).toBe("extra-ca");
    expect(result.protocol).toMatch(/^TLSv1\.[23]$/);
    expect(result.cipher).toBeTruthy();
    expect(result.chain[0]?.subjectCN).toBe("registry.test");
    expect(result.chain[0]?.sans).toContain("DNS:registry.test");
    expect(result.chain[0]?.issuerCN).toBe("Registry Doctor Test Root CA");
    expect(result.chain.at(-1)?.inTrustStore).toBe(true);
    expect(result.sentLength).toBe(1);
    expect(result.expiresSoon).toBe(false);
    expect(result.daysLeft).toBeGreaterThan(300);
    expect(result.socket?.encrypted).toBe(true);
    result.socket?.destroy();
  });

  it("checks an IP literal against the IP SANs, without SNI", async () => {
    const server = await serve(pki.valid);
    const result = await handshake(server.port, { servername: "127.0.0.1", ca: pki.caCert });
    expect(result.outcome).toBe("ok");
    expect(result.usedExtraCa).toBe(true);
    result.socket?.destroy();
  });

  it("is untrusted without the test CA (a private CA), and leaves no socket", async () => {
    const server = await serve(pki.valid);
    const result = await handshake(server.port);
    expect(result.outcome).toBe("untrusted");
    expect(result.chainTrusted).toBe(false);
    expect(result.authorizationError).toBe("UNABLE_TO_VERIFY_LEAF_SIGNATURE");
    expect(result.socket).toBeUndefined();
    expect(TLS_CAUSES[result.outcome]).toBe("tls-untrusted-certificate");
  });

  it("is untrusted for a self-signed certificate, even with the CA", async () => {
    const server = await serve(pki.selfSigned);
    const result = await handshake(server.port, { extraCaPem: pki.caCert });
    expect(result.outcome).toBe("untrusted");
    expect(result.authorizationError).toBe("DEPTH_ZERO_SELF_SIGNED_CERT");
    expect(result.chain[0]?.selfSigned).toBe(true);
  });

  it("is expired for a leaf past its notAfter", async () => {
    const server = await serve(pki.expired);
    const result = await handshake(server.port, { extraCaPem: pki.caCert });
    expect(result.outcome).toBe("expired");
    expect(result.daysLeft).toBeLessThan(0);
    expect(result.expiresSoon).toBe(false);
    expect(TLS_CAUSES.expired).toBe("tls-certificate-expired");
  });

  it("passes a leaf expiring in three days, flagged expiresSoon", async () => {
    const server = await serve(pki.expiringSoon);
    const result = await handshake(server.port, { extraCaPem: pki.caCert });
    expect(result.outcome).toBe("ok");
    expect(result.expiresSoon).toBe(true);
    expect(result.daysLeft).toBeLessThanOrEqual(3);
    result.socket?.destroy();
  });

  it("is hostname-mismatch for a valid certificate of another name", async () => {
    const server = await serve(pki.wrongName);
    const result = await handshake(server.port, { extraCaPem: pki.caCert });
    expect(result.outcome).toBe("hostname-mismatch");
    expect(result.chainTrusted).toBe(true);
    expect(result.hostnameError).toContain(WRONG_NAME);
  });

  it("is incomplete-chain when the intermediate is not sent, and ok when it is", async () => {
    const leafOnly = await serve(pki.chainLeafOnly);
    const incomplete = await handshake(leafOnly.port, { extraCaPem: pki.caCert });
    expect(incomplete.outcome).toBe("incomplete-chain");
    expect(incomplete.authorizationError).toBe("UNABLE_TO_VERIFY_LEAF_SIGNATURE");
    expect(incomplete.chain[0]?.issuerCN).toBe("Registry Doctor Test Intermediate CA");
    expect(TLS_CAUSES[incomplete.outcome]).toBe("tls-incomplete-chain");

    const full = await serve(pki.chainFull);
    const complete = await handshake(full.port, { extraCaPem: pki.caCert });
    expect(complete.outcome).toBe("ok");
    expect(complete.sentLength).toBe(2);
    expect(complete.chain.map((c) => c.subjectCN)).toEqual([
      "registry.test",
      "Registry Doctor Test Intermediate CA",
      "Registry Doctor Test Root CA",
    ]);
    complete.socket?.destroy();
  });

  it("calls the same leaf-only chain untrusted when no trusted CA could be its issuer's", async () => {
    const leafOnly = await serve(pki.chainLeafOnly);
    const result = await handshake(leafOnly.port);
    expect(result.outcome).toBe("untrusted");
  });

  it("recognises a plain-HTTP server on the TLS port", async () => {
    // As nginx, Go and Node's default server do: a ClientHello gets "HTTP/1.1 400 Bad Request".
    // (The harness's startPlainHttp closes such connections without a byte, which reads as a reset.)
    const server = createHttpServer((_req, res) => res.end("{}"));
    const port = await listenLoopback(server);
    try {
      const result = await handshake(port, { extraCaPem: pki.caCert });
      expect(result.outcome).toBe("plain-http");
      expect(result.code).toBe("ERR_SSL_WRONG_VERSION_NUMBER");
      expect(TLS_CAUSES[result.outcome]).toBe("tls-handshake-failed");
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it("is handshake-failed (not plain-http) when a plain-HTTP server drops the ClientHello silently", async () => {
    const plain = await startPlainHttp();
    listeners.push(plain);
    const result = await handshake(plain.port, { extraCaPem: pki.caCert });
    expect(["plain-http", "handshake-failed"]).toContain(result.outcome);
  });

  it("times out against a silent listener within the limit", async () => {
    const silent = await startSilent();
    listeners.push(silent);
    const tcp = await connectTcp("127.0.0.1", silent.port, { timeoutMs: 1000 });
    const started = performance.now();
    const result = await startTls(tcp.socket!, { servername: "registry.test", timeoutMs: 300 });
    const took = performance.now() - started;
    expect(result.outcome).toBe("timeout");
    expect(took).toBeGreaterThanOrEqual(295);
    expect(took).toBeLessThan(330);
    expect(tcp.socket!.destroyed).toBe(true);
  });

  it("is handshake-failed when the server closes during the handshake", async () => {
    const closing = await startClosing();
    listeners.push(closing);
    const result = await handshake(closing.port);
    expect(result.outcome).toBe("handshake-failed");
    expect(result.code).toBe("ECONNRESET");
  });
});

describe("trust store helpers", () => {
  it("adds the extra PEM's certificates to the system roots", async () => {
    const bundle = `${pki.caCert}\n# comment\n${pki.intermediateCert}`;
    expect(splitPem(bundle)).toHaveLength(2);
    const store = trustStore(bundle);
    expect(store.length).toBeGreaterThan(100);
    expect(store.at(-2)).toContain("BEGIN CERTIFICATE");
  });

  it("reads OpenSSL's plaintext errors as plain-http", () => {
    expect(classifyHandshakeError("ERR_SSL_WRONG_VERSION_NUMBER", "")).toBe("plain-http");
    expect(classifyHandshakeError(undefined, "140:error:0A00010B:SSL routines::wrong version number")).toBe("plain-http");
    expect(classifyHandshakeError("ERR_SSL_PACKET_LENGTH_TOO_LONG", "")).toBe("plain-http");
    expect(classifyHandshakeError("ECONNRESET", "Client network socket disconnected")).toBe("handshake-failed");
  });
});

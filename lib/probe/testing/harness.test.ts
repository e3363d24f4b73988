// Test infrastructure, not product: proves each live-check fixture in this folder works for real
// — real registry, real squid, real TLS, real DNS wire format — all on loopback. Servers start
// once per describe block and are always stopped in afterAll, even when a test fails.
import { X509Certificate } from "node:crypto";
import { Resolver } from "node:dns/promises";
import { existsSync, readFileSync } from "node:fs";
import net from "node:net";
import tls from "node:tls";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPki, WRONG_NAME, type CertFiles, type TestPki } from "./certs";
import { defaultTestZone, startDnsServer, type DnsServerHandle } from "./dns-server";
import { LINUX_AMD64, MANIFEST_ACCEPT, MEDIA, pushImage, pushTestImages, type TestImages } from "./images";
import {
  PLAIN_DENIED_BODY,
  acrDeniedBody,
  startCanned,
  startClosing,
  startDenied,
  startDrip,
  startEndless,
  startNonRegistry,
  startPlainDenied,
  startPlainHttp,
  startRateLimited,
  startRedirectLoop,
  startRefused,
  startServerError,
  startSilent,
  type ListenerHandle,
} from "./listeners";
import { SIGNED_URL_SECRET, startDataHost, startRedirectFront, type DataHostHandle, type RedirectFrontHandle } from "./redirect-front";
import { startRegistry, type RegistryHandle } from "./registry";
import { RegistryClient, parseChallenge } from "./registry-client";
import { proxyConnect, startSquid, type SquidHandle } from "./squid";
import { basicAuth, descendants, httpRequest, requireBinary, requireKnownBinary, runCommand, stillAlive, type Stoppable } from "./support";
import { decodeJwt, startTokenServer, type TokenServerHandle } from "./token-server";

/** Stops every fixture given, in parallel, ignoring ones that never started. */
async function stopAll(...fixtures: (Stoppable | undefined)[]): Promise<void> {
  await Promise.all(fixtures.map((fixture) => fixture?.stop()));
}

let pki: TestPki;
beforeAll(async () => {
  pki = await createTestPki();
});
afterAll(async () => {
  await pki?.stop();
});

/** Connects with TLS and returns "ok" or the verification error code. */
function tlsOutcome(port: number, { ca, servername }: { ca?: string; servername: string }): Promise<string> {
  return new Promise((resolve) => {
    const socket = tls.connect({
      host: "127.0.0.1",
      port,
      ca,
      servername: net.isIP(servername) ? undefined : servername,
      checkServerIdentity: (_host, cert) => tls.checkServerIdentity(servername, cert),
    });
    socket.setTimeout(3_000, () => {
      socket.destroy();
      resolve("timeout");
    });
    socket.once("secureConnect", () => {
      socket.destroy();
      resolve("ok");
    });
    socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

/** The error code a request ends with ("ok:<status>" if it succeeded). */
async function requestOutcome(...args: Parameters<typeof httpRequest>): Promise<string> {
  try {
    const response = await httpRequest(...args);
    return `ok:${response.status}`;
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    return e.code ?? e.message;
  }
}

describe("certs", () => {
  const servers: Record<string, ListenerHandle> = {};
  beforeAll(async () => {
    const kinds: Record<string, CertFiles> = {
      valid: pki.valid,
      expired: pki.expired,
      expiringSoon: pki.expiringSoon,
      wrongName: pki.wrongName,
      chainLeafOnly: pki.chainLeafOnly,
      chainFull: pki.chainFull,
      selfSigned: pki.selfSigned,
    };
    for (const [kind, identity] of Object.entries(kinds)) {
      servers[kind] = await startCanned({ tls: identity, handler: (_req, res) => res.end("ok") });
    }
  });
  afterAll(() => stopAll(...Object.values(servers)));

  const port = (kind: string) => (servers[kind] as ListenerHandle).port;

  it("valid leaf is trusted through the CA for localhost, 127.0.0.1, ::1 names and registry.test", async () => {
    for (const servername of ["localhost", "registry.test", "127.0.0.1", "x.registry.test"]) {
      expect(await tlsOutcome(port("valid"), { ca: pki.caCert, servername })).toBe("ok");
    }
    expect(pki.names).toContain("registry.test");
    expect(readFileSync(pki.caFile, "utf8")).toBe(pki.caCert);
  });

  it("valid leaf without the CA is untrusted (private CA)", async () => {
    expect(await tlsOutcome(port("valid"), { servername: "registry.test" })).toBe("UNABLE_TO_VERIFY_LEAF_SIGNATURE");
  });

  it("each broken leaf fails with its own error", async () => {
    const ca = pki.caCert;
    expect(await tlsOutcome(port("expired"), { ca, servername: "registry.test" })).toBe("CERT_HAS_EXPIRED");
    expect(await tlsOutcome(port("wrongName"), { ca, servername: "registry.test" })).toBe("ERR_TLS_CERT_ALTNAME_INVALID");
    expect(await tlsOutcome(port("wrongName"), { ca, servername: WRONG_NAME })).toBe("ok");
    expect(await tlsOutcome(port("chainLeafOnly"), { ca, servername: "registry.test" })).toBe("UNABLE_TO_VERIFY_LEAF_SIGNATURE");
    expect(await tlsOutcome(port("chainFull"), { ca, servername: "registry.test" })).toBe("ok");
    expect(await tlsOutcome(port("selfSigned"), { ca, servername: "registry.test" })).toBe("DEPTH_ZERO_SELF_SIGNED_CERT");
  });

  it("expiring-soon leaf is valid for fewer than 14 days; the token certificate chains to the CA", async () => {
    expect(await tlsOutcome(port("expiringSoon"), { ca: pki.caCert, servername: "registry.test" })).toBe("ok");
    const left = new Date(new X509Certificate(pki.expiringSoon.cert).validTo).getTime() - Date.now();
    expect(left).toBeGreaterThan(2 * 86_400_000);
    expect(left).toBeLessThan(14 * 86_400_000);
    const token = new X509Certificate(pki.tokenSigning.cert);
    expect(token.verify(new X509Certificate(pki.caCert).publicKey)).toBe(true);
    expect(token.publicKey.asymmetricKeyType).toBe("rsa");
    expect(pki.chainFull.cert.match(/BEGIN CERTIFICATE/g)).toHaveLength(2);
    expect(pki.chainLeafOnly.cert.match(/BEGIN CERTIFICATE/g)).toHaveLength(1);
  });
});

describe("registry (a): TLS with the test CA + htpasswd Basic auth", () => {
  let registry: RegistryHandle;
  let images: TestImages;
  const user = { username: "alice", password: "s3cret-alice" };
  beforeAll(async () => {
    registry = await startRegistry({
      tls: pki.valid,
      ca: pki.caCert,
      auth: { kind: "htpasswd", users: { [user.username]: user.password } },
    });
    images = await pushTestImages(new RegistryClient({ url: registry.url, ...user, ca: pki.caCert }));
  }, 20_000);
  afterAll(() => stopAll(registry));

  it("answers /v2/ with 401 and a Basic challenge, over TLS the CA trusts", async () => {
    expect(registry.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const response = await httpRequest(`${registry.url}/v2/`, { ca: pki.caCert });
    expect(response.status).toBe(401);
    expect(response.headers["docker-distribution-api-version"]).toBe("registry/2.0");
    const challenge = parseChallenge(String(response.headers["www-authenticate"]));
    expect(challenge?.scheme).toBe("basic");
    expect(challenge?.params.realm).toBeTruthy();
  });

  it("accepts the htpasswd user and refuses a wrong password", async () => {
    const ok = await httpRequest(`${registry.url}/v2/`, {
      ca: pki.caCert,
      headers: { authorization: basicAuth(user.username, user.password) },
    });
    expect(ok.status).toBe(200);
    const bad = await httpRequest(`${registry.url}/v2/`, { ca: pki.caCert, headers: { authorization: basicAuth(user.username, "wrong") } });
    expect(bad.status).toBe(401);
  });

  it("serves the pushed image, and says MANIFEST_UNKNOWN for a missing tag or repository, NAME_UNKNOWN on its tag list", async () => {
    const client = new RegistryClient({ url: registry.url, ...user, ca: pki.caCert });
    const manifest = await client.request("GET", "/v2/team/app/manifests/1.0", { headers: { accept: MANIFEST_ACCEPT } });
    expect(manifest.status).toBe(200);
    expect(manifest.headers["docker-content-digest"]).toBe(images.app.manifestDigest);
    expect(manifest.headers["content-type"]).toBe(MEDIA.dockerManifest);
    const blob = await client.request("GET", `/v2/team/app/blobs/${images.app.config.digest}`);
    expect(blob.status).toBe(200);
    expect(blob.body.equals(images.blobs.get(images.app.config.digest) as Buffer)).toBe(true);
    const config = blob.json<{ architecture: string; os: string }>();
    expect([config.os, config.architecture]).toEqual(["linux", "amd64"]);

    const noTag = await client.request("GET", "/v2/team/app/manifests/9.9", { headers: { accept: MANIFEST_ACCEPT } });
    expect(noTag.status).toBe(404);
    expect(noTag.text()).toContain("MANIFEST_UNKNOWN");
    // distribution 2.8 says MANIFEST_UNKNOWN for a manifest of a repository it does not have;
    // NAME_UNKNOWN comes from the tag list.
    const noRepo = await client.request("GET", "/v2/team/nothing/manifests/1.0", { headers: { accept: MANIFEST_ACCEPT } });
    expect(noRepo.status).toBe(404);
    expect(noRepo.text()).toContain("MANIFEST_UNKNOWN");
    const noRepoTags = await client.request("GET", "/v2/team/nothing/tags/list");
    expect(noRepoTags.status).toBe(404);
    expect(noRepoTags.text()).toContain("NAME_UNKNOWN");
  });

  it("holds team/multi:1.0 as an OCI index with linux/arm64 only", async () => {
    const client = new RegistryClient({ url: registry.url, ...user, ca: pki.caCert });
    const response = await client.request("GET", "/v2/team/multi/manifests/1.0", { headers: { accept: MANIFEST_ACCEPT } });
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toBe(MEDIA.ociIndex);
    expect(response.headers["docker-content-digest"]).toBe(images.multi.indexDigest);
    const index = response.json<{ manifests: { digest: string; platform: { os: string; architecture: string } }[] }>();
    expect(index.manifests.map((m) => `${m.platform.os}/${m.platform.architecture}`)).toEqual(["linux/arm64"]);
    const child = await client.request("GET", `/v2/team/multi/manifests/${index.manifests[0]?.digest}`, {
      headers: { accept: MANIFEST_ACCEPT },
    });
    expect(child.status).toBe(200);
    expect(child.headers["content-type"]).toBe(MEDIA.ociManifest);
  });

  it("skopeo inspects the pushed image", async () => {
    const skopeo = requireKnownBinary("/usr/bin/skopeo");
    const out = await runCommand(
      skopeo,
      ["inspect", "--tls-verify=false", "--creds", `${user.username}:${user.password}`, `docker://${registry.authority}/team/app:1.0`],
      { cwd: registry.dir },
    );
    const inspected = JSON.parse(out) as { Digest: string; Architecture: string; Os: string };
    expect(inspected.Digest).toBe(images.app.manifestDigest);
    expect([inspected.Os, inspected.Architecture]).toEqual(["linux", "amd64"]);
  }, 20_000);
});

describe("registry (b): anonymous plain HTTP", () => {
  let registry: RegistryHandle;
  beforeAll(async () => {
    registry = await startRegistry();
  });
  afterAll(() => stopAll(registry));

  it("answers /v2/ with 200 {} and takes an anonymous push", async () => {
    expect(registry.url).toMatch(/^http:\/\//);
    const base = await httpRequest(`${registry.url}/v2/`);
    expect(base.status).toBe(200);
    expect(base.text().trim()).toBe("{}");
    const client = new RegistryClient({ url: registry.url });
    const image = await pushImage(client, { repository: "library/tiny", tag: "latest", platform: LINUX_AMD64 });
    const head = await httpRequest(`${registry.url}/v2/library/tiny/manifests/latest`, {
      method: "HEAD",
      headers: { accept: MANIFEST_ACCEPT },
    });
    expect(head.status).toBe(200);
    expect(head.headers["docker-content-digest"]).toBe(image.manifestDigest);
  });
});

describe("registry (c): token auth with the harness token server", () => {
  let tokens: TokenServerHandle;
  let refusing: TokenServerHandle;
  let registry: RegistryHandle;
  const service = "registry.test";
  const issuer = "registry-doctor-test-issuer";
  beforeAll(async () => {
    tokens = await startTokenServer({
      service,
      issuer,
      signing: pki.tokenSigning,
      users: { reader: "reader-pw", nobody: "nobody-pw", pusher: "pusher-pw" },
      grants: [
        { user: "reader", repository: "team/app", actions: ["pull"] },
        { user: "pusher", repository: "team/*", actions: ["pull", "push"] },
      ],
    });
    refusing = await startTokenServer({ service, issuer, signing: pki.tokenSigning, anonymous: "refuse", tls: pki.valid });
    registry = await startRegistry({ auth: { kind: "token", realm: tokens.realm, service, issuer, rootCertBundle: pki.caFile } });
    await pushTestImages(new RegistryClient({ url: registry.url, username: "pusher", password: "pusher-pw" }));
  }, 20_000);
  afterAll(() => stopAll(registry, tokens, refusing));

  const tokenFor = async (credentials?: [string, string], scope = "repository:team/app:pull") => {
    const url = new URL(tokens.realm);
    url.searchParams.set("service", service);
    url.searchParams.set("scope", scope);
    const response = await httpRequest(url, { headers: credentials ? { authorization: basicAuth(...credentials) } : {} });
    return response;
  };
  const headManifest = (token: string) =>
    httpRequest(`${registry.url}/v2/team/app/manifests/1.0`, {
      method: "HEAD",
      headers: { accept: MANIFEST_ACCEPT, authorization: `Bearer ${token}` },
    });

  it("challenges /v2/ with Bearer realm and service", async () => {
    const response = await httpRequest(`${registry.url}/v2/`);
    expect(response.status).toBe(401);
    const challenge = parseChallenge(String(response.headers["www-authenticate"]));
    expect(challenge).toEqual({ scheme: "bearer", params: { realm: tokens.realm, service } });
  });

  it("anonymous token: empty access, manifest answers 401 insufficient_scope", async () => {
    const response = await tokenFor();
    expect(response.status).toBe(200);
    const body = response.json<{ token: string; access_token: string; expires_in: number }>();
    expect(body.token).toBe(body.access_token);
    const { header, claims } = decodeJwt(body.token);
    expect(header.alg).toBe("RS256");
    expect(claims).toMatchObject({ iss: issuer, aud: service, sub: "", access: [] });
    const manifest = await headManifest(body.token);
    expect(manifest.status).toBe(401);
    expect(String(manifest.headers["www-authenticate"])).toContain('error="insufficient_scope"');
  });

  it("reader token grants pull on team/app: manifest 200", async () => {
    const response = await tokenFor(["reader", "reader-pw"]);
    const { token } = response.json<{ token: string }>();
    expect(decodeJwt(token).claims.access).toEqual([{ type: "repository", name: "team/app", actions: ["pull"] }]);
    expect((await headManifest(token)).status).toBe(200);
    const other = await tokenFor(["reader", "reader-pw"], "repository:team/multi:pull");
    expect(decodeJwt(other.json<{ token: string }>().token).claims.access).toEqual([]);
  });

  it("nobody is authenticated but granted nothing: 401 insufficient_scope (body says UNAUTHORIZED)", async () => {
    const response = await tokenFor(["nobody", "nobody-pw"]);
    expect(response.status).toBe(200);
    const { token } = response.json<{ token: string }>();
    expect(decodeJwt(token).claims).toMatchObject({ sub: "nobody", access: [] });
    const get = await httpRequest(`${registry.url}/v2/team/app/manifests/1.0`, {
      headers: { accept: MANIFEST_ACCEPT, authorization: `Bearer ${token}` },
    });
    expect(get.status).toBe(401);
    expect(String(get.headers["www-authenticate"])).toContain('error="insufficient_scope"');
    // distribution 2.8 puts UNAUTHORIZED in the body; only the challenge's error tells "not allowed".
    expect(get.json<{ errors: { code: string }[] }>().errors[0]?.code).toBe("UNAUTHORIZED");
  });

  it("wrong password: 401 from the token service", async () => {
    const response = await tokenFor(["reader", "wrong"]);
    expect(response.status).toBe(401);
    expect(response.text()).toContain("UNAUTHORIZED");
    expect(tokens.requests.at(-1)).toMatchObject({ user: "reader", status: 401 });
    expect(JSON.stringify(tokens.requests)).not.toContain("wrong");
  });

  it("a forged token (signed by another key) is refused as invalid_token", async () => {
    const { token } = (await tokenFor(["reader", "reader-pw"])).json<{ token: string }>();
    const [h, c] = token.split(".");
    const forged = `${h}.${c}.${Buffer.from("not-a-signature").toString("base64url")}`;
    const response = await headManifest(forged);
    expect(response.status).toBe(401);
    expect(String(response.headers["www-authenticate"])).toContain('error="invalid_token"');
  });

  it("OAuth2 POST: password grant, refresh grant, client_id required", async () => {
    const post = (form: Record<string, string>) =>
      httpRequest(tokens.realm, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams(form).toString(),
      });
    const granted = await post({
      grant_type: "password",
      username: "reader",
      password: "reader-pw",
      service,
      client_id: "registry-doctor",
      scope: "repository:team/app:pull",
      access_type: "offline",
    });
    expect(granted.status).toBe(200);
    const body = granted.json<{ access_token: string; refresh_token: string; scope: string }>();
    expect(body.scope).toBe("repository:team/app:pull");
    expect((await headManifest(body.access_token)).status).toBe(200);
    const refreshed = await post({
      grant_type: "refresh_token",
      refresh_token: body.refresh_token,
      service,
      client_id: "registry-doctor",
      scope: "repository:team/app:pull",
    });
    expect(refreshed.status).toBe(200);
    expect((await headManifest(refreshed.json<{ access_token: string }>().access_token)).status).toBe(200);
    expect((await post({ grant_type: "password", username: "reader", password: "nope", service, client_id: "x" })).status).toBe(401);
    expect((await post({ grant_type: "password", username: "reader", password: "reader-pw", service })).status).toBe(400);
  });

  it("can fail on demand (503), and a Red Hat-like realm refuses anonymous over TLS", async () => {
    tokens.setFailure({ status: 503, body: JSON.stringify({ errors: [{ code: "UNAVAILABLE", message: "service unavailable" }] }) });
    try {
      expect((await tokenFor()).status).toBe(503);
    } finally {
      tokens.setFailure(null);
    }
    expect((await tokenFor()).status).toBe(200);
    const anonymous = await httpRequest(`${refusing.realm}?service=${service}&scope=repository:team/app:pull`, { ca: pki.caCert });
    expect(anonymous.status).toBe(401);
    expect(refusing.realm).toMatch(/^https:/);
  });
});

describe("listeners", () => {
  const started: Stoppable[] = [];
  const keep = <T extends Stoppable>(handle: T) => {
    started.push(handle);
    return handle;
  };
  let refused: ListenerHandle;
  let silent: ListenerHandle;
  let closing: ListenerHandle;
  let drip: ListenerHandle;
  let endless: ListenerHandle;
  let nonRegistry: ListenerHandle;
  let denied: ListenerHandle;
  let plainDenied: ListenerHandle;
  let rateLimited: ListenerHandle;
  let serverError: ListenerHandle;
  let redirectLoop: ListenerHandle;
  let plainHttp: ListenerHandle & { httpUrl: string };
  let tlsDrip: ListenerHandle;
  beforeAll(async () => {
    const tlsId = pki.valid;
    tlsDrip = keep(await startDrip({ tls: pki.valid, intervalMs: 50 }));
    [refused, silent, closing, drip, endless, nonRegistry, denied, plainDenied, rateLimited, serverError, redirectLoop, plainHttp] =
      await Promise.all([
        startRefused().then(keep),
        startSilent().then(keep),
        startClosing().then(keep),
        startDrip({ intervalMs: 50 }).then(keep),
        startEndless({ tls: tlsId }).then(keep),
        startNonRegistry({ tls: tlsId }).then(keep),
        startDenied({ tls: tlsId }).then(keep),
        startPlainDenied({ tls: tlsId }).then(keep),
        startRateLimited({ tls: tlsId }).then(keep),
        startServerError({ tls: tlsId }).then(keep),
        startRedirectLoop({ tls: tlsId }).then(keep),
        startPlainHttp().then(keep),
      ]);
  });
  afterAll(() => stopAll(...started));
  const ca = () => pki.caCert;

  it("refused: nothing listens", async () => {
    expect(await requestOutcome(`${refused.url}/v2/`, { ca: ca() })).toBe("ECONNREFUSED");
  });

  it("silent: accepts TCP, never answers", async () => {
    expect(await requestOutcome(`${silent.url}/v2/`, { ca: ca(), timeoutMs: 300 })).toMatch(/^timeout after 300 ms/);
    expect(silent.connections()).toBeGreaterThan(0);
  });

  it("closing: accepts and hangs up (EOF)", async () => {
    expect(await requestOutcome(`${closing.url}/v2/`, { ca: ca() })).toBe("ECONNRESET");
  });

  it("drip: a status line, then one header byte at a time, never the end of headers", async () => {
    const received = await new Promise<string>((resolve, reject) => {
      const socket = net.connect({ host: drip.host, port: drip.port }, () => socket.write("GET /v2/ HTTP/1.1\r\nHost: x\r\n\r\n"));
      let data = "";
      socket.on("data", (chunk) => (data += chunk.toString("latin1")));
      socket.once("error", reject);
      setTimeout(() => {
        socket.destroy();
        resolve(data);
      }, 400);
    });
    expect(received.startsWith("HTTP/1.1 200 OK\r\nX-Drip: a")).toBe(true);
    expect(received).not.toContain("\r\n\r\n");
    expect(received.length).toBeGreaterThan("HTTP/1.1 200 OK\r\nX-Drip: ".length + 2);
    expect(await requestOutcome(`${drip.url}/v2/`, { timeoutMs: 300 })).toMatch(/^timeout/);
    expect(await requestOutcome(`${tlsDrip.url}/v2/`, { ca: ca(), timeoutMs: 300 })).toMatch(/^timeout/);
    expect(tlsDrip.connections()).toBe(1);
  });

  it("endless: 200 with a chunked body that does not end", async () => {
    const response = await httpRequest(`${endless.url}/v2/`, { ca: ca(), maxBodyBytes: 200_000 });
    expect(response.status).toBe(200);
    expect(response.headers["transfer-encoding"]).toBe("chunked");
    expect(response.body.length).toBeGreaterThanOrEqual(200_000);
  });

  it("non-registry: an HTML page on /v2/", async () => {
    const response = await httpRequest(`${nonRegistry.url}/v2/`, { ca: ca() });
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toContain("text/html");
    expect(response.headers["docker-distribution-api-version"]).toBeUndefined();
    expect(response.text()).toContain("<html>");
  });

  it("denied: ACR's 403 naming the client IP, on /v2/ itself", async () => {
    const response = await httpRequest(`${denied.url}/v2/`, { ca: ca() });
    expect(response.status).toBe(403);
    expect(response.text()).toBe(acrDeniedBody());
    expect(response.text()).toBe(
      `{"errors":[{"code":"DENIED","message":"client with IP '203.0.113.7' is not allowed access. Refer https://aka.ms/acr/firewall to grant access."}]}`,
    );
    expect(response.headers["x-ms-correlation-request-id"]).toBeTruthy();
  });

  it("plain denied: 403 DENIED without IP wording", async () => {
    const response = await httpRequest(`${plainDenied.url}/v2/team/app/manifests/1.0`, { ca: ca() });
    expect(response.status).toBe(403);
    expect(response.text()).toBe(PLAIN_DENIED_BODY);
    expect(response.text()).not.toContain("client with IP");
  });

  it("rate-limited: /v2/ 200, manifests 429 TOOMANYREQUESTS with Docker Hub's headers (HEAD too)", async () => {
    expect((await httpRequest(`${rateLimited.url}/v2/`, { ca: ca() })).status).toBe(200);
    const head = await httpRequest(`${rateLimited.url}/v2/library/alpine/manifests/latest`, { ca: ca(), method: "HEAD" });
    expect(head.status).toBe(429);
    expect(head.body.length).toBe(0);
    expect(head.headers).toMatchObject({
      "ratelimit-limit": "100;w=21600",
      "ratelimit-remaining": "0;w=21600",
      "docker-ratelimit-source": "203.0.113.7",
      "retry-after": "3600",
    });
    const get = await httpRequest(`${rateLimited.url}/v2/library/alpine/manifests/latest`, { ca: ca() });
    expect(get.json<{ errors: { code: string }[] }>().errors[0]?.code).toBe("TOOMANYREQUESTS");
    expect(rateLimited.requests.map((r) => r.method)).toEqual(["GET", "HEAD", "GET"]);
  });

  it("server error: 503 UNAVAILABLE", async () => {
    const response = await httpRequest(`${serverError.url}/v2/`, { ca: ca() });
    expect(response.status).toBe(503);
    expect(response.text()).toContain("UNAVAILABLE");
  });

  it("redirect loop: 302 to itself", async () => {
    const url = `${redirectLoop.url}/v2/`;
    const response = await httpRequest(url, { ca: ca() });
    expect(response.status).toBe(302);
    expect(response.headers.location).toBe(url);
  });

  it("plain HTTP on the port a client speaks TLS to", async () => {
    expect(await requestOutcome(`${plainHttp.url}/v2/`, { ca: ca() })).toBe("EPROTO");
    expect((await httpRequest(`${plainHttp.httpUrl}/v2/`)).status).toBe(200);
  });
});

describe("redirect front + data host", () => {
  let registry: RegistryHandle;
  let data: DataHostHandle;
  let front: RedirectFrontHandle;
  let refused: ListenerHandle;
  let silent: ListenerHandle;
  let images: TestImages;
  const user = { username: "bob", password: "bob-pw" };
  beforeAll(async () => {
    registry = await startRegistry({ auth: { kind: "htpasswd", users: { [user.username]: user.password } } });
    images = await pushTestImages(new RegistryClient({ url: registry.url, ...user }));
    [data, refused, silent] = await Promise.all([
      startDataHost({ blobs: images.blobs, tls: pki.valid, requireSignature: SIGNED_URL_SECRET }),
      startRefused(),
      startSilent(),
    ]);
    front = await startRedirectFront({ upstream: registry.url, tls: pki.valid, redirect: { to: data.url, signed: true } });
  }, 20_000);
  afterAll(() => stopAll(front, data, refused, silent, registry));

  const auth = { authorization: basicAuth(user.username, user.password) };
  const blobPath = () => `/v2/team/app/blobs/${images.app.config.digest}`;

  it("passes the API through (challenge, manifest)", async () => {
    expect((await httpRequest(`${front.url}/v2/`, { ca: pki.caCert })).status).toBe(401);
    const manifest = await httpRequest(`${front.url}/v2/team/app/manifests/1.0`, {
      ca: pki.caCert,
      headers: { ...auth, accept: MANIFEST_ACCEPT },
    });
    expect(manifest.status).toBe(200);
    expect(manifest.headers["docker-content-digest"]).toBe(images.app.manifestDigest);
  });

  it("checks access before redirecting: no credentials → the registry's 401", async () => {
    expect((await httpRequest(`${front.url}${blobPath()}`, { ca: pki.caCert })).status).toBe(401);
  });

  it("answers a blob GET with a 307 to the data host, signed; the data host serves one byte", async () => {
    front.setRedirect({ to: data.url, signed: true });
    const response = await httpRequest(`${front.url}${blobPath()}`, { ca: pki.caCert, headers: auth });
    expect(response.status).toBe(307);
    const location = String(response.headers.location);
    expect(location.startsWith(`${data.url}/team/app/blobs/${images.app.config.digest}?`)).toBe(true);
    expect(new URL(location).searchParams.get("sig")).toBe(SIGNED_URL_SECRET);
    expect(new URL(location).searchParams.get("se")).toBeTruthy();
    const first = await httpRequest(location, { ca: pki.caCert, headers: { range: "bytes=0-0" } });
    expect(first.status).toBe(206);
    expect(first.body).toEqual((images.blobs.get(images.app.config.digest) as Buffer).subarray(0, 1));
  });

  it("redirects a ranged blob GET too (a client asking for the first byte)", async () => {
    front.setRedirect({ to: data.url, signed: true });
    const response = await httpRequest(`${front.url}${blobPath()}`, { ca: pki.caCert, headers: { ...auth, range: "bytes=0-0" } });
    expect(response.status).toBe(307);
    expect(String(response.headers.location).startsWith(`${data.url}/team/app/blobs/`)).toBe(true);
  });

  it("an unsigned URL is refused by the data host like storage refuses a bad SAS", async () => {
    front.setRedirect({ to: data.url });
    const response = await httpRequest(`${front.url}${blobPath()}`, { ca: pki.caCert, headers: auth });
    const refusedByStorage = await httpRequest(String(response.headers.location), { ca: pki.caCert });
    expect(refusedByStorage.status).toBe(403);
    expect(refusedByStorage.text()).toContain("AuthenticationFailed");
  });

  it("redirects to a refused port and to a silent port", async () => {
    front.setRedirect({ to: refused.url });
    const toRefused = await httpRequest(`${front.url}${blobPath()}`, { ca: pki.caCert, headers: auth });
    expect(String(toRefused.headers.location).startsWith(refused.url)).toBe(true);
    expect(await requestOutcome(String(toRefused.headers.location), { ca: pki.caCert })).toBe("ECONNREFUSED");
    front.setRedirect({ to: silent.url, signed: true });
    const toSilent = await httpRequest(`${front.url}${blobPath()}`, { ca: pki.caCert, headers: auth });
    expect(String(toSilent.headers.location).startsWith(silent.url)).toBe(true);
    expect(await requestOutcome(String(toSilent.headers.location), { ca: pki.caCert, timeoutMs: 300 })).toMatch(/^timeout/);
    expect(front.redirects.length).toBeGreaterThanOrEqual(4);
  });
});

describe("dns server", () => {
  let dns: DnsServerHandle;
  let resolver: Resolver;
  beforeAll(async () => {
    dns = await startDnsServer(defaultTestZone());
    resolver = new Resolver({ timeout: 300, tries: 1 });
    resolver.setServers([dns.server]);
  });
  afterAll(() => stopAll(dns));

  const outcome = async (query: () => Promise<unknown>) => {
    try {
      return await query();
    } catch (error) {
      return (error as NodeJS.ErrnoException).code;
    }
  };

  it("answers A and AAAA with loopback addresses", async () => {
    expect(dns.server).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(await resolver.resolve4("registry.test")).toEqual(["127.0.0.1"]);
    expect(await resolver.resolve6("registry.test")).toEqual(["::1"]);
    expect(await resolver.resolve4("REGISTRY.test")).toEqual(["127.0.0.1"]);
    expect(await outcome(() => resolver.resolve6("v4.registry.test"))).toBe("ENODATA");
  });

  it("follows CNAMEs and answers CNAME queries (privatelink chains)", async () => {
    expect(await resolver.resolve4("alias.registry.test")).toEqual(["127.0.0.1"]);
    expect(await resolver.resolveCname("alias.registry.test")).toEqual(["registry.test"]);
    expect(await resolver.resolveCname("unlinked.azurecr.io")).toEqual(["unlinked.privatelink.azurecr.io"]);
    expect(await resolver.resolveCname("unlinked.privatelink.azurecr.io")).toEqual(["westeurope-acr-reg.fe.azcr.test"]);
    expect(await resolver.resolve4("unlinked.azurecr.io")).toEqual(["127.0.0.1"]);
    expect(await resolver.resolve4("linked.azurecr.io")).toEqual(["10.1.2.4"]);
  });

  it("answers a private address (never connected to)", async () => {
    expect(await resolver.resolve4("private.registry.test")).toEqual(["10.1.2.3"]);
  });

  it("NXDOMAIN, SERVFAIL and silence", async () => {
    expect(await outcome(() => resolver.resolve4("missing.registry.test"))).toBe("ENOTFOUND");
    expect(await outcome(() => resolver.resolve4("not-in-zone.example"))).toBe("ENOTFOUND");
    expect(await outcome(() => resolver.resolve4("broken.registry.test"))).toBe("ESERVFAIL");
    expect(await outcome(() => resolver.resolve4("silent.registry.test"))).toBe("ETIMEOUT");
    expect(dns.queries.find((q) => q.name === "silent.registry.test")?.outcome).toBe("silent");
  });

  it("takes zone changes while running", async () => {
    dns.setEntry("late.registry.test", { a: ["127.0.0.2"] });
    expect(await resolver.resolve4("late.registry.test")).toEqual(["127.0.0.2"]);
    dns.setEntry("late.registry.test", undefined);
    expect(await outcome(() => resolver.resolve4("late.registry.test"))).toBe("ENOTFOUND");
  });
});

describe("squid", () => {
  let open: SquidHandle;
  let authed: SquidHandle;
  let denying: SquidHandle;
  let target: ListenerHandle;
  let other: ListenerHandle;
  const proxyUser = { username: "proxyuser", password: "proxy-pw" };
  beforeAll(async () => {
    requireKnownBinary("/usr/sbin/squid");
    [target, other] = await Promise.all([
      startCanned({ tls: pki.valid, handler: (_req, res) => res.writeHead(200, { "content-type": "application/json" }).end("{}") }),
      startNonRegistry(),
    ]);
    [open, authed, denying] = await Promise.all([
      startSquid(),
      startSquid({ mode: { kind: "auth", users: { [proxyUser.username]: proxyUser.password } } }),
      startSquid({ mode: { kind: "deny", ports: [target.port] } }),
    ]);
  }, 30_000);
  afterAll(() => stopAll(open, authed, denying, target, other));

  it("open proxy tunnels CONNECT to a loopback port, by address and by name; TLS runs through it", async () => {
    const tunnel = await proxyConnect(open.port, `registry.test:${target.port}`);
    expect(tunnel.status).toBe(200);
    const status = await new Promise<string>((resolve, reject) => {
      const secure = tls.connect({ socket: tunnel.socket, servername: "registry.test", ca: pki.caCert }, () => {
        secure.write(`GET /v2/ HTTP/1.1\r\nHost: registry.test:${target.port}\r\nConnection: close\r\n\r\n`);
      });
      let data = "";
      secure.on("data", (chunk) => (data += chunk.toString("latin1")));
      secure.once("end", () => resolve(data.split("\r\n")[0] ?? ""));
      secure.once("error", reject);
    });
    expect(status).toBe("HTTP/1.1 200 OK");
    const byAddress = await proxyConnect(open.port, `127.0.0.1:${target.port}`);
    expect(byAddress.status).toBe(200);
    byAddress.socket.destroy();
    expect(open.accessLog()).toContain(`CONNECT registry.test:${target.port}`);
  });

  it("auth proxy answers 407 with a Basic challenge, tunnels with the right credentials", async () => {
    const none = await proxyConnect(authed.port, `127.0.0.1:${target.port}`);
    expect(none.status).toBe(407);
    expect(none.headers["proxy-authenticate"]).toMatch(/^Basic realm="Registry Doctor test proxy"/);
    const wrong = await proxyConnect(authed.port, `127.0.0.1:${target.port}`, { credentials: { ...proxyUser, password: "nope" } });
    expect(wrong.status).toBe(407);
    const right = await proxyConnect(authed.port, `127.0.0.1:${target.port}`, { credentials: proxyUser });
    expect(right.status).toBe(200);
    right.socket.destroy();
  });

  it("denying proxy answers 403 to CONNECT on the denied port only", async () => {
    const blocked = await proxyConnect(denying.port, `127.0.0.1:${target.port}`);
    expect(blocked.status).toBe(403);
    const allowed = await proxyConnect(denying.port, `127.0.0.1:${other.port}`);
    expect(allowed.status).toBe(200);
    allowed.socket.destroy();
  });

  it("refuses names it cannot resolve locally (no DNS leaves the machine)", async () => {
    const unknown = await proxyConnect(open.port, `unknown-name.invalid:${target.port}`);
    expect(unknown.status).toBe(403);
  });

  it("stops by PID and leaves no squid process or helper running", async () => {
    const extra = await startSquid({ mode: { kind: "auth", users: { a: "b" } } });
    const answer = await proxyConnect(extra.port, `127.0.0.1:${target.port}`, { credentials: { username: "a", password: "b" } });
    answer.socket.destroy();
    const leader = descendants(process.pid).find((stat) => stat.pid === extra.pid);
    const helpers = descendants(extra.pid);
    expect(leader && stillAlive(leader)).toBe(true);
    expect(helpers.length).toBeGreaterThan(0);
    await extra.stop();
    for (const stat of [leader, ...helpers]) if (stat) expect(stillAlive(stat)).toBe(false);
    expect(existsSync(extra.dir)).toBe(false);
  });
});

describe("missing binaries", () => {
  it("fail with the Debian package to install, never a silent skip", () => {
    expect(() => requireBinary("/usr/bin/definitely-not-installed", "some-package")).toThrow(/apt-get install -y some-package/);
  });
});

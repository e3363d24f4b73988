// Test infrastructure, not product: hand-written evidence documents for the parser's and the
// classifier's unit tests. `healthyAcr()` is what the script prints on a machine where everything
// works for an ACR registry with anonymous pull (Bearer realm on the registry itself, a blob
// redirected to a data endpoint, Docker running, az on AzureCloud, a login stored under the exact
// key); each test breaks one thing with the small builders below.
import { CLIENT_EVIDENCE_SCHEMA_ID, type ClientEvidence, type CurlEvidence, type DnsEvidence, type HopEvidence } from "./schema";

export const LOGIN_SERVER = "myreg.azurecr.io";
export const DATA_HOST = "myreg.eastus.data.azurecr.io";

const NO_HEADERS = {
  status: null,
  names: [],
  wwwAuthenticate: [],
  proxyAuthenticate: [],
  apiVersion: null,
  contentType: null,
  location: null,
  contentDigest: null,
  rateLimitLimit: null,
  rateLimitRemaining: null,
  rateLimitSource: null,
  retryAfter: null,
  squidError: null,
};

/** A request that got a complete HTTP answer. */
export function answered(
  url: string,
  httpCode: number,
  headers: Partial<CurlEvidence["headers"] & object> = {},
  extra: Partial<CurlEvidence> = {},
): CurlEvidence {
  return {
    url,
    method: "GET",
    exitCode: 0,
    error: null,
    detail: null,
    connected: true,
    httpCode,
    httpConnect: 0,
    remoteIp: "20.62.128.1",
    remotePort: 443,
    timings: { namelookup: 0.004, connect: 0.02, appconnect: 0.05, pretransfer: 0.05, starttransfer: 0.08, total: 0.08 },
    sslVerifyResult: 0,
    proxy: null,
    headers: { ...NO_HEADERS, status: `HTTP/1.1 ${httpCode}`, ...headers },
    body: null,
    ...extra,
  };
}

/** A request curl gave up on: exit code, its message and the trace's reason. */
export function failed(url: string, exitCode: number, error: string, extra: Partial<CurlEvidence> = {}): CurlEvidence {
  return {
    ...answered(url, 0),
    exitCode,
    error,
    connected: false,
    httpCode: 0,
    remoteIp: null,
    remotePort: null,
    timings: { namelookup: 0.004, connect: 0, appconnect: 0, pretransfer: 0, starttransfer: 0, total: 5 },
    headers: null,
    ...extra,
  };
}

export function resolved(addresses: string[], cnames: string[] = []): DnsEvidence {
  return {
    literal: false,
    resolver: "getent",
    outcome: "ok",
    addresses,
    canonicalName: cnames.at(-1) ?? null,
    chainTool: "dig",
    chainStatus: "NOERROR",
    cnames,
    chainAddresses: addresses,
    ms: 12,
  };
}

export function notResolved(outcome: DnsEvidence["outcome"]): DnsEvidence {
  return { ...resolved([]), outcome, chainStatus: outcome === "nxdomain" ? "NXDOMAIN" : "SERVFAIL", canonicalName: null };
}

const TLS_OK = {
  tool: "openssl" as const,
  skipped: null,
  verifyCode: 0,
  verifyText: "ok",
  protocol: "TLSv1.3",
  chainSent: 2,
  leaf: {
    subject: "CN = *.azurecr.io",
    issuer: "C = US, O = Microsoft Corporation, CN = Microsoft Azure RSA TLS Issuing CA 03",
    notBefore: "Jan 10 00:00:00 2026 GMT",
    notAfter: "Jan 10 00:00:00 2027 GMT",
    sans: ["DNS:*.azurecr.io"],
    caIssuers: true,
    expired: false,
    expiresWithin14Days: false,
  },
  error: null,
};

export function hop(name: HopEvidence["hop"], host: string, request: CurlEvidence | null, extra: Partial<HopEvidence> = {}): HopEvidence {
  return {
    hop: name,
    host,
    port: 443,
    scheme: "https",
    sameAsApi: false,
    known: false,
    dns: resolved(["20.62.128.1"]),
    request,
    direct: null,
    tls: TLS_OK,
    skipped: null,
    ...extra,
  };
}

const BEARER = `Bearer realm="https://${LOGIN_SERVER}/oauth2/token",service="${LOGIN_SERVER}"`;
export const ACR_FIREWALL_BODY = JSON.stringify({
  errors: [
    { code: "DENIED", message: "client with IP '203.0.113.9' is not allowed access. Refer https://aka.ms/acr/firewall to grant access." },
  ],
});

/** Everything works: an ACR registry with anonymous pull, seen from a Linux machine with Docker and az. */
export function healthyAcr(): ClientEvidence {
  return {
    schema: CLIENT_EVIDENCE_SCHEMA_ID,
    script: {
      version: "1.0.0",
      generatedAt: "2026-01-20T10:00:00Z",
      startedAt: "2026-01-20T10:01:00Z",
      finishedAt: "2026-01-20T10:01:03Z",
      timeoutSeconds: 8,
      caFile: false,
    },
    target: {
      input: `${LOGIN_SERVER}/team/app:1.0`,
      host: LOGIN_SERVER,
      port: 443,
      scheme: "https",
      loginServer: LOGIN_SERVER,
      repository: "team/app",
      reference: "1.0",
      platform: "linux/amd64",
      provider: "acr",
      authKeys: { docker: LOGIN_SERVER, podman: LOGIN_SERVER },
    },
    machine: {
      os: "Linux",
      release: "6.8.0",
      arch: "x86_64",
      wsl: false,
      cloudShell: false,
      isRoot: false,
      sudo: false,
      bash: "5.2.21(1)-release",
    },
    tools: {
      curl: "curl 8.5.0",
      openssl: "OpenSSL 3.0.13",
      getent: true,
      dig: true,
      nslookup: true,
      perl: true,
      timeout: true,
      containerd: false,
    },
    env: { proxy: {}, proxyCredentials: [], dockerCommand: null, dockerHost: null, dockerConfig: null, caVariables: [] },
    hops: [
      hop(
        "api",
        LOGIN_SERVER,
        answered(`https://${LOGIN_SERVER}:443/v2/`, 401, {
          wwwAuthenticate: [BEARER],
          apiVersion: "registry/2.0",
          contentType: "application/json; charset=utf-8",
        }),
        {
          dns: resolved(["20.62.128.1"], ["eus.fe.azcr.io"]),
        },
      ),
      hop("realm", LOGIN_SERVER, answered(`https://${LOGIN_SERVER}/oauth2/token`, 200), { sameAsApi: true, dns: null, tls: null }),
      hop("blob", DATA_HOST, answered(`https://${DATA_HOST}/myreg/blobs/sha256:abc`, 206), { dns: resolved(["20.62.128.7"]) }),
    ],
    registry: {
      challenge: { scheme: "bearer", realm: `https://${LOGIN_SERVER}/oauth2/token`, service: LOGIN_SERVER, raw: [BEARER] },
      token: { scope: "repository:team/app:pull", gotToken: true, errors: [] },
      manifest: {
        authorization: "anonymous-token",
        request: answered(
          `https://${LOGIN_SERVER}:443/v2/team/app/manifests/1.0`,
          200,
          { contentType: "application/vnd.docker.distribution.manifest.v2+json", contentDigest: "sha256:1111" },
          { method: "HEAD" },
        ),
        errors: [],
        tagList: null,
      },
      blob: {
        digest: "sha256:2222",
        request: answered(`https://${LOGIN_SERVER}:443/v2/team/app/blobs/sha256:2222`, 307, {
          location: `https://${DATA_HOST}/myreg/blobs/sha256:abc`,
        }),
        redirectHost: DATA_HOST,
        platforms: null,
        note: null,
      },
    },
    docker: {
      installed: true,
      version: "24.0.7",
      isPodman: false,
      daemon: {
        state: "running",
        serverVersion: "24.0.7",
        operatingSystem: "Ubuntu 24.04 LTS",
        httpProxy: null,
        httpsProxy: null,
        noProxy: null,
        error: null,
      },
      certsD: [],
    },
    podman: { installed: false, version: null },
    az: { installed: true, version: "2.61.0", cloud: "AzureCloud", acrSuffix: ".azurecr.io" },
    auth: {
      files: [
        {
          client: "docker",
          scope: "current-user",
          path: "~/.docker/config.json",
          state: "present",
          auths: [{ key: LOGIN_SERVER, fields: ["auth"] }],
          credsStore: null,
          credsStoreHelper: null,
          credHelpers: [],
        },
      ],
    },
    notes: [],
    complete: true,
  };
}

/** The document with `change` applied to a deep copy. */
export function withChange(change: (doc: ClientEvidence) => void, base: ClientEvidence = healthyAcr()): ClientEvidence {
  const doc = structuredClone(base);
  change(doc);
  return doc;
}

export function hopOf(doc: ClientEvidence, name: HopEvidence["hop"]): HopEvidence {
  const found = doc.hops.find((candidate) => candidate.hop === name);
  if (!found) throw new Error(`no ${name} hop`);
  return found;
}

// The JSON document the customer-machine script prints (lib/evidence/script.ts), as a zod schema:
// what one run of `bash registry-doctor-evidence.sh` saw from the person's own machine — DNS,
// the proxy route, TCP/TLS and the registry's answers on each hop a pull touches, and the local
// state the server can never see (Docker daemon, CLI versions, the auth files' entry NAMES, az's
// cloud). Versioned: `schema` names the format, and a paste from another version is told apart.
// Isomorphic and pure; the parser (parse.ts), the classifier (classify.ts) and the session store
// validate with it. Nothing here may hold a secret: the script never prints one, and the schema
// has no field that could carry one (auth entries are names and field names, never values).
import * as z from "zod";
import { HOPS } from "@/lib/probe/schema";
import { PROVIDERS } from "@/lib/registry/name";

export const CLIENT_EVIDENCE_SCHEMA_ID = "registry-doctor/client-evidence@1";
/** The script's own version, printed in `script.version`; bump it when the collection changes. */
export const CLIENT_SCRIPT_VERSION = "1.0.0";

/** How the system resolver answered (the same words as the live check's resolver, plus `unresolved`). */
export const DNS_OUTCOMES = ["ok", "nxdomain", "nodata", "servfail", "timeout", "refused", "error", "unresolved"] as const;
export const SYSTEM_RESOLVERS = ["literal", "getent", "dscacheutil", "perl", "none"] as const;
export const CHAIN_TOOLS = ["dig", "nslookup", "perl", "none"] as const;
export const DAEMON_STATES = ["running", "not-running", "permission-denied", "timeout", "error", "not-applicable", "missing-cli"] as const;
export const AUTH_FILE_STATES = ["present", "missing", "unreadable", "invalid"] as const;

// Text and lists from the wild (a header, a certificate's names, an auth file's keys) are cut to
// size rather than refused: a long SAN list must not make a whole paste unreadable. The paste as a
// whole is bounded by parse.ts.
const line = (max = 1000) => z.string().transform((text) => (text.length > max ? `${text.slice(0, max)}…` : text));
const list = <T extends z.ZodType>(item: T, max: number) => z.array(item).transform((items) => items.slice(0, max));
const host = line(255);
const nullableText = (max = 1000) => line(max).nullable();
const seconds = z.number().nonnegative().nullable().describe("seconds, as curl measured it");

export const DnsEvidenceSchema = z.object({
  literal: z.boolean().describe("the host is an IP address: nothing was resolved"),
  resolver: z.enum(SYSTEM_RESOLVERS).describe("how the system resolver was asked (what docker and curl use)"),
  outcome: z.enum(DNS_OUTCOMES).describe("the system resolver's answer; `unresolved` when it found nothing without saying why"),
  addresses: list(line(64), 64).describe("every address the system resolver returned, in order"),
  canonicalName: nullableText(255).describe("the last name of the CNAME chain, as the system resolver reported it"),
  chainTool: z.enum(CHAIN_TOOLS).describe("the tool that showed the CNAME chain"),
  chainStatus: nullableText(40).describe("that tool's answer code: NOERROR, NXDOMAIN, SERVFAIL, REFUSED or timeout"),
  cnames: list(host, 16).describe("the CNAME chain from the host, in order"),
  chainAddresses: list(line(64), 64).describe("addresses the chain tool saw (can differ from the system's: hosts file, split DNS)"),
  ms: z.number().nonnegative().nullable(),
});
export type DnsEvidence = z.infer<typeof DnsEvidenceSchema>;

export const ProxyRouteSchema = z.object({
  variable: line(40).describe("the environment variable curl took the proxy from, e.g. https_proxy"),
  url: line(500).describe("the proxy URL with any user:password removed"),
  credentials: z.boolean().describe("the variable carried user:password (removed here)"),
});
export type ProxyRoute = z.infer<typeof ProxyRouteSchema>;

export const HeadersEvidenceSchema = z.object({
  status: nullableText(200).describe("the final response's status line"),
  names: list(line(100), 100).describe("header names of the final response (values are not kept)"),
  wwwAuthenticate: list(line(2000), 10),
  proxyAuthenticate: list(line(500), 10),
  apiVersion: nullableText(100).describe("Docker-Distribution-Api-Version"),
  contentType: nullableText(200),
  location: nullableText(2000).describe("Location, without its query string (signed URLs stay out)"),
  contentDigest: nullableText(200),
  rateLimitLimit: nullableText(100),
  rateLimitRemaining: nullableText(100),
  rateLimitSource: nullableText(100),
  retryAfter: nullableText(100),
  squidError: nullableText(200).describe("X-Squid-Error, naming what a squid proxy met upstream"),
});
export type HeadersEvidence = z.infer<typeof HeadersEvidenceSchema>;

export const CurlEvidenceSchema = z.object({
  url: line(2000).describe("what was asked, without query secrets"),
  method: z.enum(["GET", "HEAD"]),
  exitCode: z
    .number()
    .int()
    .min(0)
    .max(255)
    .describe("curl's exit code: 0 ok, 6 no such host, 7 cannot connect, 28 timeout, 35/60 TLS, 56 proxy tunnel"),
  error: nullableText(1000).describe("curl's error message, secrets removed"),
  detail: nullableText(200).describe("why the connection failed, from curl's trace: Connection refused, No route to host"),
  connected: z.boolean().describe("curl's trace says the TCP connection (to the proxy, when one is used) was made"),
  httpCode: z.number().int().min(0).max(999).describe("the final HTTP status, 0 when none came"),
  httpConnect: z.number().int().min(0).max(999).describe("the proxy's answer to CONNECT, 0 when no proxy was asked"),
  remoteIp: nullableText(64),
  remotePort: z.number().int().min(0).max(65535).nullable(),
  timings: z.object({
    namelookup: seconds,
    connect: seconds,
    appconnect: seconds,
    pretransfer: seconds,
    starttransfer: seconds,
    total: seconds,
  }),
  sslVerifyResult: z.number().int().nullable().describe("OpenSSL's verify code as curl saw it (0 ok)"),
  proxy: ProxyRouteSchema.nullable().describe("the proxy this request went through, by curl's rules"),
  headers: HeadersEvidenceSchema.nullable(),
  body: nullableText(2000).describe("the start of a non-2xx body, secrets removed (never a token response)"),
});
export type CurlEvidence = z.infer<typeof CurlEvidenceSchema>;

export const TlsEvidenceSchema = z.object({
  tool: z.enum(["openssl", "none"]),
  skipped: nullableText(200).describe("why openssl was not asked (missing, proxy with credentials)"),
  verifyCode: z
    .number()
    .int()
    .nullable()
    .describe("openssl's Verify return code: 0 ok, 10 expired, 18/19 self-signed, 20/21 issuer unknown"),
  verifyText: nullableText(200),
  protocol: nullableText(40),
  chainSent: z.number().int().nonnegative().nullable().describe("how many certificates the server sent"),
  leaf: z
    .object({
      subject: line(500),
      issuer: line(500),
      notBefore: nullableText(60),
      notAfter: nullableText(60),
      sans: list(line(255), 200),
      caIssuers: z.boolean().describe("the leaf names where its issuer can be downloaded (AIA)"),
      expired: z.boolean().nullable(),
      expiresWithin14Days: z.boolean().nullable(),
    })
    .nullable(),
  error: nullableText(500),
});
export type TlsEvidence = z.infer<typeof TlsEvidenceSchema>;

export const HopEvidenceSchema = z.object({
  hop: z.enum(HOPS),
  host,
  port: z.number().int().min(1).max(65535),
  scheme: z.enum(["https", "http"]),
  sameAsApi: z.boolean().describe("the hop is the registry's own host: its connection was the api hop's"),
  known: z.boolean().default(false).describe("a provider's well-known blob host, probed for reachability only"),
  dns: DnsEvidenceSchema.nullable(),
  request: CurlEvidenceSchema.nullable().describe(
    "GET /v2/ on the api hop, the anonymous token GET on the realm hop, the blob GET on the blob hop",
  ),
  direct: CurlEvidenceSchema.nullable().describe("the same request with every proxy bypassed (only when a proxy applies)"),
  tls: TlsEvidenceSchema.nullable(),
  skipped: nullableText(200).describe("why the hop was not probed"),
});
export type HopEvidence = z.infer<typeof HopEvidenceSchema>;

export const AuthFileSchema = z.object({
  client: z.enum(["docker", "podman"]),
  scope: z.enum(["current-user", "sudo-user", "root", "env"]).describe("whose file: root's is what `sudo docker` reads"),
  path: line(500),
  state: z.enum(AUTH_FILE_STATES),
  auths: list(
    z.object({ key: line(500), fields: list(line(100), 20).describe("field NAMES in the entry, e.g. auth, identitytoken") }),
    200,
  ).describe("the `auths` entries: keys as stored (a login is found only under the exact key the client asks for)"),
  credsStore: nullableText(100),
  credsStoreHelper: z.boolean().nullable().describe("docker-credential-<credsStore> is on PATH"),
  credHelpers: list(z.object({ host: line(500), helper: line(100) }), 200),
});
export type AuthFile = z.infer<typeof AuthFileSchema>;

export const ClientEvidenceSchema = z.object({
  schema: z.literal(CLIENT_EVIDENCE_SCHEMA_ID).describe("the document's format and version"),
  script: z.object({
    version: line(40),
    generatedAt: line(40),
    startedAt: nullableText(40),
    finishedAt: nullableText(40),
    timeoutSeconds: z.number().int().positive(),
    caFile: z.boolean().describe("--cacert was given: TLS was judged against that CA instead of the system's"),
  }),
  target: z.object({
    input: line(512),
    host,
    port: z.number().int().min(1).max(65535),
    scheme: z.enum(["https", "http"]),
    loginServer: line(300),
    repository: nullableText(255),
    reference: nullableText(200),
    platform: line(60),
    provider: z.enum(PROVIDERS),
    authKeys: z.object({ docker: line(300), podman: line(300) }).describe("the keys docker and podman look a login up under"),
  }),
  machine: z.object({
    os: line(60),
    release: line(200),
    arch: line(60),
    wsl: z.boolean(),
    cloudShell: z.boolean(),
    isRoot: z.boolean(),
    sudo: z.boolean().describe("run through sudo (SUDO_USER set)"),
    bash: line(60),
  }),
  tools: z.object({
    curl: nullableText(200).describe("curl's version line, null when missing"),
    openssl: nullableText(200),
    getent: z.boolean(),
    dig: z.boolean(),
    nslookup: z.boolean(),
    perl: z.boolean(),
    timeout: z.boolean(),
    containerd: z.boolean().default(false).describe("crictl, ctr or nerdctl is installed: a Kubernetes node or containerd host"),
  }),
  env: z.object({
    proxy: z.record(z.string().max(20), line(500)).describe("proxy variables that are set, user:password removed"),
    proxyCredentials: list(line(20), 10).describe("names of proxy variables that carried user:password"),
    dockerCommand: nullableText(200).describe("DOCKER_COMMAND (az acr login uses it to pick podman)"),
    dockerHost: nullableText(300),
    dockerConfig: nullableText(500),
    caVariables: list(line(40), 10).describe("names of CA-bundle variables set in the shell (docker's daemon does not read them)"),
  }),
  hops: z.array(HopEvidenceSchema).min(1).max(6),
  registry: z.object({
    challenge: z
      .object({ scheme: nullableText(40), realm: nullableText(2000), service: nullableText(300), raw: list(line(2000), 10) })
      .nullable()
      .describe("GET /v2/'s WWW-Authenticate, as the script read it"),
    token: z
      .object({
        scope: nullableText(300),
        gotToken: z.boolean().describe("an anonymous token came back (the token itself is never printed)"),
        errors: list(line(100), 10),
      })
      .nullable(),
    manifest: z
      .object({
        authorization: z.enum(["anonymous-token", "none"]),
        request: CurlEvidenceSchema,
        errors: list(line(100), 10),
        tagList: z.object({ status: z.number().int(), errors: list(line(100), 10) }).nullable(),
      })
      .nullable(),
    blob: z
      .object({
        digest: nullableText(200).describe("the config blob's digest, from the manifest"),
        request: CurlEvidenceSchema.nullable().describe("GET of its first byte from the registry (a 3xx names the blob host)"),
        redirectHost: nullableText(255),
        platforms: list(line(60), 50).nullable().describe("what an image index offers when it has nothing for the platform asked for"),
        note: nullableText(300),
      })
      .nullable(),
  }),
  docker: z.object({
    installed: z.boolean(),
    version: nullableText(60),
    isPodman: z.boolean().describe("`docker` is podman's emulation"),
    daemon: z.object({
      state: z.enum(DAEMON_STATES),
      serverVersion: nullableText(60),
      operatingSystem: nullableText(200),
      httpProxy: nullableText(500),
      httpsProxy: nullableText(500),
      noProxy: nullableText(2000),
      error: nullableText(500),
    }),
    certsD: list(line(500), 50).describe("files in /etc/docker/certs.d/<login server>/ and the like (names only)"),
  }),
  podman: z.object({ installed: z.boolean(), version: nullableText(60) }),
  az: z.object({
    installed: z.boolean(),
    version: nullableText(60),
    cloud: nullableText(60).describe("az cloud show: the active cloud's name"),
    acrSuffix: nullableText(60).describe("that cloud's ACR login-server suffix, e.g. .azurecr.io"),
  }),
  auth: z.object({ files: z.array(AuthFileSchema).max(10) }),
  notes: list(line(300), 50).describe(
    "what the script could not do, as keys: curl-missing, openssl-missing, no-dns-tool, az-version-unknown",
  ),
  complete: z.literal(true).describe("the last field: present only when the whole document was printed"),
});
export type ClientEvidence = z.infer<typeof ClientEvidenceSchema>;

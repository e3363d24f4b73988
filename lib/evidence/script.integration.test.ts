// The evidence script FOR REAL: each case writes the generated script to a temp file, runs it with
// bash in a controlled environment (HOME with a fake ~/.docker/config.json holding a base64 auth
// VALUE and a credsStore, PATH with the real curl and openssl, proxy variables where the case
// wants them) against the live-check harness's servers on loopback, and feeds what it printed
// through parseEvidence → classifyEvidence. Every run is also checked for secrets: the auth value,
// the proxy password, a signed URL's signature and any token must never appear in its output.
// Registries are addressed by IP literal, so no DNS query leaves the machine; the DNS cases use
// stand-in getent/dig/curl and never touch the network at all.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  RegistryClient,
  SIGNED_URL_SECRET,
  createTestPki,
  makeTempDir,
  pushTestImages,
  startDataHost,
  startRedirectFront,
  startRefused,
  startRegistry,
  startSilent,
  startSquid,
  startTokenServer,
  type Stoppable,
  type TestPki,
} from "@/lib/probe/testing";
import type { Report } from "@/lib/probe/schema";
import { classifyEvidence } from "./classify";
import { parseEvidence } from "./parse";
import { generateScript } from "./script";
import type { ClientEvidence } from "./schema";

const SECRET_USER_PASS = "deploy-bot:S3cretRegistryPass";
const SECRET_AUTH = Buffer.from(SECRET_USER_PASS).toString("base64");
const PROXY_PASSWORD = "proxy-S3cret-pw";
const FORBIDDEN = [SECRET_AUTH, "S3cretRegistryPass", PROXY_PASSWORD, SIGNED_URL_SECRET, "eyJ"];

let pki: TestPki;
const fixtures: Stoppable[] = [];
const temp = makeTempDir("evidence");
let fakeBin: string;
let toolBin: string;
let defaultHome: string;
const servers: Record<string, { authority: string; port: number; url?: string }> = {};

function write(path: string, text: string, mode = 0o644): string {
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, text, { mode });
  return path;
}

/** A HOME whose ~/.docker/config.json holds these `auths` keys (each with the secret auth value) and a credsStore. */
function homeWith(name: string, keys: string[]): string {
  const home = join(temp.dir, `home-${name}`);
  const auths = Object.fromEntries(keys.map((key) => [key, { auth: SECRET_AUTH, email: "ops@example.com" }]));
  write(
    join(home, ".docker", "config.json"),
    JSON.stringify({ auths, credsStore: "desktop", credHelpers: { "myreg.azurecr.io": "acr-env" } }, null, 2),
  );
  return home;
}

// Stand-ins for the tools a real machine has and this one does not: docker (running, old, or its
// daemon down), podman, az (too old for podman), and for the DNS cases getent, dig and curl.
const FAKE_DOCKER = `#!/bin/sh
case "$1" in
  --version) [ "$FAKE_DOCKER" = old ] && echo "Docker version 17.09.1-ce, build 19e2cf6" || echo "Docker version 24.0.7, build afdd53b" ;;
  info)
    printf 'Client:\\n Context:    default\\n Debug Mode: false\\n\\nServer:\\n'
    if [ "$FAKE_DOCKER" = down ]; then echo "ERROR: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?" >&2; exit 1; fi
    printf ' Containers: 0\\n Server Version: 24.0.7\\n Operating System: Debian GNU/Linux 12 (bookworm)\\n Registry: https://index.docker.io/v1/\\n' ;;
  *) exit 1 ;;
esac
`;
const FAKE_PODMAN = `#!/bin/sh
[ "$1" = --version ] && echo "podman version 4.3.1"
`;
const FAKE_AZ = `#!/bin/sh
case "$1" in
  version) printf '{\\n  "azure-cli": "2.50.0",\\n  "azure-cli-core": "2.50.0",\\n  "extensions": {}\\n}\\n' ;;
  cloud) printf 'AzureCloud\\n.azurecr.io\\n' ;;
esac
`;
const FAKE_GETENT = `#!/bin/sh
[ "$1" = ahosts ] || exit 2
case "$FAKE_DNS" in
  public) printf '20.62.128.1     STREAM eus.fe.azcr.io\\n20.62.128.1     DGRAM  \\n20.62.128.1     RAW    \\n' ;;
  private) printf '10.1.2.3        STREAM myreg.privatelink.azurecr.io\\n10.1.2.3        DGRAM  \\n' ;;
  *) exit 2 ;;
esac
`;
const FAKE_DIG = `#!/bin/sh
echo "; <<>> DiG 9.18.28-1~deb12u2-Debian <<>> +time=2 +tries=1 myreg.azurecr.io A"
echo ";; global options: +cmd"
echo ";; Got answer:"
echo ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 4242"
echo ";; flags: qr rd ra; QUERY: 1, ANSWER: 3, AUTHORITY: 0, ADDITIONAL: 1"
echo ""
echo ";; ANSWER SECTION:"
echo "myreg.azurecr.io.	60	IN	CNAME	myreg.privatelink.azurecr.io."
if [ "$FAKE_DNS" = public ]; then
  echo "myreg.privatelink.azurecr.io. 60 IN	CNAME	eus.fe.azcr.io."
  echo "eus.fe.azcr.io.		60	IN	A	20.62.128.1"
else
  echo "myreg.privatelink.azurecr.io. 10 IN	A	10.1.2.3"
fi
`;
// Answers like curl would: the firewall's 403 from ACR's public endpoint, or a connect timeout.
const FAKE_CURL = `#!/bin/sh
headers=/dev/null; body=/dev/null
while [ $# -gt 0 ]; do
  case "$1" in
    --version) echo "curl 8.5.0 (x86_64-pc-linux-gnu) stand-in"; exit 0 ;;
    -D) headers=$2; shift ;;
    -o) body=$2; shift ;;
  esac
  shift
done
cat >/dev/null
if [ "$FAKE_DNS" = public ]; then
  printf 'HTTP/1.1 403 Forbidden\\r\\nContent-Type: application/json; charset=utf-8\\r\\nDocker-Distribution-Api-Version: registry/2.0\\r\\n\\r\\n' >"$headers"
  printf '%s' '{"errors":[{"code":"DENIED","message":"client with IP '"'"'198.51.100.23'"'"' is not allowed access. Refer https://aka.ms/acr/firewall to grant access."}]}' >"$body"
  echo "* Connected to myreg.azurecr.io (20.62.128.1) port 443 (#0)" >&2
  printf '403|000|20.62.128.1|443|0.004|0.020|0.050|0.050|0.080|0.080|0'
  exit 0
fi
echo "*   Trying 10.1.2.3:443..." >&2
echo "curl: (28) Connection timed out after 1001 milliseconds" >&2
printf '000|000||0|0.004|0.000000|0.000000|0.000000|0.000000|1.001|0'
exit 28
`;

interface Run {
  stdout: string;
  stderr: string;
  code: number | null;
  ms: number;
  doc: ClientEvidence;
  report: Report;
}

interface RunOptions {
  registry: string;
  repository?: string;
  args?: string[];
  env?: Record<string, string>;
  home?: string;
  /** PATH for the script; default: the stand-in docker, then the system's curl and openssl. */
  path?: string;
}

/** Writes the generated script to a file, runs it with bash, checks it leaked nothing, and classifies its output. */
async function runScript(name: string, options: RunOptions): Promise<Run> {
  const file = write(
    join(temp.dir, `${name}.sh`),
    generateScript({ registry: options.registry, repository: options.repository, now: new Date("2026-01-20T10:00:00Z") }),
  );
  const env = {
    NODE_ENV: "test" as const,
    HOME: options.home ?? defaultHome,
    PATH: options.path ?? `${fakeBin}:/usr/bin:/bin`,
    LANG: "C",
    FAKE_DOCKER: "ok",
    ...options.env,
  };
  const started = Date.now();
  const { stdout, stderr, code } = await new Promise<{ stdout: string; stderr: string; code: number | null }>((resolve, reject) => {
    const child = spawn("/bin/bash", [file, "--timeout", "1", ...(options.args ?? [])], { env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString("utf8")));
    const guard = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.once("error", reject);
    child.once("close", (exitCode) => {
      clearTimeout(guard);
      resolve({ stdout: out, stderr: err, code: exitCode });
    });
  });
  const ms = Date.now() - started;
  for (const secret of FORBIDDEN) {
    if (stdout.includes(secret) || stderr.includes(secret))
      throw new Error(`${name}: the script printed a secret (${secret.slice(0, 6)}…)`);
  }
  if (code !== 0) throw new Error(`${name}: the script exited ${code}\n${stderr}`);
  const parsed = parseEvidence(`$ bash ${name}.sh\n${stderr}\n${stdout}`);
  if (!parsed.ok) throw new Error(`${name}: ${parsed.error.message}\n${stdout}\n${stderr}`);
  return { stdout, stderr, code, ms, doc: parsed.document, report: classifyEvidence(parsed.document) };
}

const causes = (run: Run) => run.report.findings.map((finding) => finding.causeId);
const status = (run: Run, hop: string, id: string) => run.report.steps.find((step) => step.hop === hop && step.id === id)?.status;

beforeAll(async () => {
  pki = await createTestPki();
  fakeBin = join(temp.dir, "fake-bin");
  write(join(fakeBin, "docker"), FAKE_DOCKER, 0o755);
  defaultHome = homeWith("default", ["other.example.com", "https://index.docker.io/v1/"]);
  // A PATH for the DNS cases: the shell tools, stand-ins for getent, dig and curl, no openssl.
  toolBin = join(temp.dir, "tool-bin");
  mkdirSync(toolBin, { recursive: true });
  for (const tool of [
    "sed",
    "awk",
    "tr",
    "head",
    "tail",
    "cat",
    "date",
    "uname",
    "grep",
    "cut",
    "id",
    "dirname",
    "basename",
    "sleep",
    "mktemp",
    "rm",
    "timeout",
    "sh",
    "bash",
  ]) {
    const source = [`/usr/bin/${tool}`, `/bin/${tool}`].find((candidate) => existsSync(candidate));
    if (source) symlinkSync(source, join(toolBin, tool));
  }
  for (const [tool, text] of Object.entries({ getent: FAKE_GETENT, dig: FAKE_DIG, curl: FAKE_CURL, docker: FAKE_DOCKER }))
    write(join(toolBin, tool), text, 0o755);

  const start = async <T extends Stoppable>(fixture: Promise<T>): Promise<T> => {
    const handle = await fixture;
    fixtures.push(handle);
    return handle;
  };
  const [refused, silent, basic, open, squidAuth, tokens, deadData] = await Promise.all([
    start(startRefused()),
    start(startSilent()),
    start(startRegistry({ tls: pki.valid, ca: pki.caCert, auth: { kind: "htpasswd", users: { alice: "alice-pw" } } })),
    start(startRegistry({ tls: pki.valid, ca: pki.caCert })),
    start(startSquid({ mode: { kind: "auth", users: { bob: PROXY_PASSWORD } } })),
    start(startTokenServer({ service: "registry.test", issuer: "evidence-test", signing: pki.tokenSigning, grants: [] })),
    start(startRefused()),
  ]);
  const images = await pushTestImages(new RegistryClient({ url: open.url, ca: pki.caCert }));
  const dataHost = await start(startDataHost({ blobs: images.blobs, tls: pki.valid, requireSignature: SIGNED_URL_SECRET }));
  const [squidDeny, bearer, toData, toNowhere] = await Promise.all([
    // squid's deny shape refuses CONNECT to the registry's port.
    start(startSquid({ mode: { kind: "deny", ports: [basic.port] } })),
    start(
      startRegistry({
        auth: { kind: "token", realm: tokens.realm, service: "registry.test", issuer: "evidence-test", rootCertBundle: pki.caFile },
      }),
    ),
    start(startRedirectFront({ upstream: open.url, upstreamCa: pki.caCert, tls: pki.valid, redirect: { to: dataHost.url, signed: true } })),
    start(
      startRedirectFront({
        upstream: open.url,
        upstreamCa: pki.caCert,
        tls: pki.valid,
        redirect: { to: `https://127.0.0.1:${deadData.port}` },
      }),
    ),
  ]);
  Object.assign(servers, {
    refused: { authority: `127.0.0.1:${refused.port}`, port: refused.port },
    silent: { authority: `127.0.0.1:${silent.port}`, port: silent.port },
    basic,
    open,
    bearer: { authority: `http://${bearer.authority}`, port: bearer.port },
    squidAuth: { authority: "", port: squidAuth.port, url: squidAuth.url },
    squidDeny: { authority: "", port: squidDeny.port, url: squidDeny.url },
    toData: { authority: `127.0.0.1:${toData.port}`, port: toData.port },
    toNowhere: { authority: `127.0.0.1:${toNowhere.port}`, port: toNowhere.port },
  });
}, 60_000);

afterAll(async () => {
  await Promise.all(fixtures.map((fixture) => fixture.stop()));
  await pki?.stop();
  temp.remove();
});

const server = (name: string) => servers[name] as { authority: string; port: number; url?: string };

describe.concurrent("the generated script, run for real, diagnoses", { timeout: 30_000 }, () => {
  it("a refused port: network-connection-refused", async () => {
    const run = await runScript("refused", { registry: server("refused").authority, repository: "team/app" });
    expect(run.code).toBe(0);
    expect(causes(run)[0]).toBe("network-connection-refused");
    expect(run.doc.hops[0]?.request?.detail).toBe("Connection refused");
    expect(run.report.vantage.kind).toBe("client-script");
  });

  it("a silent listener: network-timeout, within the script's own limit", async () => {
    const run = await runScript("silent", { registry: server("silent").authority, repository: "team/app" });
    expect(causes(run)[0]).toBe("network-timeout");
    expect(status(run, "api", "tls")).toBe("fail");
    expect(run.ms).toBeLessThan(8_000);
  });

  it("a registry whose CA this machine does not trust: tls-untrusted-certificate", async () => {
    const run = await runScript("untrusted", { registry: server("basic").authority, repository: "team/app" });
    expect(causes(run)[0]).toBe("tls-untrusted-certificate");
    expect(run.doc.hops[0]?.tls).toMatchObject({
      tool: "openssl",
      chainSent: 1,
      leaf: { issuer: expect.stringContaining("Registry Doctor Test Root CA") },
    });
  });

  it("an anonymous-refusing registry and no login for it: credentials-required, auth file read for names only", async () => {
    const run = await runScript("basic", { registry: server("basic").authority, repository: "team/app", args: ["--cacert", pki.caFile] });
    expect(causes(run)[0]).toBe("credentials-required");
    expect(status(run, "api", "tls")).toBe("pass");
    expect(run.doc.auth.files[0]).toMatchObject({
      client: "docker",
      path: "~/.docker/config.json",
      state: "present",
      auths: [
        { key: "other.example.com", fields: ["auth", "email"] },
        { key: "https://index.docker.io/v1/", fields: ["auth", "email"] },
      ],
      credsStore: "desktop",
      credsStoreHelper: false,
      credHelpers: [{ host: "myreg.azurecr.io", helper: "acr-env" }],
    });
    expect(run.stdout).not.toContain("ops@example.com");
  });

  it("a login stored under https://host: a possible key mismatch, not a missing login", async () => {
    const home = homeWith("scheme", [`https://${server("basic").authority}`]);
    const run = await runScript("scheme-key", { registry: server("basic").authority, args: ["--cacert", pki.caFile], home });
    expect(causes(run)).toEqual(["credential-key-mismatch"]);
    expect(run.report.findings[0]?.confidence).toBe("possible");
    expect(run.report.verdict).toBe("inconclusive");
  });

  it("a proxy that wants credentials: proxy-auth-required", async () => {
    const run = await runScript("proxy-auth", {
      registry: server("basic").authority,
      args: ["--cacert", pki.caFile],
      env: { HTTPS_PROXY: server("squidAuth").url ?? "" },
    });
    expect(causes(run)[0]).toBe("proxy-auth-required");
    expect(run.doc.hops[0]?.request).toMatchObject({
      httpConnect: 407,
      headers: { squidError: expect.stringContaining("ERR_CACHE_ACCESS_DENIED") },
    });
    expect(run.doc.hops[0]?.direct?.httpCode).toBe(401);
  });

  it("the same proxy with user:password in HTTPS_PROXY: through it, the password never printed", async () => {
    const proxy = `http://bob:${PROXY_PASSWORD}@127.0.0.1:${server("squidAuth").port}`;
    const run = await runScript("proxy-auth-ok", {
      registry: server("basic").authority,
      args: ["--cacert", pki.caFile],
      env: { HTTPS_PROXY: proxy },
    });
    expect(status(run, "api", "proxy")).toBe("pass");
    expect(causes(run)[0]).toBe("credentials-required");
    expect(run.doc.env).toMatchObject({
      proxy: { HTTPS_PROXY: `http://127.0.0.1:${server("squidAuth").port}` },
      proxyCredentials: ["HTTPS_PROXY"],
    });
  });

  it("a proxy that denies the tunnel: proxy-refused", async () => {
    const run = await runScript("proxy-deny", {
      registry: server("basic").authority,
      args: ["--cacert", pki.caFile],
      env: { https_proxy: server("squidDeny").url ?? "" },
    });
    expect(causes(run)[0]).toBe("proxy-refused");
    expect(run.doc.hops[0]?.request?.httpConnect).toBe(403);
  });

  it("NO_PROXY exempting the registry: curl goes direct, and the report has no proxy step", async () => {
    const run = await runScript("no-proxy", {
      registry: `${server("open").authority}/team/app:1.0`,
      args: ["--cacert", pki.caFile],
      env: { HTTPS_PROXY: server("squidDeny").url ?? "", NO_PROXY: "localhost,127.0.0.1" },
    });
    expect(run.report.findings, JSON.stringify(run.report.steps.filter((step) => step.status !== "pass"))).toEqual([]);
    expect(run.report.verdict).toBe("healthy");
    expect(status(run, "api", "proxy")).toBeUndefined();
    expect(run.doc.hops[0]?.request?.proxy).toBeNull();
    expect(run.doc.env.proxy).toMatchObject({ NO_PROXY: "localhost,127.0.0.1" });
  });

  it("a healthy anonymous registry: every step passes, nothing found", async () => {
    const run = await runScript("healthy", { registry: `${server("open").authority}/team/app:1.0`, args: ["--cacert", pki.caFile] });
    expect(run.report.verdict).toBe("healthy");
    expect(run.report.findings).toEqual([]);
    expect(run.report.steps.filter((step) => step.status !== "pass").map((step) => `${step.hop}:${step.id}:${step.status}`)).toEqual([
      "api:token:skip",
    ]);
    expect(run.doc.docker).toMatchObject({ installed: true, version: "24.0.7", daemon: { state: "running", serverVersion: "24.0.7" } });
  });

  it("an image index without the platform: platform-not-available", async () => {
    const run = await runScript("multi", { registry: `${server("open").authority}/team/multi:1.0`, args: ["--cacert", pki.caFile] });
    expect(causes(run)).toEqual(["platform-not-available"]);
    expect(run.doc.registry.blob?.platforms).toEqual(["linux/arm64/v8"]);
  });

  it("a Bearer registry that issues anonymous tokens granting nothing: credentials-required at the manifest, the token never printed", async () => {
    const run = await runScript("bearer", { registry: `${server("bearer").authority}/team/app:1.0` });
    expect(status(run, "realm", "token")).toBe("pass");
    expect(status(run, "api", "manifest")).toBe("fail");
    expect(causes(run)[0]).toBe("credentials-required");
    expect(run.doc.registry.token).toMatchObject({ gotToken: true, scope: "repository:team/app:pull" });
    expect(run.report.warnings.map((warning) => warning.key)).toContain("realm.plain-http");
  });

  it("a blob redirected to a data host with a signed URL: the blob hop passes, the signature stays out", async () => {
    const run = await runScript("data-host", { registry: `${server("toData").authority}/team/app:1.0`, args: ["--cacert", pki.caFile] });
    expect(run.report.verdict).toBe("healthy");
    expect(status(run, "blob", "blob")).toBe("pass");
    expect(run.doc.registry.blob?.redirectHost).toBe("127.0.0.1");
  });

  it("a blob redirected to a data host that refuses connections: data-endpoint-unreachable", async () => {
    const run = await runScript("data-dead", { registry: `${server("toNowhere").authority}/team/app:1.0`, args: ["--cacert", pki.caFile] });
    expect(causes(run)[0]).toBe("data-endpoint-unreachable");
    expect(status(run, "blob", "tcp")).toBe("fail");
  });
});

describe.concurrent("this machine's own state, read by the script", { timeout: 30_000 }, () => {
  const healthy = () => `${server("open").authority}/team/app:1.0`;

  it("an old Docker client: docker-client-too-old", async () => {
    const run = await runScript("docker-old", { registry: healthy(), args: ["--cacert", pki.caFile], env: { FAKE_DOCKER: "old" } });
    expect(causes(run)).toEqual(["docker-client-too-old"]);
  });

  it("a Docker daemon that is not running: docker-daemon-not-running", async () => {
    const run = await runScript("docker-down", { registry: healthy(), args: ["--cacert", pki.caFile], env: { FAKE_DOCKER: "down" } });
    expect(causes(run)).toEqual(["docker-daemon-not-running"]);
    expect(run.doc.docker.daemon.state).toBe("not-running");
  });

  it("az older than 2.59.0 with DOCKER_COMMAND=podman: azure-cli-too-old", async () => {
    const bin = join(temp.dir, "podman-bin");
    write(join(bin, "podman"), FAKE_PODMAN, 0o755);
    write(join(bin, "az"), FAKE_AZ, 0o755);
    const run = await runScript("az-old", {
      registry: healthy(),
      args: ["--cacert", pki.caFile],
      env: { DOCKER_COMMAND: "podman" },
      path: `${bin}:/usr/bin:/bin`,
    });
    expect(causes(run)).toEqual(["azure-cli-too-old"]);
    expect(run.doc.az).toMatchObject({ installed: true, version: "2.50.0", cloud: "AzureCloud", acrSuffix: ".azurecr.io" });
    expect(run.doc.podman).toEqual({ installed: true, version: "4.3.1" });
  });

  it("an ACR name through privatelink that resolves to a public address, refused by the firewall: private-dns-zone-not-linked", async () => {
    const run = await runScript("zone-not-linked", {
      registry: "myreg.azurecr.io/team/app:1.0",
      path: toolBin,
      env: { FAKE_DNS: "public" },
    });
    expect(causes(run)).toEqual(["private-dns-zone-not-linked", "registry-ip-denied"]);
    expect(run.doc.hops[0]?.dns).toMatchObject({
      resolver: "getent",
      addresses: ["20.62.128.1"],
      chainTool: "dig",
      cnames: ["myreg.privatelink.azurecr.io", "eus.fe.azcr.io"],
    });
    expect(run.report.vantage.seenAs).toBe("198.51.100.23");
  });

  it("an ACR name that resolves to its private endpoint and times out: private-endpoint-no-route", async () => {
    const run = await runScript("no-route", { registry: "myreg.azurecr.io/team/app:1.0", path: toolBin, env: { FAKE_DNS: "private" } });
    expect(causes(run)).toEqual(["private-endpoint-no-route", "network-timeout"]);
    expect(run.doc.tools).toMatchObject({ openssl: null, dig: true, getent: true });
  });
});

describe("a paste of real output", { timeout: 30_000 }, () => {
  it("cut in half gets the cut-off message; whole, it reads", async () => {
    const run = await runScript("paste", { registry: server("refused").authority });
    const half = run.stdout.slice(0, Math.floor(run.stdout.length / 2));
    const result = parseEvidence(half);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/^The output is cut off after "[a-zA-Z]+"; paste all of it/);
    expect(parseEvidence(run.stdout.replace(/\n/g, "\r\n")).ok).toBe(true);
  });
});

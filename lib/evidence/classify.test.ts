// The classifier on hand-written documents: each finding only the customer's machine can show,
// the live check's cause mappings read from curl's and openssl's words, the order of findings,
// and the side-by-side view with a server report.
import { describe, expect, it } from "vitest";
import { ReportSchema, type Report, type StepResult } from "@/lib/probe/schema";
import { classifyEvidence, compareVantages, findLogin, keyDifferences, olderThan, readCurl } from "./classify";
import { ClientEvidenceSchema, type ClientEvidence } from "./schema";
import {
  ACR_FIREWALL_BODY,
  DATA_HOST,
  LOGIN_SERVER,
  answered,
  failed,
  healthyAcr,
  hopOf,
  notResolved,
  resolved,
  withChange,
} from "./test-documents";

const causes = (doc: ClientEvidence) => classifyEvidence(ClientEvidenceSchema.parse(doc)).findings.map((finding) => finding.causeId);
const first = (doc: ClientEvidence) => causes(doc)[0];
const stepOf = (report: Report, hop: string, id: string) => report.steps.find((step) => step.hop === hop && step.id === id);

const API_URL = `https://${LOGIN_SERVER}:443/v2/`;

describe("a healthy machine", () => {
  it("is a valid client-script report: every hop's steps pass and nothing is found", () => {
    const report = classifyEvidence(healthyAcr());
    expect(ReportSchema.parse(report)).toEqual(report);
    expect(report.vantage).toMatchObject({ kind: "client-script", version: "1.0.0", name: "your machine (Linux, x86_64)" });
    expect(report.verdict).toBe("healthy");
    expect(report.findings).toEqual([]);
    expect(report.steps.filter((step) => step.status === "fail")).toEqual([]);
    expect(report.steps.map((step) => `${step.hop}:${step.id}:${step.status}`)).toEqual([
      "api:parse:pass",
      "api:dns:pass",
      "api:tcp:pass",
      "api:tls:pass",
      "api:api:pass",
      "realm:dns:skip",
      "realm:tcp:skip",
      "realm:tls:skip",
      "realm:token:pass",
      "api:manifest:pass",
      "blob:dns:pass",
      "blob:tcp:pass",
      "blob:tls:pass",
      "blob:blob:pass",
    ]);
    expect(report.provider).toBe("acr");
  });

  it("labels WSL and Cloud Shell in the vantage name", () => {
    const report = classifyEvidence(withChange((doc) => void (doc.machine.wsl = true)));
    expect(report.vantage.name).toBe("your machine (Linux, x86_64, WSL)");
  });
});

describe("findings only the customer's machine can show", () => {
  it("docker-daemon-not-running: Docker installed, daemon down", () => {
    const doc = withChange((d) => {
      d.docker.daemon = {
        ...d.docker.daemon,
        state: "not-running",
        serverVersion: null,
        error: "Cannot connect to the Docker daemon at unix:///var/run/docker.sock.",
      };
    });
    const report = classifyEvidence(doc);
    expect(report.findings[0]).toMatchObject({ causeId: "docker-daemon-not-running", confidence: "certain" });
    expect(report.verdict).toBe("problem");
  });

  it("docker-daemon-not-running: neither docker nor podman installed (only possible on a containerd host)", () => {
    const none = withChange((d) => {
      d.docker = { ...d.docker, installed: false, version: null, daemon: { ...d.docker.daemon, state: "missing-cli" } };
    });
    expect(classifyEvidence(none).findings[0]).toMatchObject({ causeId: "docker-daemon-not-running", confidence: "likely" });
    expect(classifyEvidence(withChange((d) => void (d.tools.containerd = true), none)).findings[0]).toMatchObject({
      confidence: "possible",
    });
    // podman instead of docker is not a missing daemon.
    expect(causes(withChange((d) => void (d.podman = { installed: true, version: "4.9.3" }), none))).toEqual([]);
  });

  it("cloud-shell-no-daemon instead of a plain daemon finding in Azure Cloud Shell", () => {
    const doc = withChange((d) => {
      d.machine.cloudShell = true;
      d.docker.daemon.state = "not-running";
    });
    expect(causes(doc)).toEqual(["cloud-shell-no-daemon"]);
  });

  it("docker-client-too-old below 18.03, and not for 18.03 or podman's emulation", () => {
    expect(first(withChange((d) => void (d.docker.version = "17.09.1-ce")))).toBe("docker-client-too-old");
    expect(first(withChange((d) => void (d.docker.version = "1.13.1")))).toBe("docker-client-too-old");
    expect(causes(withChange((d) => void (d.docker.version = "18.03.0-ce")))).toEqual([]);
    expect(
      causes(
        withChange(
          (d) =>
            void Object.assign(d.docker, { version: "4.3.1", isPodman: true, daemon: { ...d.docker.daemon, state: "not-applicable" } }),
        ),
      ),
    ).toEqual([]);
  });

  it("azure-cli-too-old: az below 2.59.0 with DOCKER_COMMAND=podman only", () => {
    const podman = (version: string, command = "podman") =>
      withChange((d) => {
        d.az.version = version;
        d.env.dockerCommand = command;
        d.podman = { installed: true, version: "4.9.3" };
      });
    expect(first(podman("2.50.0"))).toBe("azure-cli-too-old");
    expect(first(podman("2.58.1", "/usr/bin/podman"))).toBe("azure-cli-too-old");
    expect(causes(podman("2.59.0"))).toEqual([]);
    expect(causes(withChange((d) => void (d.az.version = "2.50.0")))).toEqual([]);
  });

  it("azure-cloud-mismatch: az's cloud serves another ACR suffix", () => {
    const doc = withChange((d) => Object.assign(d.az, { cloud: "AzureChinaCloud", acrSuffix: ".azurecr.cn" }));
    const report = classifyEvidence(doc);
    expect(report.findings.map((f) => f.causeId)).toEqual(["azure-cloud-mismatch"]);
    expect(report.findings[0]?.summary).toContain("AzureChinaCloud");
  });

  it("docker-proxy-not-configured: the shell's proxy works, the daemon has none, and without it the registry is unreachable", () => {
    const viaProxy = withChange((d) => {
      const api = hopOf(d, "api");
      api.request = {
        ...(api.request as NonNullable<typeof api.request>),
        proxy: { variable: "HTTPS_PROXY", url: "http://proxy.corp:3128", credentials: true },
        httpConnect: 200,
      };
      api.direct = failed(API_URL, 28, "Connection timed out after 4001 milliseconds");
      d.env.proxy = { HTTPS_PROXY: "http://proxy.corp:3128" };
    });
    const report = classifyEvidence(viaProxy);
    expect(report.findings[0]).toMatchObject({ causeId: "docker-proxy-not-configured", confidence: "certain" });
    expect(stepOf(report, "api", "proxy")?.status).toBe("pass");
    // The daemon has its own proxy: nothing to find.
    expect(causes(withChange((d) => void (d.docker.daemon.httpsProxy = "http://proxy.corp:3128"), viaProxy))).toEqual([]);
    // Direct works too: only worth knowing.
    const directOk = withChange((d) => void (hopOf(d, "api").direct = answered(API_URL, 401)), viaProxy);
    expect(causes(directOk)).toEqual([]);
    expect(classifyEvidence(directOk).warnings.map((w) => w.key)).toContain("proxy.daemon-none-direct-ok");
  });

  it("private-dns-zone-not-linked: the name runs through privatelink but lands on a public address, and the registry refuses it", () => {
    const doc = withChange((d) => {
      const api = hopOf(d, "api");
      api.dns = resolved(["20.62.128.1"], ["myreg.privatelink.azurecr.io", "eus.fe.azcr.io"]);
      api.request = answered(API_URL, 403, { contentType: "application/json" }, { body: ACR_FIREWALL_BODY });
    });
    const report = classifyEvidence(doc);
    expect(report.findings.map((f) => f.causeId)).toEqual(["private-dns-zone-not-linked", "registry-ip-denied"]);
    expect(report.vantage.seenAs).toBe("203.0.113.9");
    // Through privatelink to a private address: the right state, worth knowing only.
    const linked = withChange((d) => void (hopOf(d, "api").dns = resolved(["10.1.2.3"], ["myreg.privatelink.azurecr.io"])));
    expect(causes(linked)).toEqual([]);
    expect(classifyEvidence(linked).warnings.map((w) => w.key)).toContain("dns.privatelink");
  });

  it("private-endpoint-no-route: a private address and a TCP timeout", () => {
    const doc = withChange((d) => {
      const api = hopOf(d, "api");
      api.dns = resolved(["10.1.2.3"], ["myreg.privatelink.azurecr.io"]);
      api.request = failed(API_URL, 28, "Connection timed out after 8002 milliseconds");
      api.tls = null;
    });
    const report = classifyEvidence(doc);
    expect(report.findings.map((f) => [f.causeId, f.confidence])).toEqual([
      ["private-endpoint-no-route", "certain"],
      ["network-timeout", "certain"],
    ]);
    expect(stepOf(report, "api", "tcp")?.status).toBe("fail");
    expect(stepOf(report, "api", "dns")?.evidence).toMatchObject({ addresses: [{ address: "10.1.2.3", class: "private" }] });
  });
});

describe("logins: credentials-required and credential-key-mismatch", () => {
  const anonymousRefused = (change: (doc: ClientEvidence) => void = () => undefined) =>
    withChange((d) => {
      hopOf(d, "realm").request = answered(
        `https://${LOGIN_SERVER}/oauth2/token`,
        401,
        {},
        { body: '{"errors":[{"code":"UNAUTHORIZED"}]}' },
      );
      d.registry.token = { scope: "repository:team/app:pull", gotToken: false, errors: ["UNAUTHORIZED"] };
      d.registry.manifest = null;
      d.registry.blob = null;
      d.hops = d.hops.filter((h) => h.hop !== "blob");
      change(d);
    });

  it("credentials-required when anonymous is refused and no entry names the host", () => {
    const doc = anonymousRefused(
      (d) => void ((d.auth.files[0] as ClientEvidence["auth"]["files"][number]).auths = [{ key: "other.example.com", fields: ["auth"] }]),
    );
    const report = classifyEvidence(doc);
    expect(report.findings.map((f) => f.causeId)).toEqual(["credentials-required", "repository-not-found"]);
    expect(stepOf(report, "realm", "token")?.status).toBe("fail");
    expect(stepOf(report, "api", "manifest")?.status).toBe("skip");
  });

  it("a login stored under the exact key: the step warns, nothing is found, the verdict is inconclusive", () => {
    const report = classifyEvidence(anonymousRefused());
    expect(report.findings).toEqual([]);
    expect(stepOf(report, "realm", "token")?.status).toBe("warn");
    expect(report.verdict).toBe("inconclusive");
    expect(report.warnings.map((w) => w.key)).toContain("credentials.untested");
  });

  it("a credential helper for the host counts as a login", () => {
    const doc = anonymousRefused((d) => {
      const file = d.auth.files[0] as ClientEvidence["auth"]["files"][number];
      file.auths = [];
      file.credHelpers = [{ host: LOGIN_SERVER, helper: "acr-env" }];
    });
    expect(causes(doc)).toEqual([]);
  });

  it.each([
    ["MyReg.azurecr.io", ["case"]],
    [`${LOGIN_SERVER}:443`, ["port-443"]],
  ])("credential-key-mismatch leads when the login is under %s", (key, differences) => {
    const doc = anonymousRefused(
      (d) => void ((d.auth.files[0] as ClientEvidence["auth"]["files"][number]).auths = [{ key, fields: ["auth"] }]),
    );
    const report = classifyEvidence(doc);
    expect(report.findings.map((f) => f.causeId)).toEqual(["credential-key-mismatch", "credentials-required", "repository-not-found"]);
    expect(report.findings[0]?.confidence).toBe("likely");
    expect(findLogin(doc)).toMatchObject({ kind: "near", key, differences });
  });

  it("a scheme docker forgives (https://host) is a possible mismatch, not a missing login", () => {
    const doc = anonymousRefused(
      (d) =>
        void ((d.auth.files[0] as ClientEvidence["auth"]["files"][number]).auths = [{ key: `https://${LOGIN_SERVER}`, fields: ["auth"] }]),
    );
    const report = classifyEvidence(doc);
    expect(report.findings.map((f) => [f.causeId, f.confidence])).toEqual([["credential-key-mismatch", "possible"]]);
    expect(stepOf(report, "realm", "token")?.status).toBe("warn");
  });

  it("Docker Hub: docker wants https://index.docker.io/v1/, podman wants docker.io", () => {
    const hub = (key: string, client: "docker" | "podman") =>
      withChange((d) => {
        d.target = {
          ...d.target,
          host: "registry-1.docker.io",
          loginServer: "registry-1.docker.io",
          provider: "dockerhub",
          authKeys: { docker: "https://index.docker.io/v1/", podman: "docker.io" },
        };
        const file = d.auth.files[0] as ClientEvidence["auth"]["files"][number];
        file.client = client;
        file.auths = [{ key, fields: ["auth"] }];
      });
    expect(findLogin(hub("docker.io", "docker"))).toMatchObject({
      kind: "near",
      differences: expect.arrayContaining(["docker-hub-alias"]),
    });
    expect(findLogin(hub("https://index.docker.io/v1/", "docker")).kind).toBe("exact");
    expect(findLogin(hub("docker.io", "podman")).kind).toBe("exact");
    expect(findLogin(hub("https://index.docker.io/v1/", "podman")).kind).toBe("tolerated");
  });

  it("keyDifferences names what differs, and nothing for another registry", () => {
    expect(keyDifferences("myreg.azurecr.io", "myreg.azurecr.io")).toEqual([]);
    expect(keyDifferences("https://myreg.azurecr.io/", "myreg.azurecr.io")).toEqual(["scheme", "path"]);
    expect(keyDifferences("other.azurecr.io", "myreg.azurecr.io")).toBeUndefined();
  });
});

describe("the live check's cause mappings, read from curl and openssl", () => {
  const tlsFailure = (error: string, tls: Partial<NonNullable<ReturnType<typeof hopOf>["tls"]>> = {}, exitCode = 60) =>
    withChange((d) => {
      const api = hopOf(d, "api");
      api.request = failed(API_URL, exitCode, error, {
        connected: true,
        timings: { namelookup: 0.004, connect: 0.02, appconnect: 0, pretransfer: 0, starttransfer: 0, total: 0.03 },
      });
      api.tls = { ...(api.tls as NonNullable<typeof api.tls>), ...tls };
    });

  it.each([
    ["SSL certificate problem: self-signed certificate", {}, "tls-untrusted-certificate"],
    [
      "SSL certificate problem: unable to get local issuer certificate",
      { verifyCode: 20, chainSent: 2, leaf: null },
      "tls-untrusted-certificate",
    ],
    ["SSL certificate problem: certificate has expired", {}, "tls-certificate-expired"],
    ["SSL: no alternative certificate subject name matches target host name 'myreg.azurecr.io'", {}, "tls-hostname-mismatch"],
  ])("curl 60 %s → %s", (error, tls, cause) => {
    expect(first(tlsFailure(error, tls as never))).toBe(cause);
  });

  it("a leaf that names its issuer's URL, sent alone, is an incomplete chain (as the live check decides)", () => {
    const doc = tlsFailure("SSL certificate problem: unable to verify the first certificate", { verifyCode: 21, chainSent: 1 });
    expect(first(doc)).toBe("tls-incomplete-chain");
  });

  it("plain HTTP on the HTTPS port is a handshake failure", () => {
    expect(first(tlsFailure("error:0A00010B:SSL routines::wrong version number", {}, 35))).toBe("tls-handshake-failed");
  });

  it.each([
    [{ exitCode: 56, httpConnect: 407, error: "CONNECT tunnel failed, response 407" }, "proxy-auth-required"],
    [{ exitCode: 56, httpConnect: 403, error: "CONNECT tunnel failed, response 403" }, "proxy-refused"],
    [{ exitCode: 56, httpConnect: 0, error: "Proxy CONNECT aborted", connected: true }, "proxy-refused"],
    [{ exitCode: 56, httpConnect: 503, error: "CONNECT tunnel failed, response 503" }, "network-timeout"],
    [
      { exitCode: 7, httpConnect: 0, error: "Failed to connect to proxy.corp port 3128 after 2 ms: Couldn't connect to server" },
      "proxy-unreachable",
    ],
    [{ exitCode: 5, httpConnect: 0, error: "Could not resolve proxy: proxy.corp" }, "proxy-unreachable"],
  ])("through a proxy: %o → %s", (request, cause) => {
    const doc = withChange((d) => {
      hopOf(d, "api").request = failed(API_URL, request.exitCode, request.error, {
        ...request,
        proxy: { variable: "https_proxy", url: "http://proxy.corp:3128", credentials: false },
      });
    });
    expect(first(doc)).toBe(cause);
  });

  it("refused, unreachable and timed-out connections", () => {
    const tcp = (request: ReturnType<typeof failed>) => first(withChange((d) => void (hopOf(d, "api").request = request)));
    expect(tcp(failed(API_URL, 7, "Failed to connect … Couldn't connect to server", { detail: "Connection refused" }))).toBe(
      "network-connection-refused",
    );
    expect(tcp(failed(API_URL, 7, "Failed to connect … Couldn't connect to server", { detail: "No route to host" }))).toBe(
      "network-timeout",
    );
    expect(tcp(failed(API_URL, 28, "Connection timed out after 8001 milliseconds"))).toBe("network-timeout");
    expect(readCurl(failed(API_URL, 28, "SSL connection timeout", { connected: true }), "https")).toMatchObject({
      failedAt: "tls",
      tls: "timeout",
    });
  });

  it("DNS: no such name, and a realm that does not resolve is the realm's fault", () => {
    expect(first(withChange((d) => void (hopOf(d, "api").dns = notResolved("nxdomain"))))).toBe("dns-name-not-found");
    expect(first(withChange((d) => void (hopOf(d, "api").dns = notResolved("servfail"))))).toBe("dns-resolver-failed");
    const realmElsewhere = withChange((d) => {
      const realm = hopOf(d, "realm");
      Object.assign(realm, { host: "auth.example.com", sameAsApi: false, dns: notResolved("nxdomain"), request: null });
      d.registry.challenge = { scheme: "bearer", realm: "https://auth.example.com/token", service: LOGIN_SERVER, raw: [] };
      hopOf(d, "api").request = answered(API_URL, 401, {
        wwwAuthenticate: [`Bearer realm="https://auth.example.com/token",service="${LOGIN_SERVER}"`],
      });
    });
    // As the live check names it: the hop's cause first, the realm's misconfiguration beside it.
    expect(causes(realmElsewhere).slice(0, 2)).toEqual(["auth-endpoint-unreachable", "token-realm-misconfigured"]);
  });

  it("a token service that refuses connections is auth-endpoint-unreachable first", () => {
    const doc = withChange((d) => {
      const realm = hopOf(d, "realm");
      Object.assign(realm, {
        host: "auth.example.com",
        sameAsApi: false,
        request: failed("https://auth.example.com/token", 7, "Couldn't connect to server", { detail: "Connection refused" }),
      });
      hopOf(d, "api").request = answered(API_URL, 401, {
        wwwAuthenticate: [`Bearer realm="https://auth.example.com/token",service="${LOGIN_SERVER}"`],
      });
    });
    const report = classifyEvidence(doc);
    expect(report.findings.slice(0, 2).map((f) => [f.causeId, f.confidence])).toEqual([
      ["auth-endpoint-unreachable", "certain"],
      ["network-connection-refused", "likely"],
    ]);
  });

  it("a data endpoint that times out is data-endpoint-unreachable", () => {
    const doc = withChange(
      (d) =>
        void (hopOf(d, "blob").request = failed(
          `https://${DATA_HOST}/myreg/blobs/sha256:abc`,
          28,
          "Connection timed out after 8001 milliseconds",
        )),
    );
    expect(first(doc)).toBe("data-endpoint-unreachable");
  });

  it("the registry's answers: 429, 5xx, an HTML page, a missing tag or repository, a platform the index lacks", () => {
    const api = (request: ReturnType<typeof answered>) => first(withChange((d) => void (hopOf(d, "api").request = request)));
    expect(api(answered(API_URL, 429))).toBe("rate-limited");
    expect(api(answered(API_URL, 503, {}, { body: '{"errors":[{"code":"UNAVAILABLE"}]}' }))).toBe("registry-server-error");
    expect(api(answered(API_URL, 404, { contentType: "text/html" }, { body: "<!doctype html><title>Not found</title>" }))).toBe(
      "not-a-registry",
    );
    const manifest = (status: number, errors: string[], tagList: { status: number; errors: string[] } | null) =>
      causes(
        withChange((d) => {
          const m = d.registry.manifest as NonNullable<ClientEvidence["registry"]["manifest"]>;
          m.request = answered(m.request.url, status, {}, { method: "HEAD" });
          m.errors = errors;
          m.tagList = tagList;
        }),
      );
    expect(manifest(404, ["MANIFEST_UNKNOWN"], { status: 200, errors: [] })).toEqual(["tag-not-found"]);
    expect(manifest(404, ["NAME_UNKNOWN"], { status: 404, errors: ["NAME_UNKNOWN"] })).toEqual(["repository-not-found"]);
    const noPlatform = withChange((d) => {
      d.registry.blob = {
        digest: null,
        request: null,
        redirectHost: null,
        platforms: ["linux/arm64/v8"],
        note: "the image index has no linux/amd64 manifest",
      };
      d.hops = d.hops.filter((h) => h.hop !== "blob");
    });
    expect(causes(noPlatform)).toEqual(["platform-not-available"]);
  });
});

describe("version floors", () => {
  it("compares dotted versions numerically and never calls an unknown version old", () => {
    expect(olderThan("17.12.1-ce", [18, 3])).toBe(true);
    expect(olderThan("18.03.1-ce", [18, 3])).toBe(false);
    expect(olderThan("20.10.7", [18, 3])).toBe(false);
    expect(olderThan("2.9.1", [2, 59, 0])).toBe(true);
    expect(olderThan("2.100.0", [2, 59, 0])).toBe(false);
    expect(olderThan(null, [18, 3])).toBe(false);
    expect(olderThan("unknown", [18, 3])).toBe(false);
  });
});

describe("compareVantages", () => {
  const step = (hop: StepResult["hop"], id: StepResult["id"], status: StepResult["status"], key = `step.${id}.x`): StepResult => ({
    hop,
    host: LOGIN_SERVER,
    id,
    status,
    ms: 1,
    summary: "",
    message: { key, params: {} },
    evidence: {},
  });
  const report = (steps: StepResult[], kind: "server" | "client-script" = "server"): Report => ({
    target: { host: LOGIN_SERVER, port: 443, scheme: "https", platform: "linux/amd64" },
    provider: "acr",
    steps,
    findings: [],
    warnings: [],
    verdict: "healthy",
    vantage: { kind, name: kind, version: "1" },
  });

  it("says a firewall or proxy on the customer's side when the server gets through and the machine does not", () => {
    const server = report([step("api", "dns", "pass"), step("api", "tcp", "pass"), step("api", "api", "pass")]);
    const client = report([step("api", "dns", "pass"), step("api", "tcp", "fail"), step("api", "api", "skip")], "client-script");
    const rows = compareVantages(server, client);
    expect(rows.map((row) => [row.hop, row.step, row.server, row.client])).toEqual([
      ["api", "dns", "pass", "pass"],
      ["api", "tcp", "pass", "fail"],
      ["api", "api", "pass", "skip"],
    ]);
    expect(rows[1]?.note).toBe("Reachable from the server, blocked from your machine: a firewall or proxy on your side.");
    expect(rows[0]?.note).toBe("Works from both.");
  });

  it("explains a private address the server will not reach and the machine does", () => {
    const server = report([step("api", "dns", "fail", "step.dns.refused-by-guard")]);
    const client = report([step("api", "dns", "pass")], "client-script");
    expect(compareVantages(server, client)[0]?.note).toMatch(/private address/);
  });

  it("works without a server report", () => {
    const rows = compareVantages(undefined, classifyEvidence(healthyAcr()));
    expect(rows.every((row) => row.server === "not-run")).toBe(true);
    expect(rows.find((row) => row.hop === "blob" && row.step === "blob")?.client).toBe("pass");
  });
});

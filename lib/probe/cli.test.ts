// The CLI as a person runs it: `node scripts/probe.mjs <registry> [options]` in a child process,
// against real servers on loopback (a TLS registry with htpasswd, the harness DNS server, a closed
// port). Exit codes 0/1/2/3, `--json` against ReportSchema, the password only ever on stdin and
// never in the output, and the human step list with timings.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ReportSchema } from "./schema";
import {
  RegistryClient,
  basicAuth,
  createTestPki,
  pushTestImages,
  startDnsServer,
  startRefused,
  startRegistry,
  type DnsServerHandle,
  type ListenerHandle,
  type RegistryHandle,
  type TestPki,
} from "./testing";

vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const USER = { username: "cli-user", password: "Cli-Pa55word-5e1f!" };
const WRONG_PASSWORD = "Cli-Wrong-Pa55-0a9b!";

let pki: TestPki;
let registry: RegistryHandle;
let dns: DnsServerHandle;
let refused: ListenerHandle;

beforeAll(async () => {
  pki = await createTestPki();
  [registry, dns, refused] = await Promise.all([
    startRegistry({ tls: pki.valid, ca: pki.caCert, auth: { kind: "htpasswd", users: { [USER.username]: USER.password } } }),
    startDnsServer({ "private.registry.test": { a: ["10.1.2.3"] } }),
    startRefused(),
  ]);
  await pushTestImages(new RegistryClient({ url: registry.url, ...USER, ca: pki.caCert }));
});

afterAll(async () => {
  await Promise.all([registry?.stop(), dns?.stop(), refused?.stop()]);
  await pki?.stop();
});

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with only the environment it needs (no proxy variables from the shell). */
function probe(args: string[], { input, env = {} }: { input?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["scripts/probe.mjs", ...args], {
      cwd: ROOT,
      stdio: ["pipe", "pipe", "pipe"],
      env: {
        NODE_ENV: "production",
        PATH: process.env.PATH ?? "/usr/bin:/bin",
        HOME: process.env.HOME ?? "/tmp",
        NO_COLOR: "1",
        PROBE_ALLOW_NETWORKS: "127.0.0.0/8",
        PROBE_CA_FILE: pki.caFile,
        PROBE_TIMEOUT_MS: "3000",
        ...env,
      },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    // A hung CLI is a failure, not a hung test run: stop our own child by its PID.
    const timer = setTimeout(() => child.kill("SIGKILL"), 25_000);
    child.once("error", reject);
    child.once("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.on("error", () => {});
    child.stdin.end(input ?? "");
  });
}

function expectNoPassword(run: CliRun, ...passwords: string[]): void {
  for (const password of passwords) {
    for (const text of [run.stdout, run.stderr]) {
      expect(text).not.toContain(password);
      expect(text).not.toContain(basicAuth(USER.username, password).slice("Basic ".length));
    }
  }
}

describe("node scripts/probe.mjs", () => {
  it("exit 0 when healthy; --password-stdin reads the password from stdin; the human output lists steps with timings", async () => {
    const run = await probe([registry.authority, "--repo", "team/app", "--tag", "1.0", "--username", USER.username, "--password-stdin"], {
      input: `${USER.password}\n`,
    });
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.split("\n");
    for (const id of ["parse", "dns", "tcp", "tls", "api", "token", "manifest", "blob"]) {
      expect(
        lines.some((line) => new RegExp(`^✓ api\\s+${id}\\s+\\d+ ms  \\S`).test(line)),
        `${id} in\n${run.stdout}`,
      ).toBe(true);
    }
    expect(run.stdout).toMatch(/Verdict: healthy/);
    expect(run.stdout).toMatch(/trusted through PROBE_CA_FILE/);
    expectNoPassword(run, USER.password);
  });

  it("--json prints one report that ReportSchema accepts", async () => {
    const run = await probe(
      [`${registry.authority}/team/multi:1.0`, "--platform", "linux/arm64/v8", "--json", "--username", USER.username, "--password-stdin"],
      {
        input: USER.password,
      },
    );
    expect(run.code, run.stderr).toBe(0);
    const report = ReportSchema.parse(JSON.parse(run.stdout));
    expect(report.verdict).toBe("healthy");
    expect(report.target).toMatchObject({ repository: "team/multi", reference: "1.0", platform: "linux/arm64/v8" });
    expect(report.steps.find((s) => s.id === "blob")?.status).toBe("pass");
    expectNoPassword(run, USER.password);
  });

  it("exit 1 on a problem: a closed port", async () => {
    const run = await probe([`127.0.0.1:${refused.port}`, "--json"]);
    expect(run.code, run.stderr).toBe(1);
    const report = ReportSchema.parse(JSON.parse(run.stdout));
    expect(report.verdict).toBe("problem");
    expect(report.findings[0]?.causeId).toBe("network-connection-refused");
  });

  it("exit 1 on rejected credentials, and the wrong password is not echoed either", async () => {
    const run = await probe([registry.authority, "--repo", "team/app", "--username", USER.username, "--password-stdin"], {
      input: `${WRONG_PASSWORD}\n`,
    });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toMatch(/^✗ api\s+token\s+\d+ ms/m);
    expect(run.stdout).toMatch(/credentials-invalid \[certain\]/);
    expect(run.stdout).toContain("/diagnosis/credentials-invalid");
    expectNoPassword(run, WRONG_PASSWORD);
  });

  it("exit 3 when inconclusive: the name answers a private address", async () => {
    const run = await probe(["private.registry.test:5000", "--json"], { env: { PROBE_DNS_SERVERS: dns.server } });
    expect(run.code, run.stderr).toBe(3);
    const report = ReportSchema.parse(JSON.parse(run.stdout));
    expect(report.verdict).toBe("inconclusive");
    expect(report.findings[0]?.causeId).toBe("dns-private-address");
  });

  describe("exit 2 on bad input", () => {
    it("no registry", async () => {
      const run = await probe([]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/Name the registry/);
      expect(run.stdout).toBe("");
    });

    it("--password is refused (a password on the command line ends up in shell history), and not echoed", async () => {
      const run = await probe([registry.authority, "--username", USER.username, "--password", USER.password]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/--password is not accepted.*--password-stdin/);
      expectNoPassword(run, USER.password);
    });

    it("a --repo that disagrees with the image reference, named by its flag", async () => {
      const run = await probe([`${registry.authority}/team/app:1.0`, "--repo", "other/thing"]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^--repo: disagrees/m);
    });

    it("a username without --password-stdin", async () => {
      const run = await probe([registry.authority, "--username", USER.username]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/password/);
    });

    it("a misconfigured environment, every problem listed", async () => {
      const run = await probe([registry.authority], { env: { PROBE_TIMEOUT_MS: "fast", PROBE_ALLOW_NETWORKS: "127.0.0.0/33" } });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/PROBE_TIMEOUT_MS/);
      expect(run.stderr).toMatch(/PROBE_ALLOW_NETWORKS/);
    });
  });
});

// The script generator: values go in shell-quoted, bad input gets field-by-field sentences, and
// the script itself keeps its promises — valid bash, no eval, every network command bounded.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ScriptInputError, generateScript, planScript, shellQuote } from "./script";

const NOW = new Date("2026-01-20T10:00:00.123Z");
const value = (script: string, name: string) => new RegExp(`^${name}=(.*)$`, "m").exec(script)?.[1];

describe("generateScript", () => {
  it("fills in the registry, repository and the keys each client looks a login up under", () => {
    const script = generateScript({ registry: "MyReg.azurecr.io/team/app:1.2", now: NOW });
    expect(script.startsWith("#!/usr/bin/env bash\n")).toBe(true);
    expect(value(script, "RD_HOST")).toBe("'myreg.azurecr.io'");
    expect(value(script, "RD_REPOSITORY")).toBe("'team/app'");
    expect(value(script, "RD_REFERENCE")).toBe("'1.2'");
    expect(value(script, "RD_PROVIDER")).toBe("'acr'");
    expect(value(script, "RD_DOCKER_KEY")).toBe("'myreg.azurecr.io'");
    expect(value(script, "RD_GENERATED_AT")).toBe("'2026-01-20T10:00:00Z'");
    expect(value(script, "RD_KNOWN_BLOB_HOST")).toBe("''");
  });

  it("knows Docker Hub's login key and blob host", () => {
    const script = generateScript({ registry: "nginx", now: NOW });
    expect(value(script, "RD_HOST")).toBe("'registry-1.docker.io'");
    expect(value(script, "RD_REPOSITORY")).toBe("'library/nginx'");
    expect(value(script, "RD_DOCKER_KEY")).toBe("'https://index.docker.io/v1/'");
    expect(value(script, "RD_PODMAN_KEY")).toBe("'docker.io'");
    expect(value(script, "RD_KNOWN_BLOB_HOST")).toBe("'production.cloudflare.docker.com'");
  });

  it("takes a repository and tag given separately, and a plain-HTTP registry", () => {
    const script = generateScript({ registry: "http://127.0.0.1:5000", repository: "team/app", reference: "sha256:" + "a".repeat(64) });
    expect(value(script, "RD_SCHEME")).toBe("'http'");
    expect(value(script, "RD_PORT")).toBe("'5000'");
    expect(value(script, "RD_REFERENCE")).toBe(`'sha256:${"a".repeat(64)}'`);
  });

  it("refuses input that names no registry, field by field", () => {
    expect(() => generateScript({ registry: "my registry" })).toThrow(ScriptInputError);
    const plan = planScript({ registry: "user:pass@myreg.azurecr.io" });
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.problems[0]).toMatchObject({ field: "registry", message: expect.stringMatching(/user name and password/) });
    const repo = planScript({ registry: "myreg.azurecr.io", repository: "Team/App" });
    expect(repo.ok ? undefined : repo.problems[0]?.field).toBe("repository");
  });

  it("names the download after the host", () => {
    const plan = planScript({ registry: "myreg.azurecr.io" });
    expect(plan.ok && plan.fileName).toBe("registry-doctor-evidence-myreg.azurecr.io.sh");
  });
});

describe("the script", () => {
  const script = generateScript({ registry: "myreg.azurecr.io/team/app:1.0", now: NOW });
  const body = script.slice(script.indexOf("# Everything below is the same for every registry"));

  it("is valid bash", () => {
    const check = spawnSync("bash", ["-n"], { input: script, encoding: "utf8" });
    expect(check.stderr).toBe("");
    expect(check.status).toBe(0);
  });

  it("never evals, and bounds every network command", () => {
    expect(body).not.toMatch(/\beval\b/);
    // curl runs in two places only: the probe wrapper (with both limits) and the version read.
    const curlCalls = body.split("\n").filter((line) => /(^|[|;&(]\s*)curl /.test(line.trim()) || /\| curl /.test(line));
    expect(curlCalls).toHaveLength(1);
    expect(body).toMatch(/--connect-timeout "\$RD_TIMEOUT" --max-time "\$RD_MAX_TIME"/);
    for (const tool of [
      "openssl s_client",
      "getent ahosts",
      "dig +time",
      `nslookup "$host"`,
      "docker info",
      "az version",
      "az cloud show",
      "dscacheutil -q",
    ]) {
      const line = body.split("\n").find((candidate) => candidate.includes(tool));
      expect(line, tool).toMatch(/run_limited/);
    }
  });

  it("prints the document last, as one JSON object, and exits 0", () => {
    expect(body).toMatch(/printf '"complete":true}\\n'/);
    expect(body.trimEnd().endsWith("exit 0")).toBe(true);
  });

  it("answers --help and refuses unknown options without running anything", () => {
    const help = spawnSync("bash", ["-s", "--", "--help"], {
      input: script,
      encoding: "utf8",
      env: { NODE_ENV: "test", PATH: "/usr/bin:/bin", HOME: "/nonexistent" },
    });
    expect(help.status).toBe(0);
    expect(help.stdout).toBe("");
    expect(help.stderr).toMatch(/--timeout SECONDS/);
    const bad = spawnSync("bash", ["-s", "--", "--timeout", "soon"], {
      input: script,
      encoding: "utf8",
      env: { NODE_ENV: "test", PATH: "/usr/bin:/bin", HOME: "/nonexistent" },
    });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe("");
  });
});

describe("shellQuote", () => {
  it("single-quotes, with embedded quotes closed and reopened", () => {
    expect(shellQuote("a'b")).toBe(`'a'\\''b'`);
    const echoed = spawnSync("bash", ["-c", `printf %s ${shellQuote("$(id) `x` 'q' \\n")}`], { encoding: "utf8" });
    expect(echoed.stdout).toBe("$(id) `x` 'q' \\n");
  });

  it("refuses control characters", () => {
    expect(() => shellQuote("a\nb")).toThrow(ScriptInputError);
  });
});

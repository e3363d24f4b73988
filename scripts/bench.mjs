#!/usr/bin/env node
// `npm run bench`: how long the live check takes against a real TLS + htpasswd registry on
// loopback, compared with skopeo and with curl making the same requests. Each contender runs as
// a whole process, the contenders alternate, and each gets the median of BENCH_ROUNDS (default 11):
//   (a) route   — one `curl` POST to /api/probe of the running app (`next start`)
//   (b) cli     — `node scripts/probe.mjs … --json` (the CLI, bundled once)
//   (c) skopeo  — `skopeo inspect` of the same image, verifying TLS with the test CA
//   (d) curl    — curl processes making the same requests: GET /v2/, HEAD manifest with Basic
//                 (the check's credential test), GET manifest, Range GET of the config blob
// Then the floors measured in the same run (each process's bare start-up; the CPU one check costs
// the app, the registry and curl), 50 concurrent checks through the route (p50/p95, errors, the
// server's peak memory), and a silent target with PROBE_TIMEOUT_MS=1000 through the route and the
// CLI (elapsed vs the budget).
// The goals are reported, not asserted; the exit code is non-zero only when a run failed (a
// measurement of a failing check means nothing) or the bench itself could not run.
// Figures go to .test-output/bench.json. Every process started here is stopped by its PID.
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import net from "node:net";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ensureBuild, ensureNodeModules, root } from "./lib.mjs";

const ROUNDS = Math.max(1, Number.parseInt(process.env.BENCH_ROUNDS ?? "11", 10) || 11);
const CONCURRENCY = 50;
const SILENT_TIMEOUT_MS = 1000;
const SILENT_RUNS = 3;
const USER = { username: "alice", password: "s3cret-alice" };
const REPOSITORY = "team/app";
const TAG = "1.0";
const MANIFEST_ACCEPT = [
  "application/vnd.oci.image.index.v1+json",
  "application/vnd.docker.distribution.manifest.list.v2+json",
  "application/vnd.oci.image.manifest.v1+json",
  "application/vnd.docker.distribution.manifest.v2+json",
].join(", ");
const CURL = "/usr/bin/curl";
const SKOPEO = "/usr/bin/skopeo";
const NODE = process.execPath;
const NEXT_BIN = join(root, "node_modules", "next", "dist", "bin", "next");
const CACHE_DIR = join(root, "node_modules", ".cache", "registry-doctor");
const CLI_STAMP = join(CACHE_DIR, "probe-cli.stamp");

// --- cleanup: everything started here, stopped by its PID -------------------------------------

const cleanups = [];
let cleaning;
function cleanup() {
  cleaning ??= (async () => {
    for (const stop of cleanups.splice(0).reverse()) {
      try {
        await stop();
      } catch (error) {
        console.error(`cleanup: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  })();
  return cleaning;
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping what the bench started…`);
    void cleanup().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  });
}

// --- small helpers -----------------------------------------------------------------------------

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const elapsedMs = (start) => Number(process.hrtime.bigint() - start) / 1e6;

function quantile(values, q) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest rank: the smallest value with at least q of the samples at or below it.
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
function median(values) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
const round1 = (n) => (Number.isFinite(n) ? Math.round(n * 10) / 10 : null);
const fmt = (n, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : "—");

/** The environment for contender processes: ours, minus proxy variables (all traffic is loopback). */
function cleanEnv(extra = {}) {
  const env = { ...process.env, NO_COLOR: "1", ...extra };
  for (const name of ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy", "NO_PROXY", "no_proxy"])
    delete env[name];
  return env;
}

/** Runs one process to completion, timing it as a whole (spawn to exit and closed pipes). */
function runTimed(command, args, { input, env = cleanEnv(), cwd = root, timeoutMs = 60_000 } = {}) {
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, { cwd, env, stdio: ["pipe", "pipe", "pipe"] });
    const out = [];
    const err = [];
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.stderr.on("data", (chunk) => err.push(chunk));
    const timer = setTimeout(() => {
      try {
        process.kill(child.pid, "SIGKILL");
      } catch {
        // Gone already.
      }
    }, timeoutMs);
    let spawnError;
    child.once("error", (error) => (spawnError = error));
    child.once("close", (code, signal) => {
      const ms = elapsedMs(start);
      clearTimeout(timer);
      resolve({
        ms,
        code: spawnError ? -1 : code,
        signal,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: spawnError ? spawnError.message : Buffer.concat(err).toString("utf8"),
      });
    });
    child.stdin.on("error", () => {});
    child.stdin.end(input ?? "");
  });
}

// --- the harness, bundled like scripts/probe.mjs bundles the CLI -------------------------------

function newestUnder(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestUnder(path));
    else if (entry.name.endsWith(".ts") || entry.name.endsWith(".json")) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

async function loadHarness() {
  const bundle = join(CACHE_DIR, "harness.mjs");
  const stampFile = join(CACHE_DIR, "harness.stamp");
  const stamp = String(Math.max(newestUnder(join(root, "lib", "probe", "testing")), statSync(join(root, "package.json")).mtimeMs));
  if (!existsSync(bundle) || !existsSync(stampFile) || readFileSync(stampFile, "utf8") !== stamp) {
    const { build } = await import("esbuild");
    mkdirSync(CACHE_DIR, { recursive: true });
    await build({
      entryPoints: [join(root, "lib", "probe", "testing", "index.ts")],
      outfile: bundle,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      packages: "external",
      alias: { "@": root, "server-only": join(root, "node_modules", "server-only", "empty.js") },
      logLevel: "error",
    });
    writeFileSync(stampFile, stamp);
  }
  return import(pathToFileURL(bundle).href);
}

// --- the app server -----------------------------------------------------------------------------

async function freeLoopbackPort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function readStatus(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (name) => {
      const match = new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(text);
      return match ? Number(match[1]) : undefined;
    };
    return { rssKb: kb("VmRSS"), hwmKb: kb("VmHWM") };
  } catch {
    return {};
  }
}

/** Linux's clock ticks per second (the unit of /proc/<pid>/stat's CPU times); 100 on every common kernel. */
const CLOCK_TICKS = 100;

/**
 * CPU time in ms from /proc/<pid>/stat: the process's own (user + system) and, separately, that of
 * its children already waited for (how the bench accounts for the curl processes it ran).
 */
function readCpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after "(comm) ": state is [0], utime [11], stime [12], cutime [13], cstime [14].
    const fields = stat
      .slice(stat.lastIndexOf(")") + 2)
      .split(" ")
      .map(Number);
    return { ownMs: ((fields[11] + fields[12]) * 1000) / CLOCK_TICKS, childrenMs: ((fields[13] + fields[14]) * 1000) / CLOCK_TICKS };
  } catch {
    return { ownMs: Number.NaN, childrenMs: Number.NaN };
  }
}

/** Node processes under `pid` (in case `next start` ever forks its server). */
function childPids(pid) {
  const found = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) found.push(Number(entry), ...childPids(Number(entry)));
    } catch {
      // Gone meanwhile.
    }
  }
  return found;
}

async function startApp(label, env) {
  const port = await freeLoopbackPort();
  const child = spawn(NODE, [NEXT_BIN, "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: cleanEnv({ NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...env }),
  });
  let log = "";
  const keep = (chunk) => (log = (log + chunk.toString("utf8")).slice(-16_384));
  // The app logs one line per check with its own duration (lib/probe/service.ts): `… ms=NN`.
  const checkMs = [];
  let partial = "";
  child.stdout.on("data", (chunk) => {
    keep(chunk);
    const lines = (partial + chunk.toString("utf8")).split("\n");
    partial = lines.pop() ?? "";
    for (const text of lines) {
      const match = /^live-check .* ms=(\d+)\s*$/.exec(text);
      if (match) checkMs.push(Number(match[1]));
    }
  });
  child.stderr.on("data", keep);
  let exited = false;
  const exitPromise = new Promise((resolve) => child.once("exit", () => resolve((exited = true))));
  const pid = child.pid;
  const stop = async () => {
    if (exited) return;
    try {
      process.kill(pid, "SIGTERM");
    } catch {
      // Gone already.
    }
    await Promise.race([exitPromise, sleep(3000)]);
    if (!exited) {
      try {
        process.kill(-pid, "SIGKILL"); // its own process group, created by `detached`
      } catch {
        // Gone already.
      }
      await Promise.race([exitPromise, sleep(2000)]);
    }
    child.stdout.destroy();
    child.stderr.destroy();
  };
  cleanups.push(stop);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`${label}: next start exited:\n${log}`);
    try {
      const response = await fetch(`${url}/api/probe`, { method: "GET", signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      break; // any HTTP answer (405 for GET) means the server is up
    } catch {
      if (Date.now() > deadline) throw new Error(`${label}: next start did not answer on ${url} within 60 s:\n${log}`);
      await sleep(100);
    }
  }
  return { url, port, pid, stop, log: () => log, checkMs };
}

// --- contenders ---------------------------------------------------------------------------------

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * One `curl` POST of a JSON body (on stdin) to the app's /api/probe, as a whole process; the
 * status code follows the body on its own line (see splitStatus).
 */
function postToRoute(app, body, { maxTimeSeconds = 60 } = {}) {
  return runTimed(
    CURL,
    [
      "-sS",
      "--max-time",
      String(maxTimeSeconds),
      "-X",
      "POST",
      "-H",
      "content-type: application/json",
      "--data-binary",
      "@-",
      "-w",
      "\n%{http_code}",
      `${app.url}/api/probe`,
    ],
    { input: body, timeoutMs: (maxTimeSeconds + 10) * 1000 },
  );
}

/** Splits curl's `-w '\n%{http_code}'` off the body. */
function splitStatus(stdout) {
  const cut = stdout.lastIndexOf("\n");
  return { body: stdout.slice(0, cut), status: Number(stdout.slice(cut + 1)) };
}

function reportProblem(report) {
  if (!report || typeof report !== "object") return "no JSON report";
  if (report.verdict !== "healthy") {
    const failed = (report.steps ?? []).filter((s) => s.status === "fail").map((s) => `${s.id}: ${s.summary}`);
    return `verdict ${report.verdict}${failed.length ? ` (${failed.join("; ")})` : ""}`;
  }
  return undefined;
}

function makeContenders(ctx) {
  const { app, registry, pki, certDir, images } = ctx;
  const target = `${registry.authority}`;
  const routeBody = JSON.stringify({ registry: target, repository: REPOSITORY, reference: TAG, ...USER });
  const cliEnv = cleanEnv({ PROBE_ALLOW_NETWORKS: "127.0.0.0/8", PROBE_CA_FILE: pki.caFile });
  const skopeoEnv = cleanEnv({ HOME: certDir });
  const curlArgs = ["-sS", "--max-time", "30", "--cacert", pki.caFile];
  const curlAuth = `user = "${USER.username}:${USER.password}"\n`; // via --config on stdin: no password in argv
  const base = registry.url;
  const manifestUrl = `${base}/v2/${REPOSITORY}/manifests/${TAG}`;

  return [
    {
      key: "route",
      label: "(a) route: curl POST /api/probe",
      async run() {
        const r = await postToRoute(app, routeBody);
        const { body, status } = splitStatus(r.stdout);
        const report = parseJson(body);
        const problem =
          r.code !== 0
            ? `curl exited ${r.code}: ${r.stderr.trim()}`
            : status !== 200
              ? `HTTP ${status}: ${body.slice(0, 300)}`
              : reportProblem(report);
        return { ms: r.ms, problem, report };
      },
    },
    {
      key: "cli",
      label: "(b) cli: node scripts/probe.mjs --json",
      async run() {
        const stampBefore = existsSync(CLI_STAMP) ? readFileSync(CLI_STAMP, "utf8") : "";
        const r = await runTimed(
          NODE,
          [
            join(root, "scripts", "probe.mjs"),
            target,
            "--repo",
            REPOSITORY,
            "--tag",
            TAG,
            "--username",
            USER.username,
            "--password-stdin",
            "--json",
          ],
          { input: `${USER.password}\n`, env: cliEnv },
        );
        const stampAfter = existsSync(CLI_STAMP) ? readFileSync(CLI_STAMP, "utf8") : "";
        const report = parseJson(r.stdout);
        const problem = r.code !== 0 ? `exit ${r.code}: ${reportProblem(report) ?? r.stderr.trim().slice(0, 300)}` : reportProblem(report);
        // lib/ changed under us and the CLI re-bundled itself: that run timed esbuild, not the check.
        return { ms: r.ms, problem, report, rebuilt: stampBefore !== stampAfter };
      },
    },
    {
      key: "skopeo",
      label: "(c) skopeo inspect",
      async run() {
        const r = await runTimed(
          SKOPEO,
          ["inspect", "--cert-dir", certDir, "--creds", `${USER.username}:${USER.password}`, `docker://${target}/${REPOSITORY}:${TAG}`],
          { env: skopeoEnv, cwd: certDir },
        );
        const inspected = parseJson(r.stdout);
        const problem =
          r.code !== 0
            ? `exit ${r.code}: ${r.stderr.trim().slice(0, 300)}`
            : inspected?.Digest !== images.app.manifestDigest
              ? `digest ${inspected?.Digest} ≠ ${images.app.manifestDigest}`
              : inspected?.Architecture !== "amd64"
                ? `architecture ${inspected?.Architecture}`
                : undefined;
        return { ms: r.ms, problem };
      },
    },
    {
      key: "curl",
      label: "(d) curl: the same 4 requests",
      async run() {
        const start = process.hrtime.bigint();
        const steps = [];
        const fail = (what, r, extra = "") => ({
          ms: elapsedMs(start),
          problem: `${what}: ${r.code !== 0 ? `curl exited ${r.code}: ${r.stderr.trim()}` : extra}`,
        });
        // 1. GET /v2/ anonymously: 401 with a Basic challenge.
        let r = await runTimed(CURL, [...curlArgs, "-o", "/dev/null", "-D", "-", "-w", "\n%{http_code}", `${base}/v2/`]);
        let split = splitStatus(r.stdout);
        steps.push(r.ms);
        if (r.code !== 0 || split.status !== 401 || !/^www-authenticate: basic/im.test(split.body))
          return fail("GET /v2/", r, `HTTP ${split.status}`);
        // 2. HEAD the manifest with the credentials: 200 and the digest.
        r = await runTimed(
          CURL,
          [...curlArgs, "--config", "-", "-I", "-H", `accept: ${MANIFEST_ACCEPT}`, "-w", "\n%{http_code}", manifestUrl],
          { input: curlAuth },
        );
        split = splitStatus(r.stdout);
        steps.push(r.ms);
        const digest = /^docker-content-digest:\s*(\S+)/im.exec(split.body)?.[1];
        if (r.code !== 0 || split.status !== 200 || digest !== images.app.manifestDigest)
          return fail("HEAD manifest", r, `HTTP ${split.status}, digest ${digest}`);
        // 3. GET the manifest: its config digest.
        r = await runTimed(CURL, [...curlArgs, "--config", "-", "-H", `accept: ${MANIFEST_ACCEPT}`, "-w", "\n%{http_code}", manifestUrl], {
          input: curlAuth,
        });
        split = splitStatus(r.stdout);
        steps.push(r.ms);
        const config = parseJson(split.body)?.config?.digest;
        if (r.code !== 0 || split.status !== 200 || !config) return fail("GET manifest", r, `HTTP ${split.status}`);
        // 4. The first byte of the config blob.
        r = await runTimed(
          CURL,
          [...curlArgs, "--config", "-", "-r", "0-0", "-w", "\n%{http_code}", `${base}/v2/${REPOSITORY}/blobs/${config}`],
          { input: curlAuth },
        );
        split = splitStatus(r.stdout);
        steps.push(r.ms);
        if (r.code !== 0 || ![200, 206].includes(split.status) || (split.status === 206 && split.body.length !== 1))
          return fail("Range GET blob", r, `HTTP ${split.status}, ${split.body.length} bytes`);
        return { ms: elapsedMs(start), problem: undefined, parts: steps };
      },
    },
  ];
}

// --- the parts of the bench -----------------------------------------------------------------------

async function measureRounds(contenders) {
  const results = Object.fromEntries(
    contenders.map((c) => [c.key, { label: c.label, samples: [], failures: 0, problems: [], engineMs: [], stepMs: {}, rebuiltRuns: 0 }]),
  );
  const record = (c, outcome) => {
    const slot = results[c.key];
    if (outcome.rebuilt) {
      slot.rebuiltRuns += 1;
      return false;
    }
    if (outcome.problem) {
      slot.failures += 1;
      if (slot.problems.length < 3) slot.problems.push(outcome.problem);
      return true;
    }
    slot.samples.push(outcome.ms);
    if (outcome.report?.steps) {
      // The check's own time, as the engine measured its steps (they run one after another).
      slot.engineMs.push(outcome.report.steps.reduce((sum, s) => sum + (s.ms ?? 0), 0));
      for (const s of outcome.report.steps) if (s.status !== "skip") (slot.stepMs[`${s.hop}.${s.id}`] ??= []).push(s.ms ?? 0);
    }
    return true;
  };

  process.stdout.write("› Warm-up: each contender once… ");
  for (const c of contenders) {
    const outcome = await c.run();
    if (outcome.problem) throw new Error(`warm-up of ${c.label} failed: ${outcome.problem}`);
  }
  console.log("ok");

  for (let round = 1; round <= ROUNDS; round++) {
    process.stdout.write(`› Round ${round}/${ROUNDS}:`);
    for (const c of contenders) {
      let outcome = await c.run();
      // A run that timed a re-bundle (another process edited lib/) is run again, once.
      if (!record(c, outcome)) record(c, (outcome = await c.run()));
      process.stdout.write(` ${c.key} ${outcome.problem ? "FAILED" : `${fmt(outcome.ms)}ms`}`);
    }
    process.stdout.write("\n");
  }
  const skopeoMedian = median(results.skopeo.samples);
  for (const slot of Object.values(results)) {
    slot.median = median(slot.samples);
    slot.p90 = quantile(slot.samples, 0.9);
    slot.min = Math.min(...slot.samples);
    slot.ratioVsSkopeo = slot.median / skopeoMedian;
    slot.engineMedian = median(slot.engineMs);
  }
  return results;
}

async function measureConcurrency(app, registry) {
  const body = JSON.stringify({ registry: registry.authority, repository: REPOSITORY, reference: TAG, ...USER });
  const pids = [app.pid, ...childPids(app.pid)];
  // Reset the peak-RSS counter (Linux: "5" > clear_refs) so VmHWM afterwards is this block's peak.
  let hwmReset = true;
  for (const pid of pids) {
    try {
      writeFileSync(`/proc/${pid}/clear_refs`, "5");
    } catch {
      hwmReset = false;
    }
  }
  const before = pids.map(readStatus);
  const rssBeforeKb = before.reduce((sum, s) => sum + (s.rssKb ?? 0), 0);
  let peakSampledKb = rssBeforeKb;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const rss = pids.map(readStatus).reduce((sum, s) => sum + (s.rssKb ?? 0), 0);
      peakSampledKb = Math.max(peakSampledKb, rss);
      await sleep(10);
    }
  })();

  const start = process.hrtime.bigint();
  const outcomes = await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      const r = await postToRoute(app, body, { maxTimeSeconds: 120 });
      const { body: text, status } = splitStatus(r.stdout);
      const report = parseJson(text);
      const problem =
        r.code !== 0
          ? `curl exited ${r.code}: ${r.stderr.trim()}`
          : status !== 200
            ? `HTTP ${status}: ${text.slice(0, 200)}`
            : reportProblem(report);
      return { ms: r.ms, problem, engineMs: report?.steps?.reduce((sum, s) => sum + (s.ms ?? 0), 0) };
    }),
  );
  const wallMs = elapsedMs(start);
  sampling = false;
  await sampler;
  const after = pids.map(readStatus);
  const ok = outcomes.filter((o) => !o.problem);
  const latencies = ok.map((o) => o.ms);
  return {
    checks: CONCURRENCY,
    errors: outcomes.length - ok.length,
    problems: [...new Set(outcomes.filter((o) => o.problem).map((o) => o.problem))].slice(0, 5),
    wallMs,
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    max: Math.max(...latencies),
    engineP50: quantile(
      ok.map((o) => o.engineMs),
      0.5,
    ),
    engineP95: quantile(
      ok.map((o) => o.engineMs),
      0.95,
    ),
    serverPids: pids,
    rssBeforeMb: rssBeforeKb / 1024,
    peakRssSampledMb: peakSampledKb / 1024,
    vmHwmMb: after.reduce((sum, s) => sum + (s.hwmKb ?? 0), 0) / 1024,
    vmHwmSince: hwmReset ? "reset just before the 50 checks" : "server start (clear_refs not writable)",
  };
}

/**
 * What no check can go below on this machine, measured now: each process's bare start-up, and the
 * CPU one route check costs the app server, the registry and the curl process. 50 concurrent checks
 * need at least 50 × that CPU, spread over the machine's cores.
 */
async function measureFloors(app, registry, routeCheck) {
  const startup = async (command, args) => {
    const samples = [];
    for (let i = 0; i < ROUNDS; i++) {
      const r = await runTimed(command, args);
      if (r.code === 0) samples.push(r.ms);
    }
    return median(samples);
  };
  const nodeStartMs = await startup(NODE, ["-e", "0"]);
  const curlStartMs = await startup(CURL, ["--version"]);
  const skopeoStartMs = await startup(SKOPEO, ["--version"]);

  const serverPids = [app.pid, ...childPids(app.pid)];
  const sum = (pids) => pids.reduce((total, pid) => total + readCpuMs(pid).ownMs, 0);
  const checks = Math.max(20, ROUNDS);
  const before = { server: sum(serverPids), registry: readCpuMs(registry.pid).ownMs, curl: readCpuMs(process.pid).childrenMs };
  let failed = 0;
  for (let i = 0; i < checks; i++) if ((await routeCheck()).problem) failed += 1;
  const after = { server: sum(serverPids), registry: readCpuMs(registry.pid).ownMs, curl: readCpuMs(process.pid).childrenMs };
  const perCheck = (key) => (after[key] - before[key]) / checks;
  const cpu = { serverMs: perCheck("server"), registryMs: perCheck("registry"), curlMs: perCheck("curl") };
  const cpuPerCheckMs = cpu.serverMs + cpu.registryMs + cpu.curlMs;
  return {
    nodeStartMs,
    curlStartMs,
    skopeoStartMs,
    cpuChecks: checks,
    cpuFailures: failed,
    cpuPerCheck: cpu,
    cpuPerCheckMs,
    // Perfectly spread over every core with no waiting at all: the last of 50 checks ends no sooner.
    concurrentLowerBoundMs: (CONCURRENCY * cpuPerCheckMs) / cpus().length,
  };
}

async function measureSilent(harness, pki) {
  const silent = await harness.startSilent();
  cleanups.push(() => silent.stop());
  const budget = SILENT_TIMEOUT_MS * 1.1;
  const app = await startApp("silent-target app", {
    PROBE_ALLOW_NETWORKS: "127.0.0.0/8",
    PROBE_CA_FILE: pki.caFile,
    PROBE_RATE_LIMIT: "0",
    PROBE_TIMEOUT_MS: String(SILENT_TIMEOUT_MS),
  });
  const target = `${silent.host}:${silent.port}`;
  const cliEnv = cleanEnv({ PROBE_ALLOW_NETWORKS: "127.0.0.0/8", PROBE_CA_FILE: pki.caFile, PROBE_TIMEOUT_MS: String(SILENT_TIMEOUT_MS) });
  const describe = (report) => {
    if (!report) return undefined;
    const failed = (report.steps ?? []).find((s) => s.status === "fail");
    return `${report.verdict}; ${failed ? `${failed.id} failed after ${Math.round(failed.ms)} ms` : "no step failed"}; ${report.findings?.map((f) => f.causeId).join(",") || "no findings"}`;
  };
  // The CLI's own start-up (node, the bundle-freshness check, loading the bundle): `--help` does all of it.
  await runTimed(NODE, [join(root, "scripts", "probe.mjs"), "--help"], { env: cliEnv });
  const startup = [];
  for (let i = 0; i < 5; i++) startup.push((await runTimed(NODE, [join(root, "scripts", "probe.mjs"), "--help"], { env: cliEnv })).ms);
  const cliStartupMs = median(startup);
  // The same CLI run against a refused port: start-up, configuration, the dns and tcp steps, the
  // report and exit — everything but waiting. What a silent target adds on top is the wait.
  const refused = await harness.startRefused();
  cleanups.push(() => refused.stop());
  const noWait = [];
  for (let i = 0; i < 5; i++) {
    const r = await runTimed(NODE, [join(root, "scripts", "probe.mjs"), `${refused.host}:${refused.port}`, "--json"], { env: cliEnv });
    if (r.code === 1 && parseJson(r.stdout)?.verdict === "problem") noWait.push(r.ms);
  }
  await refused.stop();
  const cliNoWaitMs = median(noWait);

  const route = [];
  const cli = [];
  for (let i = 0; i < SILENT_RUNS; i++) {
    let r = await postToRoute(app, JSON.stringify({ registry: target }), { maxTimeSeconds: 30 });
    const split = splitStatus(r.stdout);
    let report = parseJson(split.body);
    route.push({
      ms: r.ms,
      status: split.status,
      verdict: report?.verdict,
      what: describe(report),
      engineMs: report?.steps?.reduce((s, x) => s + (x.ms ?? 0), 0),
    });
    r = await runTimed(NODE, [join(root, "scripts", "probe.mjs"), target, "--json"], { env: cliEnv });
    report = parseJson(r.stdout);
    cli.push({
      ms: r.ms,
      exit: r.code,
      verdict: report?.verdict,
      what: describe(report),
      engineMs: report?.steps?.reduce((s, x) => s + (x.ms ?? 0), 0),
    });
  }
  await app.stop();
  await silent.stop();
  const routeMax = Math.max(...route.map((r) => r.ms));
  const cliMax = Math.max(...cli.map((r) => r.ms));
  // A silent target must end as a problem (a timeout), never hang and never pass.
  const routeAnswered = route.every((r) => r.status === 200 && r.verdict === "problem");
  const cliAnswered = cli.every((r) => r.exit === 1 && r.verdict === "problem");
  return {
    timeoutMs: SILENT_TIMEOUT_MS,
    budgetMs: budget,
    route: {
      runs: route,
      maxMs: routeMax,
      medianMs: median(route.map((r) => r.ms)),
      answered: routeAnswered,
      met: routeAnswered && routeMax <= budget,
    },
    cli: {
      runs: cli,
      maxMs: cliMax,
      medianMs: median(cli.map((r) => r.ms)),
      startupMs: cliStartupMs,
      refusedPortMs: cliNoWaitMs,
      // The budget is for the wait on the silent target; a CLI process also pays Node's start-up and
      // its report, measured by the same run against a refused port.
      waitMaxMs: cliMax - cliNoWaitMs,
      answered: cliAnswered,
      met: cliAnswered && cliMax - cliNoWaitMs <= budget,
      wholeProcessWithinBudget: cliMax <= budget,
    },
  };
}

// --- main -------------------------------------------------------------------------------------------

async function main() {
  ensureNodeModules();
  ensureBuild();
  for (const [binary, pkg] of [
    [CURL, "curl"],
    [SKOPEO, "skopeo"],
  ]) {
    if (!existsSync(binary)) throw new Error(`${binary} is missing: apt-get install -y ${pkg}`);
  }
  const loadStart = loadavg();
  console.log(
    `› Registry Doctor bench: ${ROUNDS} rounds, Node ${process.version}, ${cpus().length} CPUs, load ${loadStart.map((l) => l.toFixed(2)).join(" ")}`,
  );

  const harness = await loadHarness();
  const pki = await harness.createTestPki();
  cleanups.push(() => pki.stop());
  const registry = await harness.startRegistry({
    tls: pki.valid,
    ca: pki.caCert,
    auth: { kind: "htpasswd", users: { [USER.username]: USER.password } },
  });
  cleanups.push(() => registry.stop());
  const images = await harness.pushTestImages(new harness.RegistryClient({ url: registry.url, ...USER, ca: pki.caCert }));
  const certTemp = harness.makeTempDir("bench-certs");
  cleanups.push(() => certTemp.remove());
  copyFileSync(pki.caFile, join(certTemp.dir, "ca.crt"));
  console.log(
    `› Registry (docker-registry, TLS + htpasswd) on ${registry.url} (pid ${registry.pid}); pushed ${REPOSITORY}:${TAG} ${images.app.manifestDigest.slice(0, 19)}…`,
  );

  const app = await startApp("app", { PROBE_ALLOW_NETWORKS: "127.0.0.0/8", PROBE_CA_FILE: pki.caFile, PROBE_RATE_LIMIT: "0" });
  console.log(`› App (next start) on ${app.url} (pid ${app.pid})`);

  const contenders = makeContenders({ app, registry, pki, certDir: certTemp.dir, images });
  const serverLogStart = app.checkMs.length;
  const results = await measureRounds(contenders);
  // The server's own time per check during the rounds (warm-up excluded: it came first).
  const serverCheckMs = app.checkMs.slice(serverLogStart + 1);
  // What a route call costs without a check: curl + Next.js + the route's validation (a 400).
  const floor = [];
  for (let i = 0; i < ROUNDS; i++) {
    const r = await postToRoute(app, JSON.stringify({ registry: "" }));
    if (r.code === 0 && splitStatus(r.stdout).status === 400) floor.push(r.ms);
  }
  const profile = { routeServerCheckMedianMs: median(serverCheckMs), routeFloorMedianMs: median(floor) };
  console.log(`› Floors: process start-ups and CPU per check…`);
  const floors = await measureFloors(app, registry, contenders.find((c) => c.key === "route").run);
  console.log(`› ${CONCURRENCY} concurrent checks through the route…`);
  const concurrency = await measureConcurrency(app, registry);
  await app.stop();
  console.log(`› Silent target (PROBE_TIMEOUT_MS=${SILENT_TIMEOUT_MS})…`);
  const silent = await measureSilent(harness, pki);

  // --- the printout ---
  const line = "─".repeat(92);
  const loadEnd = loadavg();
  console.log(
    `\n${line}\nLive check vs skopeo vs curl — whole processes, ${ROUNDS} alternating rounds, TLS + htpasswd registry on loopback\n${line}`,
  );
  console.log(
    `load average at start ${loadStart.map((l) => l.toFixed(2)).join(" ")}, at end ${loadEnd.map((l) => l.toFixed(2)).join(" ")} (${cpus().length} CPUs)`,
  );
  if (Math.max(loadStart[0], loadEnd[0]) > cpus().length)
    console.log(`⚠ the machine was busy with other work during the bench: absolute times are inflated, ratios less so.`);
  console.log(
    `${"contender".padEnd(40)}${"median ms".padStart(11)}${"p90 ms".padStart(10)}${"min ms".padStart(9)}${"× skopeo".padStart(10)}${"fails".padStart(7)}  check (engine) ms`,
  );
  for (const slot of Object.values(results)) {
    console.log(
      `${slot.label.padEnd(40)}${fmt(slot.median, 1).padStart(11)}${fmt(slot.p90, 1).padStart(10)}${fmt(slot.min, 1).padStart(9)}${fmt(slot.ratioVsSkopeo, 2).padStart(10)}${String(slot.failures).padStart(7)}  ${Number.isFinite(slot.engineMedian) ? fmt(slot.engineMedian, 1) : ""}`,
    );
    for (const problem of slot.problems) console.log(`    ✗ ${problem}`);
    if (slot.rebuiltRuns)
      console.log(`    (${slot.rebuiltRuns} run(s) re-bundled the CLI because lib/ changed meanwhile; re-run, not counted)`);
  }
  for (const key of ["route", "cli"]) {
    const steps = Object.entries(results[key].stepMs).map(([id, ms]) => `${id} ${fmt(median(ms), 1)}`);
    console.log(`  ${key} steps, median ms: ${steps.join(" · ")}`);
  }
  console.log(
    `  where the route's ${fmt(results.route.median)} ms go: the check in the server ${fmt(profile.routeServerCheckMedianMs)} ms (its log line; steps' own ms sum to ${fmt(results.route.engineMedian)})` +
      ` · curl + Next.js + validation without a check (a 400) ${fmt(profile.routeFloorMedianMs)} ms`,
  );
  console.log(
    `  where the CLI's ${fmt(results.cli.median)} ms go: start-up (node, bundle check, loading the bundle: \`--help\`) ${fmt(silent.cli.startupMs)} ms · steps ${fmt(results.cli.engineMedian)} ms (the first TLS step includes building the trust store once per process)`,
  );
  console.log(
    `\nFloors measured in this run (what no check can go below here)` +
      `\n  process start-up alone: node -e 0 ${fmt(floors.nodeStartMs, 1)} ms · curl --version ${fmt(floors.curlStartMs, 1)} ms · skopeo --version ${fmt(floors.skopeoStartMs, 1)} ms` +
      `\n  CPU per route check (${floors.cpuChecks} checks${floors.cpuFailures ? `, ${floors.cpuFailures} failed` : ""}): app server ${fmt(floors.cpuPerCheck.serverMs, 1)} ms · registry ${fmt(floors.cpuPerCheck.registryMs, 1)} ms · curl ${fmt(floors.cpuPerCheck.curlMs, 1)} ms = ${fmt(floors.cpuPerCheckMs, 1)} ms` +
      `\n  ${CONCURRENCY} concurrent checks on ${cpus().length} CPUs need at least ${CONCURRENCY} × ${fmt(floors.cpuPerCheckMs, 1)} / ${cpus().length} = ${fmt(floors.concurrentLowerBoundMs)} ms of wall time (${fmt(floors.concurrentLowerBoundMs / results.route.median, 1)}× a single check) before any queueing`,
  );
  console.log(`\n${CONCURRENCY} concurrent checks through the route (${CONCURRENCY} curl processes at once)`);
  console.log(
    `  p50 ${fmt(concurrency.p50)} ms · p95 ${fmt(concurrency.p95)} ms · max ${fmt(concurrency.max)} ms · all done in ${fmt(concurrency.wallMs)} ms · errors ${concurrency.errors}/${concurrency.checks}` +
      `\n  engine time per check: p50 ${fmt(concurrency.engineP50)} ms · p95 ${fmt(concurrency.engineP95)} ms` +
      `\n  server memory (pid ${concurrency.serverPids.join(",")}): RSS before ${fmt(concurrency.rssBeforeMb, 1)} MB · peak RSS sampled ${fmt(concurrency.peakRssSampledMb, 1)} MB · VmHWM ${fmt(concurrency.vmHwmMb, 1)} MB (peak since ${concurrency.vmHwmSince})`,
  );
  for (const problem of concurrency.problems) console.log(`    ✗ ${problem}`);
  console.log(
    `\nSilent target (accepts TCP, never answers), PROBE_TIMEOUT_MS=${silent.timeoutMs}, budget ${fmt(silent.budgetMs)} ms (timeout + 10 %)`,
  );
  console.log(
    `  route: ${silent.route.runs.map((r) => fmt(r.ms)).join(", ")} ms (max ${fmt(silent.route.maxMs)} vs ${fmt(silent.budgetMs)}) — ${silent.route.runs[0]?.what ?? `HTTP ${silent.route.runs[0]?.status}`}`,
  );
  console.log(
    `  cli:   ${silent.cli.runs.map((r) => fmt(r.ms)).join(", ")} ms whole process (max ${fmt(silent.cli.maxMs)}${silent.cli.wholeProcessWithinBudget ? ", within the budget" : `, over the budget by ${fmt(silent.cli.maxMs - silent.budgetMs)}`}); the same run against a refused port ${fmt(silent.cli.refusedPortMs)} ms (--help alone: ${fmt(silent.cli.startupMs)} ms)` +
      `\n         → the silent target added ${fmt(silent.cli.waitMaxMs)} ms vs ${fmt(silent.budgetMs)} — ${silent.cli.runs[0]?.what ?? `exit ${silent.cli.runs[0]?.exit}`}`,
  );

  const route = results.route;
  const cli = results.cli;
  const skopeo = results.skopeo;
  const goals = [
    {
      goal: "route ≤ 0.5× skopeo",
      met: route.median <= 0.5 * skopeo.median,
      detail: `${fmt(route.median)} ms vs ${fmt(0.5 * skopeo.median)} ms (${fmt(route.ratioVsSkopeo, 2)}×); floor: the route without a check ${fmt(profile.routeFloorMedianMs)} ms + the registry's CPU ${fmt(floors.cpuPerCheck.registryMs)} ms`,
    },
    {
      goal: "cli ≤ 1.5× skopeo",
      met: cli.median <= 1.5 * skopeo.median,
      detail: `${fmt(cli.median)} ms vs ${fmt(1.5 * skopeo.median)} ms (${fmt(cli.ratioVsSkopeo, 2)}×); floor: node -e 0 alone ${fmt(floors.nodeStartMs)} ms`,
    },
    {
      goal: `${CONCURRENCY} concurrent: no errors, p95 ≤ 3× single`,
      met: concurrency.errors === 0 && concurrency.p95 <= 3 * route.median,
      detail: `${concurrency.errors} errors, p95 ${fmt(concurrency.p95)} ms vs ${fmt(3 * route.median)} ms (${fmt(concurrency.p95 / route.median, 2)}×); floor: CPU alone ${fmt(floors.concurrentLowerBoundMs)} ms`,
    },
    {
      goal: "silent target (route) ≤ timeout + 10 %",
      met: silent.route.met,
      detail: `${fmt(silent.route.maxMs)} ms vs ${fmt(silent.budgetMs)} ms`,
    },
    {
      goal: "silent target (cli) ≤ timeout + 10 %",
      met: silent.cli.met,
      detail: `${fmt(silent.cli.waitMaxMs)} ms beyond a no-wait run vs ${fmt(silent.budgetMs)} ms (whole process ${fmt(silent.cli.maxMs)} ms)`,
    },
  ];
  console.log(`\n${line}`);
  for (const g of goals) console.log(`${g.met ? "✓ met    " : "✗ not met"}  ${g.goal.padEnd(44)} ${g.detail}`);
  console.log(`Goals: ${goals.map((g) => `${g.goal}: ${g.met ? "met" : "NOT MET"}`).join(" | ")}`);

  const contenderFailures = Object.values(results).reduce((sum, slot) => sum + slot.failures, 0);
  const output = {
    when: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    loadAverage: { start: loadStart, end: loadEnd },
    rounds: ROUNDS,
    registry: { url: registry.url, image: `${REPOSITORY}:${TAG}`, digest: images.app.manifestDigest },
    contenders: Object.fromEntries(
      Object.entries(results).map(([key, slot]) => [
        key,
        {
          label: slot.label,
          medianMs: round1(slot.median),
          p90Ms: round1(slot.p90),
          minMs: round1(slot.min),
          ratioVsSkopeo: Math.round(slot.ratioVsSkopeo * 100) / 100,
          failures: slot.failures,
          problems: slot.problems,
          samplesMs: slot.samples.map(round1),
          ...(slot.engineMs.length
            ? {
                engineMedianMs: round1(slot.engineMedian),
                stepMedianMs: Object.fromEntries(Object.entries(slot.stepMs).map(([id, ms]) => [id, round1(median(ms))])),
              }
            : {}),
        },
      ]),
    ),
    profile: { ...profile, cliStartupMs: silent.cli.startupMs, serverCheckMs },
    floors,
    concurrency: {
      ...concurrency,
      p50: round1(concurrency.p50),
      p95: round1(concurrency.p95),
      max: round1(concurrency.max),
      wallMs: round1(concurrency.wallMs),
    },
    silent,
    goals,
  };
  mkdirSync(join(root, ".test-output"), { recursive: true });
  writeFileSync(join(root, ".test-output", "bench.json"), `${JSON.stringify(output, null, 2)}\n`);
  console.log(`Figures written to .test-output/bench.json`);
  return contenderFailures + concurrency.errors > 0 || !silent.route.answered || !silent.cli.answered ? 1 : 0;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error(`\nbench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  exitCode = 1;
} finally {
  await cleanup();
}
process.exit(exitCode);

#!/usr/bin/env node
// `npm test`: install what is missing (npm packages; Debian's chromium and test servers when run as root), then
// typecheck, lint, format check, unit tests, build and Playwright e2e. Runs every stage it can, prints one
// summary line, and exits non-zero if anything failed.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ensureBuild, ensureNodeModules, root, run } from "./lib.mjs";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// What the tests need from Debian: a real browser for e2e, the real servers the live check's tests
// talk to (distribution's registry, squid, htpasswd for its auth files, skopeo, openssl), and
// PostgreSQL for the session store's tests.
const DEBIAN_NEEDS = [
  { binary: CHROMIUM, pkg: "chromium" },
  { binary: "/usr/bin/docker-registry", pkg: "docker-registry" },
  { binary: "/usr/sbin/squid", pkg: "squid" },
  { binary: "/usr/bin/htpasswd", pkg: "apache2-utils" },
  { binary: "/usr/bin/skopeo", pkg: "skopeo" },
  { binary: "/usr/bin/openssl", pkg: "openssl" },
  { binary: "/usr/lib/postgresql/15/bin/initdb", pkg: "postgresql" },
];

function ensureDebianPackages() {
  const missing = DEBIAN_NEEDS.filter((need) => !existsSync(need.binary));
  if (missing.length === 0) return true;
  const packages = missing.map((need) => need.pkg);
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    console.log(`› Installing Debian packages for the tests: ${packages.join(" ")}…`);
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    if (
      run("apt-get", ["update"], { env }) === 0 &&
      run("apt-get", ["install", "-y", "--no-install-recommends", ...packages], { env }) === 0
    ) {
      return DEBIAN_NEEDS.every((need) => existsSync(need.binary));
    }
  }
  console.error(
    `✗ The tests need ${packages.join(", ")} (${missing.map((need) => need.binary).join(", ")}). ` +
      `Install them with \`sudo apt-get install ${packages.join(" ")}\` (Debian/Ubuntu; CHROMIUM_PATH may point at another Chromium), then run \`npm test\` again.`,
  );
  return false;
}

const results = [];
function stage(name, command, args) {
  console.log(`\n━━ ${name} ━━`);
  const status = run(command, args);
  results.push({ name, ok: status === 0 });
  return status === 0;
}

function counts(file, read) {
  try {
    return read(JSON.parse(readFileSync(join(root, ".test-output", file), "utf8")));
  } catch {
    return undefined;
  }
}

ensureNodeModules();
mkdirSync(join(root, ".test-output"), { recursive: true });
const haveDebianPackages = ensureDebianPackages();

// Route types (PageProps) are generated, not written: typegen before tsc.
if (stage("route types", "npx", ["next", "typegen"])) stage("typecheck", "npx", ["tsc", "--noEmit"]);
stage("lint", "npx", ["eslint", "--max-warnings", "0", "."]);
stage("format", "npx", ["prettier", "--check", "."]);
stage("unit tests", "npx", ["vitest", "run", "--reporter=default", "--reporter=json", "--outputFile=.test-output/unit.json"]);
let built = false;
try {
  console.log("\n━━ build ━━");
  ensureBuild();
  built = true;
} catch {
  built = false;
}
results.push({ name: "build", ok: built });
if (built && haveDebianPackages) stage("e2e tests", "npx", ["playwright", "test"]);
else results.push({ name: "e2e tests", ok: false });

const unit = counts("unit.json", (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests }));
const e2e = counts("e2e.json", (r) => ({ passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected }));
const passed = (unit?.passed ?? 0) + (e2e?.passed ?? 0);
const failed =
  (unit?.failed ?? 0) + (e2e?.failed ?? 0) + results.filter((r) => !r.ok && !["unit tests", "e2e tests"].includes(r.name)).length;

console.log("\n━━ summary ━━");
for (const r of results) console.log(`${r.ok ? "✓" : "✗"} ${r.name}`);
if (unit) console.log(`unit: ${unit.passed} passed, ${unit.failed} failed`);
if (e2e) console.log(`e2e: ${e2e.passed} passed, ${e2e.failed} failed`);
const allOk = results.every((r) => r.ok);
console.log(`total: ${passed} passed, ${allOk ? failed : Math.max(failed, 1)} failed`);
process.exit(allOk ? 0 : 1);

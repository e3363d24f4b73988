// Shared by scripts/start.mjs and scripts/test.mjs: make a fresh clone runnable with no other setup.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("..", import.meta.url));

// Next.js would otherwise try to send anonymous telemetry; this app talks to nobody it need not.
process.env.NEXT_TELEMETRY_DISABLED = "1";

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", cwd: root, ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

export function runOrExit(command, args, options) {
  const status = run(command, args, options);
  if (status !== 0) process.exit(status);
}

function manifestsHash() {
  const hash = createHash("sha256");
  for (const file of ["package.json", "package-lock.json"]) {
    const path = join(root, file);
    if (existsSync(path)) hash.update(readFileSync(path));
  }
  return hash.digest("hex");
}

/**
 * npm packages: install when node_modules was not installed from these very manifests. `npm
 * install` rather than `npm ci`: it follows the lockfile just the same, and unlike `ci` it copes
 * with lockfiles that leave out other platforms' optional packages (as npm writes them when
 * `omit-lockfile-registry-resolved` is set).
 */
export function ensureNodeModules() {
  const marker = join(root, "node_modules", ".registry-doctor-installed");
  if (existsSync(marker) && readFileSync(marker, "utf8") === manifestsHash()) return;
  console.log("› Installing npm packages (npm install)…");
  runOrExit("npm", ["install", "--no-audit", "--no-fund"]);
  writeFileSync(marker, manifestsHash());
}

/** A stamp of the sources a build is made from: the newest modification time among them. */
function sourcesStamp() {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of ["app", "components", "lib", "public"]) if (existsSync(join(root, dir))) walk(join(root, dir));
  for (const file of ["package-lock.json", "next.config.ts", "postcss.config.mjs", "tsconfig.json"]) {
    const path = join(root, file);
    if (existsSync(path)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return String(Math.floor(newest));
}

/** Build the app unless .next already holds a build of these very sources. */
export function ensureBuild() {
  const stampFile = join(root, ".next", "registry-doctor-build-stamp");
  const stamp = sourcesStamp();
  const built = existsSync(join(root, ".next", "BUILD_ID")) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp;
  if (built) return;
  console.log("› Building the app (next build)…");
  runOrExit("npx", ["next", "build"]);
  writeFileSync(stampFile, stamp);
}

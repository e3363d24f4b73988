// Shared by scripts/start.mjs and scripts/test.mjs: make a fresh clone runnable with no other setup.
import { spawnSync } from "node:child_process";
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

/** npm packages: install when node_modules is missing or older than the lockfile. */
export function ensureNodeModules() {
  const marker = join(root, "node_modules", ".package-lock.json");
  const lock = join(root, "package-lock.json");
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log("› Installing npm packages (npm ci)…");
  runOrExit("npm", ["ci", "--no-audit", "--no-fund"]);
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

#!/usr/bin/env node
// `npm run probe -- <registry> …`: runs the live check's CLI (lib/probe/cli.ts). The TypeScript is
// bundled once into node_modules/.cache with esbuild and rebuilt only when lib/ changes, so a run
// starts as plain Node — no compilation at run time.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const outDir = join(root, "node_modules", ".cache", "registry-doctor");
const bundle = join(outDir, "probe-cli.mjs");
const stampFile = join(outDir, "probe-cli.stamp");

function newestUnder(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestUnder(path));
    else if (entry.name.endsWith(".ts") || entry.name.endsWith(".json")) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

// The build's own settings are part of the stamp: changing them rebuilds an existing bundle.
const BUILD_KIND = "zod-inlined";
const stamp = `${BUILD_KIND}:${Math.max(newestUnder(join(root, "lib")), statSync(join(root, "package.json")).mtimeMs)}`;
if (!existsSync(bundle) || !existsSync(stampFile) || readFileSync(stampFile, "utf8") !== stamp) {
  const { build } = await import("esbuild");
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [join(root, "lib", "probe", "cli.ts")],
    outfile: bundle,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    // zod goes into the bundle: loaded from node_modules it is ~100 ES modules to resolve and
    // compile on every run (~30 ms of a CLI start); bundled, one file. Other packages stay external.
    alias: {
      "@": root,
      "server-only": join(root, "node_modules", "server-only", "empty.js"),
      zod: fileURLToPath(import.meta.resolve("zod")),
    },
    logLevel: "error",
  });
  writeFileSync(stampFile, stamp);
}
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));

#!/usr/bin/env node
// `npm run probe -- <registry> …`: runs the live check's CLI (lib/probe/cli.ts). The TypeScript is
// bundled once into node_modules/.cache with esbuild and rebuilt only when its sources change, so a
// run starts as plain Node — no compilation at run time. What a start costs, and what this file does
// about it:
// - Freshness: the stamp lists every file the bundle was built from (esbuild's metafile) and the
//   folders holding them, with their mtimes; a run stats those (~140 paths, zod's files included)
//   instead of walking lib/.
//   An edited, removed or renamed source, or a file added beside one (it could change how an import
//   resolves), rebuilds the bundle; files the CLI does not import do not.
// - Compiling the bundle: it is CommonJS, run through vm.Script with V8's code cache kept next to
//   it (written after the first run, so it holds the functions that run used), which saves most of
//   the parse and compile. A cache V8 rejects (another Node, other flags) is written again.
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";

const root = fileURLToPath(new URL("..", import.meta.url));
const outDir = join(root, "node_modules", ".cache", "registry-doctor");
const bundle = join(outDir, "probe-cli.cjs");
const stampFile = join(outDir, "probe-cli.stamp");
const codeCacheFile = join(outDir, "probe-cli.v8cache");

// The build's own settings are part of the stamp: changing them rebuilds an existing bundle.
const BUILD_KIND = "cjs-codecache-2";

/** Writes via a temporary file and a rename, so a concurrent run never reads half a file. */
function writeAtomic(path, data) {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, data);
  renameSync(temp, path);
}

/** True when the stamp matches: same build settings, and every listed path has its recorded mtime. */
function isFresh() {
  try {
    const stamp = JSON.parse(readFileSync(stampFile, "utf8"));
    if (stamp.kind !== BUILD_KIND) return false;
    for (const [path, mtimeMs] of stamp.paths) if (statSync(join(root, path)).mtimeMs !== mtimeMs) return false;
    statSync(bundle);
    return true;
  } catch {
    return false; // no bundle or stamp, unreadable stamp, or a listed file is gone: rebuild
  }
}

async function rebuild() {
  const { build } = await import("esbuild");
  const started = Date.now();
  mkdirSync(outDir, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: [join(root, "lib", "probe", "cli.ts")],
    outfile: bundle,
    write: false,
    metafile: true,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    // zod goes into the bundle: loaded from node_modules it is ~100 ES modules to resolve and
    // compile on every run (~30 ms of a CLI start); bundled, one file. Other packages stay external.
    // (The CLI's modules import zod as `import * as z`: with `import { z }` esbuild cannot drop the
    // parts of zod nobody uses, and the bundle is 2.5 times the size.)
    alias: {
      "@": root,
      "server-only": join(root, "node_modules", "server-only", "empty.js"),
      zod: fileURLToPath(import.meta.resolve("zod")),
    },
    // vm.Script runs no import() (Node 20 has no stable loader for it): a dynamic import of a
    // built-in module becomes a require. In CommonJS import.meta is empty: better no bundle than a
    // CLI that breaks where it is used.
    supported: { "dynamic-import": false },
    logLevel: "error",
    logOverride: { "empty-import-meta": "error" },
  });
  // Inputs are relative to absWorkingDir. Their folders too (but not the project root, which
  // changes whenever a tool adds a folder there); tsconfig.json is read by esbuild but is no input.
  const files = [...Object.keys(result.metafile.inputs).filter((input) => !input.includes(":")), "tsconfig.json"];
  const folders = new Set(files.map((file) => dirname(file)).filter((folder) => folder !== "."));
  const paths = [...files, ...folders].map((path) => [path, statSync(join(root, path)).mtimeMs]);
  // A module that writes `import { z } from "zod"` brings all of zod (its locales are the tell).
  const output = Object.values(result.metafile.outputs)[0];
  if (Object.keys(output.inputs).some((input) => input.includes("zod/v4/locales/") && !input.endsWith("/en.js"))) {
    console.warn('probe.mjs: the CLI bundle holds all of zod; write `import * as z from "zod"` in the modules it imports.');
  }
  writeAtomic(bundle, result.outputFiles[0].contents);
  // A source saved while esbuild ran may not be in this bundle: no stamp, so the next run rebuilds.
  if (paths.some(([, mtimeMs]) => mtimeMs >= started)) rmSync(stampFile, { force: true });
  else writeAtomic(stampFile, JSON.stringify({ kind: BUILD_KIND, paths }));
}

if (!isFresh()) await rebuild();

// The code cache belongs to one bundle file: its header names the file's inode, size and mtime, and
// whether the run that wrote it ran a check. V8 puts in the cache the functions compiled so far, so
// a cache written after `--help` or a bad argument lacks the check's: the first check rewrites it.
const fd = openSync(bundle, "r");
const { ino, size, mtimeMs } = fstatSync(fd);
const source = readFileSync(fd, "utf8");
closeSync(fd);
const cacheKey = `${BUILD_KIND}:${ino}:${size}:${mtimeMs}`;
let cachedData;
let cachedAfterCheck = false;
try {
  const saved = readFileSync(codeCacheFile);
  const headerEnd = saved.indexOf(10);
  const [key, after] = saved.toString("latin1", 0, Math.max(headerEnd, 0)).split(" ");
  if (headerEnd > 0 && key === cacheKey) {
    cachedData = saved.subarray(headerEnd + 1);
    cachedAfterCheck = after === "check";
  }
} catch {
  // No cache yet: this run writes it.
}
// The CommonJS wrapper on the bundle's first line, so line numbers in stack traces stay right.
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData });
const cli = { exports: {} };
script.runInThisContext()(cli.exports, createRequire(bundle), cli, bundle, outDir);
const args = process.argv.slice(2);
process.exitCode = await cli.exports.main(args);
// Exit codes 0, 1 and 3 are a verdict (0 is also --help's).
const ranCheck = process.exitCode !== 2 && !args.includes("--help") && !args.includes("-h");
if (cachedData === undefined || script.cachedDataRejected || (ranCheck && !cachedAfterCheck)) {
  try {
    writeAtomic(codeCacheFile, Buffer.concat([Buffer.from(`${cacheKey} ${ranCheck ? "check" : "other"}\n`), script.createCachedData()]));
  } catch {
    // A read-only cache folder only costs the next run its compile time.
  }
}

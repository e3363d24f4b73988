import "server-only";
// Throw-away embedded databases for tests: PGlite in a fresh temp folder, removed on close.
// A fresh PGlite runs initdb in WebAssembly (seconds, many on a busy machine), so the first use
// builds a pristine cluster once per PGlite version in the temp folder and later uses copy it —
// an empty cluster, no tables: migrations still run in every test.
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { Db } from "../db";
import { openPgliteDb } from "../db-pglite";

function pgliteVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(process.cwd(), "node_modules/@electric-sql/pglite/package.json"), "utf8")) as { version: string })
      .version;
  } catch {
    return "unknown";
  }
}

/** The folder of a pristine, closed PGlite cluster to copy. */
async function template(): Promise<string> {
  const ready = join(tmpdir(), `rd-pglite-template-${pgliteVersion()}`);
  if (existsSync(join(ready, "READY"))) return join(ready, "pglite");
  const building = mkdtempSync(join(tmpdir(), "rd-pglite-template-build-"));
  const pg = await PGlite.create(join(building, "pglite"));
  await pg.close();
  writeFileSync(join(building, "READY"), "");
  try {
    renameSync(building, ready);
  } catch {
    rmSync(building, { recursive: true, force: true }); // another test worker finished first
  }
  return join(ready, "pglite");
}

/** Put an empty PGlite cluster at `dir` (e.g. DATA_DIR/pglite before the app opens it). */
export async function seedPgliteDir(dir: string): Promise<void> {
  cpSync(await template(), dir, { recursive: true });
}

export async function openTempPglite(): Promise<{ db: Db; dir: string; remove(): void }> {
  const dir = mkdtempSync(join(tmpdir(), "rd-pglite-"));
  await seedPgliteDir(join(dir, "pglite"));
  const db = await openPgliteDb(join(dir, "pglite"));
  return { db, dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

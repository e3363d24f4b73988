import "server-only";
// The embedded back end: PGlite in a data folder, created on first use. One process at a time may
// open a folder (Postgres in WebAssembly has no shared memory between processes), so a lock file
// next to it says who has it; a second process gets a sentence, not a corrupted database.
import { mkdirSync, openSync, readFileSync, rmSync, writeFileSync, closeSync } from "node:fs";
import { dirname, join, basename } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { Db, Queryable, Row } from "./db";
import { quoteIdent } from "./db";
import { SessionError } from "./errors";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Folders open in this process (kept on globalThis: dev hot reload re-evaluates modules). */
const OPEN_KEY = Symbol.for("registry-doctor.pglite-open-folders");
const openHere = ((globalThis as unknown as Record<symbol, Set<string> | undefined>)[OPEN_KEY] ??= new Set());

const inUse = (dir: string, who: string, lock: string) =>
  new SessionError(
    "unavailable",
    `The embedded session database in ${dir} is in use by ${who}. Stop it, set DATA_DIR to another folder, or set DATABASE_URL so several instances share one PostgreSQL server. If no such process runs, delete ${lock}.`,
  );

/** Take the folder's lock file, or explain who holds it. Returns the release function. */
function lockFolder(dir: string): () => void {
  const lock = join(dirname(dir), `${basename(dir)}.lock`);
  if (openHere.has(dir)) throw inUse(dir, "this process already", lock);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(lock, "wx");
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      const release = () => rmSync(lock, { force: true });
      process.once("exit", release);
      openHere.add(dir);
      return () => {
        openHere.delete(dir);
        process.removeListener("exit", release);
        release();
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(readFileSync(lock, "utf8").trim());
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && alive(holder)) {
        throw inUse(dir, `another process (pid ${holder})`, lock);
      }
      rmSync(lock, { force: true }); // stale: its process is gone
    }
  }
  throw new SessionError("unavailable", `Could not take the lock ${lock} on the embedded session database; delete it and start again.`);
}

export async function openPgliteDb(dir: string): Promise<Db> {
  mkdirSync(dir, { recursive: true });
  const release = lockFolder(dir);
  let pg: PGlite;
  try {
    pg = await PGlite.create(dir);
  } catch (error) {
    release();
    throw error;
  }
  const asQueryable = (target: Pick<PGlite, "query">): Queryable => ({
    async query<R extends Row = Row>(sql: string, params: readonly unknown[] = []): Promise<R[]> {
      return (await target.query<R>(sql, [...params])).rows;
    },
  });
  let closed = false;
  return {
    kind: "pglite",
    ...asQueryable(pg),
    transaction: (work) => pg.transaction((tx) => work(asQueryable(tx))),
    async listen(channel, onNotify) {
      const unlisten = await pg.listen(quoteIdent(channel), onNotify);
      return async () => {
        if (!closed) await unlisten();
      };
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await pg.close();
      } finally {
        release();
      }
    },
  };
}

import "server-only";
// The tiny database interface the session store is written against, so one SQL code path serves
// both back ends: the embedded PGlite (Postgres in WebAssembly, a data folder, no setup) and a
// real PostgreSQL server (DATABASE_URL; several app instances share sessions, rate limits and —
// through LISTEN/NOTIFY — live updates). Not an ORM: parameterised SQL in, plain rows out.
import type { SessionEnv } from "./env";

export type Row = Record<string, unknown>;

export interface Queryable {
  /** One statement, `$1`-style parameters; the result rows. */
  query<R extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<R[]>;
}

export interface Db extends Queryable {
  readonly kind: "pglite" | "postgres";
  /** BEGIN … COMMIT around `work`, ROLLBACK if it throws. Queries inside go through `tx`. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Call `onNotify` with each NOTIFY payload on `channel` (from any connection, this one too).
   * After a lost listening connection is re-established, `onNotify("")` says "you may have missed
   * notifications; look again". Resolves to an unlisten function.
   */
  listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** The back end the configuration asks for: PostgreSQL with DATABASE_URL, otherwise PGlite. */
export async function openDb(env: Pick<SessionEnv, "databaseUrl" | "pgliteDir">): Promise<Db> {
  if (env.databaseUrl) {
    const { openPostgresDb } = await import("./db-postgres");
    return openPostgresDb(env.databaseUrl);
  }
  const { openPgliteDb } = await import("./db-pglite");
  return openPgliteDb(env.pgliteDir);
}

/** Channel names are identifiers we choose; quoted anyway. */
export function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`'${name}' is not a channel name this store uses`);
  return `"${name}"`;
}

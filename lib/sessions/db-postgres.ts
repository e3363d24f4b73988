import "server-only";
// The shared back end: a PostgreSQL server at DATABASE_URL through `pg`. Queries use a small pool;
// LISTEN uses one dedicated connection per process, re-established (with every channel re-listened)
// if it drops, after which listeners are told to look again so no update is lost for good.
import pg from "pg";
import type { Db, Queryable, Row } from "./db";
import { quoteIdent } from "./db";
import { SessionError } from "./errors";

const RECONNECT_MS = [250, 500, 1000, 2000, 5000] as const;

/** Log what failed without the URL or anything else that may hold a password. */
function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}${"code" in error && error.code ? ` ${String(error.code)}` : ""}: ${error.message}`;
  return "unknown error";
}

export async function openPostgresDb(connectionString: string, options: { poolSize?: number } = {}): Promise<Db> {
  const pool = new pg.Pool({ connectionString, max: options.poolSize ?? 10, idleTimeoutMillis: 30_000 });
  pool.on("error", (error) => console.error("sessions: idle PostgreSQL connection failed:", describe(error)));
  // Fail at start with a sentence, not on the first request.
  try {
    await pool.query("select 1");
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new SessionError(
      "unavailable",
      `Cannot reach the PostgreSQL server in DATABASE_URL (${describe(error)}); check that it runs and the URL's host, port, user and database, or unset DATABASE_URL to use the embedded database.`,
    );
  }

  const handlers = new Map<string, Set<(payload: string) => void>>();
  let listener: pg.Client | undefined;
  let connecting: Promise<pg.Client> | undefined;
  let closed = false;
  let failures = 0;

  const dispatch = (channel: string, payload: string) => {
    for (const handler of handlers.get(channel) ?? []) {
      try {
        handler(payload);
      } catch (error) {
        console.error("sessions: a notification handler failed:", describe(error));
      }
    }
  };

  const connectListener = (): Promise<pg.Client> => {
    connecting ??= (async () => {
      const client = new pg.Client({ connectionString });
      client.on("notification", (message) => dispatch(message.channel, message.payload ?? ""));
      const lost = (error?: unknown) => {
        if (listener !== client) return;
        listener = undefined;
        client.removeAllListeners("end");
        client.end().catch(() => undefined);
        if (closed) return;
        if (error) console.error("sessions: the LISTEN connection to PostgreSQL failed:", describe(error));
        scheduleReconnect();
      };
      client.on("error", lost);
      client.on("end", () => lost());
      await client.connect();
      for (const channel of handlers.keys()) await client.query(`LISTEN ${quoteIdent(channel)}`);
      listener = client;
      return client;
    })().finally(() => {
      connecting = undefined;
    });
    return connecting;
  };

  const scheduleReconnect = () => {
    const delay = RECONNECT_MS[Math.min(failures, RECONNECT_MS.length - 1)];
    failures += 1;
    setTimeout(() => {
      if (closed || listener) return;
      connectListener().then(
        () => {
          failures = 0;
          // Notifications sent while we were away are gone; ask every listener to catch up.
          for (const channel of handlers.keys()) dispatch(channel, "");
        },
        (error: unknown) => {
          console.error("sessions: reconnecting the LISTEN connection failed:", describe(error));
          scheduleReconnect();
        },
      );
    }, delay).unref();
  };

  const asQueryable = (target: pg.Pool | pg.PoolClient): Queryable => ({
    async query<R extends Row = Row>(sql: string, params: readonly unknown[] = []): Promise<R[]> {
      return (await target.query<R>(sql, [...params])).rows;
    },
  });

  return {
    kind: "postgres",
    ...asQueryable(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work(asQueryable(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async listen(channel, onNotify) {
      const name = quoteIdent(channel);
      let set = handlers.get(channel);
      const first = set === undefined;
      if (!set) handlers.set(channel, (set = new Set()));
      set.add(onNotify);
      const client = listener ?? (await connectListener());
      if (first && client === listener) await client.query(`LISTEN ${name}`);
      return async () => {
        const current = handlers.get(channel);
        if (!current?.delete(onNotify) || current.size > 0) return;
        handlers.delete(channel);
        if (listener && !closed) await listener.query(`UNLISTEN ${name}`).catch(() => undefined);
      };
    },
    async close() {
      if (closed) return;
      closed = true;
      const client = listener;
      listener = undefined;
      await client?.end().catch(() => undefined);
      await pool.end();
    },
  };
}

import "server-only";
// The process-wide session store, created on first use from the environment (env.ts) and kept on
// globalThis so Next's dev hot reload reuses it instead of opening the embedded database twice.
// Expired sessions are purged at start and then hourly.
import { openDb } from "./db";
import { loadSessionEnv, type SessionEnv } from "./env";
import { SessionStore } from "./store";

const PURGE_EVERY_MS = 3_600_000;

interface Cache {
  store?: Promise<SessionStore>;
  purge?: ReturnType<typeof setInterval>;
}

const KEY = Symbol.for("registry-doctor.session-store");
const cache = ((globalThis as unknown as Record<symbol, Cache | undefined>)[KEY] ??= {});

/** The configuration, checked (throws SessionConfigError listing every problem). */
export function sessionEnv(): SessionEnv {
  return loadSessionEnv();
}

async function create(): Promise<SessionStore> {
  const env = sessionEnv();
  const store = await SessionStore.open(await openDb(env), { ttlMs: env.ttlMs });
  const purge = () =>
    store
      .purgeExpired()
      .catch((error: unknown) =>
        console.error("sessions: purging expired sessions failed:", error instanceof Error ? error.message : "unknown error"),
      );
  void purge();
  cache.purge = setInterval(() => void purge(), PURGE_EVERY_MS);
  cache.purge.unref();
  return store;
}

export function getSessionStore(): Promise<SessionStore> {
  if (!cache.store) {
    const opening = create();
    cache.store = opening;
    // A failed start (database unreachable, folder locked) is retried on the next request.
    opening.catch(() => {
      if (cache.store === opening) cache.store = undefined;
    });
  }
  return cache.store;
}

/** Close and forget the process-wide store (tests; a clean shutdown). */
export async function closeSessionStore(): Promise<void> {
  const opening = cache.store;
  cache.store = undefined;
  if (cache.purge) clearInterval(cache.purge);
  cache.purge = undefined;
  const store = await opening?.catch(() => undefined);
  await store?.close();
}

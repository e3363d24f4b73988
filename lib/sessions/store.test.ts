// The session store against both back ends it ships with — the embedded PGlite (in a temp folder)
// and a real PostgreSQL server started for the test (testing/postgres.ts) — through the same code.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "./db";
import { openPostgresDb } from "./db-postgres";
import { migrate } from "./migrations";
import { SessionStateSchema, type SessionEvent } from "./schema";
import { SessionStore } from "./store";
import { clientEvidence, reportWithSecrets, SECRET_PASTE, SECRETS } from "./testing/fixtures";
import { openTempPglite } from "./testing/pglite";
import { startPostgres, type TestPostgres } from "./testing/postgres";

const DAY = 86_400_000;
const TTL = 7 * DAY;
const MAX_EVENTS = 20;

interface Backend {
  name: "PGlite" | "PostgreSQL";
  db: Db;
  /** Another connection to the same database (PostgreSQL only): a second app instance. */
  openAnother?: () => Promise<Db>;
  teardown: () => Promise<void>;
}

async function pgliteBackend(): Promise<Backend> {
  const temp = await openTempPglite();
  return { name: "PGlite", db: temp.db, teardown: async () => temp.remove() };
}

async function postgresBackend(): Promise<Backend> {
  const server: TestPostgres = await startPostgres();
  return {
    name: "PostgreSQL",
    db: await openPostgresDb(server.url),
    openAnother: () => openPostgresDb(server.url),
    teardown: () => server.stop(),
  };
}

/** Every row of every table, as JSON text. */
async function dumpEveryTable(db: Db): Promise<{ tables: string[]; text: string }> {
  const tables = (
    await db.query<{ table_name: string }>(
      "select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name",
    )
  ).map((row) => row.table_name);
  const rows: string[] = [];
  for (const table of tables) {
    for (const row of await db.query<{ row: string }>(`select row_to_json(t)::text as row from "${table}" t`)) rows.push(row.row);
  }
  return { tables, text: rows.join("\n") };
}

function nextEvent(events: SessionEvent[], count: number, timeoutMs: number): Promise<number> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      if (events.length >= count) {
        clearInterval(timer);
        resolve(Date.now() - started);
      } else if (Date.now() - started > timeoutMs) {
        clearInterval(timer);
        reject(new Error(`only ${events.length} of ${count} events arrived within ${timeoutMs} ms`));
      }
    }, 5);
  });
}

describe.each([
  ["PGlite", pgliteBackend],
  ["PostgreSQL", postgresBackend],
] as const)("SessionStore on %s", (name, makeBackend) => {
  let backend: Backend;
  let store: SessionStore;
  let clock = Date.parse("2025-03-01T09:00:00Z");
  const now = () => clock;

  beforeAll(async () => {
    backend = await makeBackend();
    store = await SessionStore.open(backend.db, { ttlMs: TTL, now, maxEventsPerSession: MAX_EVENTS });
  }, 40_000);

  afterAll(async () => {
    await store?.close();
    await backend?.teardown();
  });

  it("creates a session and folds its events into the state both sides see", async () => {
    const created = await store.createSession();
    expect(created.code).toMatch(/^[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]{3}$/);
    expect(created.expiresAt).toBe(new Date(clock + TTL).toISOString());
    const empty = await store.getState(created.code);
    expect(empty).toMatchObject({ code: created.code, createdAt: created.createdAt, wizard: { answers: [] }, events: [], lastEventId: 0 });

    const engineer = { engineerSecret: created.engineerSecret };
    await store.appendEvent(created.code, { kind: "registry", registry: "myregistry.azurecr.io" }, engineer);
    await store.appendEvent(created.code, { kind: "wizard", answers: ["q-start.login", "q-login.nxdomain"], client: "docker" });
    const paste = await store.appendEvent(created.code, {
      kind: "paste",
      text: "dial tcp: lookup myregistry.azurecr.io on 127.0.0.53:53: no such host",
    });
    await store.appendEvent(created.code, { kind: "note", text: "Customer is on the VPN." }, engineer);
    await store.appendEvent(created.code, { kind: "wizard", answers: ["q-start.login"] });

    const state = SessionStateSchema.parse(await store.getState(created.code));
    expect(state.registry).toBe("myregistry.azurecr.io");
    expect(state.wizard).toEqual({ answers: ["q-start.login"] });
    expect(state.events.map((e) => [e.event.kind, e.author])).toEqual([
      ["registry", "engineer"],
      ["wizard", "customer"],
      ["paste", "customer"],
      ["note", "engineer"],
      ["wizard", "customer"],
    ]);
    expect(state.lastEventId).toBe(state.events.at(-1)?.id);
    const ids = state.events.map((e) => e.id);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    expect(paste.event.kind === "paste" && paste.event.matches?.[0]?.causeId).toBe("dns-name-not-found");
    expect(state.events[2]).toEqual(paste);
  });

  it("lets only the engineer add notes, diagnoses and the end", async () => {
    const { code, engineerSecret } = await store.createSession();
    for (const input of [{ kind: "note", text: "x" }, { kind: "diagnosis", causeId: "dns-name-not-found" }, { kind: "end" }] as const) {
      await expect(store.appendEvent(code, input)).rejects.toMatchObject({
        status: 403,
        message: expect.stringContaining("Only the engineer"),
      });
      await expect(store.appendEvent(code, input, { engineerSecret: "wrong" })).rejects.toMatchObject({ status: 403 });
    }
    await expect(store.appendEvent(code, { kind: "note", text: "x" }, { engineerSecret })).resolves.toMatchObject({ author: "engineer" });
    expect(await store.isEngineer(code, engineerSecret)).toBe(true);
    expect(await store.isEngineer(code, `${engineerSecret}x`)).toBe(false);
    expect(await store.isEngineer(code, undefined)).toBe(false);
    const other = await store.createSession();
    expect(await store.isEngineer(other.code, engineerSecret)).toBe(false);
  });

  it("answers unknown codes with not-found", async () => {
    expect(await store.getState("ZZZ-ZZZ-ZZZ")).toBeUndefined();
    await expect(store.appendEvent("ZZZ-ZZZ-ZZZ", { kind: "registry", registry: "x" })).rejects.toMatchObject({ status: 404 });
  });

  it("makes an ended session read-only", async () => {
    const { code, engineerSecret } = await store.createSession();
    await store.appendEvent(code, { kind: "registry", registry: "ghcr.io" });
    const end = await store.endSession(code, engineerSecret);
    expect(end).toMatchObject({ author: "engineer", event: { kind: "end" } });
    const state = await store.getState(code);
    expect(state?.endedAt).toBe(end.at);
    expect(state?.registry).toBe("ghcr.io");
    await expect(store.appendEvent(code, { kind: "paste", text: "x509: certificate signed by unknown authority" })).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining("has ended"),
    });
    await expect(store.endSession(code, engineerSecret)).rejects.toMatchObject({ status: 409 });
  });

  it("expires idle sessions; activity keeps them open; purging removes them", async () => {
    const idle = await store.createSession();
    const busy = await store.createSession();
    clock += TTL - 3_600_000;
    await store.appendEvent(busy.code, { kind: "registry", registry: "quay.io" });
    clock += 2 * 3_600_000; // past idle's expiry, well within busy's renewed one
    expect(await store.getState(idle.code)).toBeUndefined();
    await expect(store.appendEvent(idle.code, { kind: "registry", registry: "x" })).rejects.toMatchObject({ status: 404 });
    expect(await store.isEngineer(idle.code, idle.engineerSecret)).toBe(false);
    const alive = await store.getState(busy.code);
    expect(alive?.expiresAt).toBe(new Date(clock - 2 * 3_600_000 + TTL).toISOString());

    const purged = await store.purgeExpired();
    expect(purged.sessions).toBeGreaterThanOrEqual(1);
    const rows = await backend.db.query<{ n: number }>("select count(*)::int as n from sessions where code = $1", [idle.code]);
    expect(Number(rows[0]?.n)).toBe(0);
    expect(await store.getState(busy.code)).toBeDefined();
  });

  it("keeps at most a fixed number of events per session", async () => {
    const { code } = await store.createSession();
    for (let i = 0; i < MAX_EVENTS; i += 1) await store.appendEvent(code, { kind: "registry", registry: `r${i}.example` });
    await expect(store.appendEvent(code, { kind: "registry", registry: "one-too-many.example" })).rejects.toMatchObject({ status: 409 });
  });

  it("reads events after an id and delivers new ones to subscribers, in order, once", async () => {
    const { code } = await store.createSession();
    const first = await store.appendEvent(code, { kind: "registry", registry: "a.example" });
    await store.appendEvent(code, { kind: "registry", registry: "b.example" });
    expect((await store.eventsAfter(code, first.id)).map((e) => e.event)).toEqual([{ kind: "registry", registry: "b.example" }]);

    const seen: SessionEvent[] = [];
    const stop = store.subscribe(code, 0, (event) => seen.push(event));
    await nextEvent(seen, 2, 1000);
    await Promise.all([
      store.appendEvent(code, { kind: "registry", registry: "c.example" }),
      store.appendEvent(code, { kind: "registry", registry: "d.example" }),
    ]);
    await nextEvent(seen, 4, 1000);
    stop();
    await store.appendEvent(code, { kind: "registry", registry: "e.example" });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen).toHaveLength(4);
    const ids = seen.map((e) => e.id);
    expect(new Set(ids).size).toBe(4);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
  });

  it("counts rate-limit hits in the database", async () => {
    const limit = { requests: 3, windowMs: 60_000 };
    const decisions = [];
    for (let i = 0; i < 4; i += 1) decisions.push(await store.hitRateLimit("create", "203.0.113.7", limit));
    expect(decisions.slice(0, 3)).toEqual([{ allowed: true }, { allowed: true }, { allowed: true }]);
    expect(decisions[3]).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect(await store.hitRateLimit("create", "203.0.113.8", limit)).toEqual({ allowed: true });
    expect(await store.hitRateLimit("join", "203.0.113.7", limit)).toEqual({ allowed: true });
    expect(await store.hitRateLimit("create", "203.0.113.7", null)).toEqual({ allowed: true });
    clock += 61_000;
    expect(await store.hitRateLimit("create", "203.0.113.7", limit)).toEqual({ allowed: true });
    const stored = await backend.db.query<{ client_hash: string }>("select client_hash from rate_limit_hits");
    expect(stored.every((row) => !row.client_hash.includes("203.0.113"))).toBe(true);
  });

  it("records each migration once", async () => {
    expect(await migrate(backend.db)).toBe(1);
    const rows = await backend.db.query<{ version: number }>("select version from schema_migrations");
    expect(rows.map((row) => Number(row.version))).toEqual([1]);
  });

  it("SECRET SEARCH: no table holds a password, token, proxy credential or the engineer's secret", async () => {
    const { code, engineerSecret } = await store.createSession();
    const engineer = { engineerSecret };
    await store.appendEvent(code, { kind: "registry", registry: "https://bob:Sup3rS3cret!@myregistry.azurecr.io" });
    await store.appendEvent(code, { kind: "paste", text: SECRET_PASTE });
    await store.appendEvent(code, { kind: "check", report: reportWithSecrets() });
    await store.appendEvent(code, { kind: "evidence", document: clientEvidence() });
    await store.appendEvent(code, { kind: "note", text: "They typed docker login -u bob -p Sup3rS3cret! on the jump host" }, engineer);
    await store.appendEvent(
      code,
      { kind: "diagnosis", causeId: "dns-name-not-found", note: "proxy was http://alice:pr0xyPa55@proxy:3128" },
      engineer,
    );
    await store.hitRateLimit("join", "198.51.100.23", { requests: 10, windowMs: 60_000 });

    const dump = await dumpEveryTable(backend.db);
    expect(dump.tables).toEqual(expect.arrayContaining(["rate_limit_hits", "schema_migrations", "session_events", "sessions"]));
    expect(dump.text).toContain(code);
    expect(dump.text).toContain("[REDACTED]");
    for (const secret of [...SECRETS, engineerSecret, "198.51.100.23"]) expect(dump.text).not.toContain(secret);
    // The state served to both sides comes from the same rows.
    const served = JSON.stringify(await store.getState(code));
    for (const secret of [...SECRETS, engineerSecret]) expect(served).not.toContain(secret);
  });

  // PGlite is one process's database by design; sharing is what DATABASE_URL is for.
  if (name !== "PostgreSQL") return;
  describe("two app instances on one database", () => {
    let other: SessionStore;
    let third: SessionStore;

    beforeAll(async () => {
      // Both start at once: the migration lock makes them take turns.
      [other, third] = await Promise.all([
        backend.openAnother!().then((db) => SessionStore.open(db, { ttlMs: TTL, now })),
        backend.openAnother!().then((db) => SessionStore.open(db, { ttlMs: TTL, now })),
      ]);
    }, 20_000);

    afterAll(async () => {
      await other?.close();
      await third?.close();
    });

    it("share rate limits", async () => {
      const limit = { requests: 4, windowMs: 60_000 };
      const client = "192.0.2.44";
      const decisions = [
        await store.hitRateLimit("join", client, limit),
        await other.hitRateLimit("join", client, limit),
        await third.hitRateLimit("join", client, limit),
        await other.hitRateLimit("join", client, limit),
        await store.hitRateLimit("join", client, limit),
        await third.hitRateLimit("join", client, limit),
      ];
      expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, true, false, false]);
    });

    it("share sessions, and an event appended on one reaches a subscriber on another within a second (LISTEN/NOTIFY)", async () => {
      const { code, engineerSecret } = await store.createSession();
      expect(await other.getState(code)).toMatchObject({ code, events: [] });
      const seen: SessionEvent[] = [];
      const stop = other.subscribe(code, 0, (event) => seen.push(event));
      await new Promise((resolve) => setTimeout(resolve, 50)); // the subscriber's first read is done
      const appended = await store.appendEvent(code, { kind: "note", text: "Seen on the other instance?" }, { engineerSecret });
      const ms = await nextEvent(seen, 1, 1000);
      stop();
      expect(ms).toBeLessThan(1000);
      expect(seen).toEqual([appended]);
      // The engineer's secret works on every instance.
      expect(await third.isEngineer(code, engineerSecret)).toBe(true);
    });

    it("keep delivering after the LISTEN connection drops (catching up on what was missed)", async () => {
      const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
      const { code } = await store.createSession();
      const seen: SessionEvent[] = [];
      const stop = other.subscribe(code, 0, (event) => seen.push(event));
      // Cut every LISTEN connection, then append while they are down.
      await backend.db.query(
        "select pg_terminate_backend(pid) from pg_stat_activity where pid <> pg_backend_pid() and query ilike 'listen%'",
      );
      await store.appendEvent(code, { kind: "registry", registry: "while-down.example" });
      await nextEvent(seen, 1, 3000);
      await store.appendEvent(code, { kind: "registry", registry: "after.example" });
      await nextEvent(seen, 2, 2000);
      stop();
      expect(seen.map((e) => e.event)).toEqual([
        { kind: "registry", registry: "while-down.example" },
        { kind: "registry", registry: "after.example" },
      ]);
      expect(logged).toHaveBeenCalledWith("sessions: the LISTEN connection to PostgreSQL failed:", expect.stringContaining("57P01"));
      logged.mockRestore();
    });

    it("create sessions with codes unique across instances", async () => {
      const created = await Promise.all([store, other, third, store, other, third].map((s) => s.createSession()));
      expect(new Set(created.map((c) => c.code)).size).toBe(created.length);
    });
  });
});

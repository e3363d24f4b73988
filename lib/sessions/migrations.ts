import "server-only";
// The one schema both back ends share, as numbered migrations applied at start. Each migration is
// a list of single statements (PGlite's parameterised path takes one at a time) and runs once, in
// a transaction, recorded in schema_migrations. An advisory lock makes two instances starting
// together on one PostgreSQL server take turns. Never edit a shipped migration; add the next one.
import type { Db } from "./db";

export interface Migration {
  version: number;
  name: string;
  statements: readonly string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "sessions, their events, rate-limit hits",
    statements: [
      `create table sessions (
        code text primary key,
        engineer_secret_hash text not null,
        created_at timestamptz not null,
        expires_at timestamptz not null,
        ended_at timestamptz,
        event_count integer not null default 0
      )`,
      `create index sessions_expires_at on sessions (expires_at)`,
      `create table session_events (
        id bigserial primary key,
        session_code text not null references sessions (code) on delete cascade,
        at timestamptz not null,
        author text not null check (author in ('engineer', 'customer')),
        kind text not null,
        body jsonb not null
      )`,
      `create index session_events_by_session on session_events (session_code, id)`,
      `create table rate_limit_hits (
        bucket text not null,
        client_hash text not null,
        at timestamptz not null
      )`,
      `create index rate_limit_hits_by_client on rate_limit_hits (bucket, client_hash, at)`,
      `create index rate_limit_hits_at on rate_limit_hits (at)`,
    ],
  },
];

/** Arbitrary, fixed: the advisory lock key migrations take. */
const MIGRATION_LOCK = 724_310_001;

/** Apply every migration not yet applied; returns the schema version now in place. */
export async function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.query("select pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    await tx.query(`create table if not exists schema_migrations (
      version integer primary key,
      name text not null,
      applied_at timestamptz not null default now()
    )`);
    const rows = await tx.query<{ version: number }>("select version from schema_migrations");
    const applied = new Set(rows.map((row) => Number(row.version)));
    let current = Math.max(0, ...applied);
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (applied.has(migration.version)) continue;
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query("insert into schema_migrations (version, name) values ($1, $2)", [migration.version, migration.name]);
      current = Math.max(current, migration.version);
    }
    return current;
  });
}

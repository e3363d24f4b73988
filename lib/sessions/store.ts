import "server-only";
// The support-session store: one class over the Db interface, so the embedded PGlite and a shared
// PostgreSQL server run the same SQL. It creates sessions (a code plus the engineer's secret,
// kept only as a SHA-256 hash), appends events (made safe by prepare.ts first), folds them into
// the state both sides see, delivers new events to subscribers — across app instances through
// LISTEN/NOTIFY, whose payload is only `<code>:<id>`; the event itself is read from the table —
// and keeps rate-limit hits in the database so every instance counts the same.
//
// Not here: HTTP (lib/sessions/http.ts and the route handlers) and the process-wide instance
// (lib/sessions/server.ts).
import { createHash } from "node:crypto";
import type { RateDecision } from "@/lib/http/rate-limit";
import { generateCode, generateSecret, hashSecret, secretMatches } from "./codes";
import type { Db, Queryable } from "./db";
import { ended, notFound, SessionError } from "./errors";
import { foldState } from "./fold";
import { migrate } from "./migrations";
import { prepareEvent } from "./prepare";
import {
  ENGINEER_ONLY,
  type Author,
  type SessionEvent,
  type SessionEventInput,
  type SessionState,
  type StoredSessionEventBody,
} from "./schema";
import type { RateLimit } from "@/lib/http/rate-limit";

export const NOTIFY_CHANNEL = "session_events";
/** More than any real session needs; stops one session from filling the disk. */
export const MAX_EVENTS_PER_SESSION = 1000;
/** Rate-limit windows are at most a day (env.ts); older hits are purged. */
const MAX_WINDOW_MS = 86_400_000;

export interface SessionStoreOptions {
  /** How long a session stays open after its last event. */
  ttlMs: number;
  /** The clock, in ms since the epoch (tests move it). */
  now?: () => number;
  maxEventsPerSession?: number;
}

export interface CreatedSession {
  code: string;
  /** Give this to the engineer's browser (httpOnly cookie) and forget it: only its hash is stored. */
  engineerSecret: string;
  createdAt: string;
  expiresAt: string;
}

export interface AppendOptions {
  /** The secret from the engineer's cookie, if the request has one; decides the author. */
  engineerSecret?: string;
}

interface Subscriber {
  code: string;
  lastId: number;
  onEvent: (event: SessionEvent) => void;
  onError: (error: unknown) => void;
  pumping: boolean;
  again: boolean;
  closed: boolean;
}

interface SessionRow {
  code: string;
  engineer_secret_hash: string;
  created_at: Date | string;
  expires_at: Date | string;
  ended_at: Date | string | null;
  event_count: number | string;
}

interface EventRow {
  id: number | string;
  at: Date | string;
  author: Author;
  body: StoredSessionEventBody;
}

const iso = (value: Date | string | number): string => new Date(value).toISOString();

const toEvent = (row: EventRow): SessionEvent => ({ id: Number(row.id), at: iso(row.at), author: row.author, event: row.body });

const EVENT_COLUMNS = "id, at, author, body";

/** Rate-limit keys are hashed: the table holds no client addresses. */
const clientHash = (client: string) => createHash("sha256").update(client, "utf8").digest("hex").slice(0, 32);

export class SessionStore {
  private readonly now: () => number;
  private readonly maxEvents: number;
  private readonly subscribers = new Map<string, Set<Subscriber>>();
  private unlisten: (() => Promise<void>) | undefined;
  private closed = false;

  private constructor(
    private readonly db: Db,
    readonly ttlMs: number,
    options: SessionStoreOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.maxEvents = options.maxEventsPerSession ?? MAX_EVENTS_PER_SESSION;
  }

  /** Migrate the schema, start listening for other instances' events. The store owns `db` from here. */
  static async open(db: Db, options: SessionStoreOptions): Promise<SessionStore> {
    const store = new SessionStore(db, options.ttlMs, options);
    try {
      await migrate(db);
      store.unlisten = await db.listen(NOTIFY_CHANNEL, (payload) => store.onNotify(payload));
    } catch (error) {
      await db.close().catch(() => undefined);
      throw error;
    }
    return store;
  }

  get backend(): Db["kind"] {
    return this.db.kind;
  }

  /** A new session with a fresh code (retried on the rare collision) and a new engineer secret. */
  async createSession(): Promise<CreatedSession> {
    const engineerSecret = generateSecret();
    const now = this.now();
    const createdAt = iso(now);
    const expiresAt = iso(now + this.ttlMs);
    for (let attempt = 0; attempt < 8; attempt += 1) {
      const code = generateCode();
      const rows = await this.db.query(
        `insert into sessions (code, engineer_secret_hash, created_at, expires_at)
         values ($1, $2, $3::timestamptz, $4::timestamptz)
         on conflict (code) do nothing returning code`,
        [code, hashSecret(engineerSecret), createdAt, expiresAt],
      );
      if (rows.length === 1) return { code, engineerSecret, createdAt, expiresAt };
    }
    throw new SessionError("unavailable", "Could not find a free session code; try again.");
  }

  /** The state both sides see, or undefined when the code is unknown or the session has expired. */
  async getState(code: string): Promise<SessionState | undefined> {
    const session = await this.liveSession(this.db, code);
    if (!session) return undefined;
    const rows = await this.db.query<EventRow & Record<string, unknown>>(
      `select ${EVENT_COLUMNS} from session_events where session_code = $1 order by id`,
      [code],
    );
    return foldState(
      {
        code: session.code,
        createdAt: iso(session.created_at),
        expiresAt: iso(session.expires_at),
        ...(session.ended_at === null ? {} : { endedAt: iso(session.ended_at) }),
      },
      rows.map(toEvent),
    );
  }

  /** Does `secret` belong to this session's engineer? False for unknown or expired sessions. */
  async isEngineer(code: string, secret: string | undefined): Promise<boolean> {
    if (!secret) return false;
    const session = await this.liveSession(this.db, code);
    return session !== undefined && secretMatches(secret, session.engineer_secret_hash);
  }

  /**
   * Add an event. The author is the engineer when `engineerSecret` matches, the customer otherwise;
   * engineer-only kinds from anyone else are refused. Throws SessionError: not-found (unknown or
   * expired), ended (read-only), forbidden, full, invalid / too-large (from prepare.ts).
   */
  async appendEvent(code: string, input: SessionEventInput, options: AppendOptions = {}): Promise<SessionEvent> {
    const body = prepareEvent(input); // matching and scrubbing happen outside the row lock
    const event = await this.db.transaction(async (tx) => {
      const session = await this.liveSession(tx, code, true);
      if (!session) throw notFound(code);
      if (session.ended_at !== null) throw ended(code);
      const author: Author = secretMatches(options.engineerSecret, session.engineer_secret_hash) ? "engineer" : "customer";
      if (author !== "engineer" && ENGINEER_ONLY.includes(body.kind)) {
        throw new SessionError(
          "forbidden",
          `Only the engineer who started session ${code} can add a ${body.kind === "end" ? "request to end it" : body.kind}; open the session in the browser that started it.`,
        );
      }
      if (Number(session.event_count) >= this.maxEvents) {
        throw new SessionError(
          "full",
          `Session ${code} holds ${this.maxEvents} events, the most one session keeps; start a new session to continue.`,
        );
      }
      const now = this.now();
      const [row] = await tx.query<EventRow & Record<string, unknown>>(
        `insert into session_events (session_code, at, author, kind, body)
         values ($1, $2::timestamptz, $3, $4, $5::jsonb) returning ${EVENT_COLUMNS}`,
        [code, iso(now), author, body.kind, JSON.stringify(body)],
      );
      if (!row) throw new Error("insert returned no row");
      await tx.query(
        `update sessions set expires_at = $2::timestamptz, event_count = event_count + 1,
           ended_at = case when $3 then $4::timestamptz else ended_at end
         where code = $1`,
        [code, iso(now + this.ttlMs), body.kind === "end", iso(now)],
      );
      const stored = toEvent(row);
      // Delivered to every listening instance when the transaction commits.
      await tx.query("select pg_notify($1, $2)", [NOTIFY_CHANNEL, `${code}:${stored.id}`]);
      return stored;
    });
    this.wake(code, event.id);
    return event;
  }

  /** The engineer ends the session; it stays readable (read-only) until it expires. */
  endSession(code: string, engineerSecret: string | undefined): Promise<SessionEvent> {
    return this.appendEvent(code, { kind: "end" }, engineerSecret === undefined ? {} : { engineerSecret });
  }

  /** Events with id > afterId, oldest first (at most `limit`). Does not check expiry. */
  async eventsAfter(code: string, afterId: number, limit = 500): Promise<SessionEvent[]> {
    const rows = await this.db.query<EventRow & Record<string, unknown>>(
      `select ${EVENT_COLUMNS} from session_events where session_code = $1 and id > $2 order by id limit $3`,
      [code, Math.max(0, Math.floor(afterId)), limit],
    );
    return rows.map(toEvent);
  }

  /**
   * Call `onEvent` with each event of `code` after `afterId`, in order and once each: first those
   * already stored, then each new one as it is appended here or on any instance sharing the
   * database. Returns the function that stops it.
   */
  subscribe(
    code: string,
    afterId: number,
    onEvent: (event: SessionEvent) => void,
    onError: (error: unknown) => void = () => undefined,
  ): () => void {
    const subscriber: Subscriber = { code, lastId: afterId, onEvent, onError, pumping: false, again: false, closed: false };
    let set = this.subscribers.get(code);
    if (!set) this.subscribers.set(code, (set = new Set()));
    set.add(subscriber);
    void this.pump(subscriber);
    return () => {
      subscriber.closed = true;
      const current = this.subscribers.get(code);
      current?.delete(subscriber);
      if (current?.size === 0) this.subscribers.delete(code);
    };
  }

  /** Delete expired sessions (with their events) and rate-limit hits older than any window. */
  async purgeExpired(): Promise<{ sessions: number; rateLimitHits: number }> {
    const now = this.now();
    const sessions = await this.db.query("delete from sessions where expires_at <= $1::timestamptz returning code", [iso(now)]);
    const hits = await this.db.query<{ n: number }>(
      "with gone as (delete from rate_limit_hits where at <= $1::timestamptz returning 1) select count(*)::int as n from gone",
      [iso(now - MAX_WINDOW_MS)],
    );
    return { sessions: sessions.length, rateLimitHits: Number(hits[0]?.n ?? 0) };
  }

  /**
   * Count one request of `client` against `limit` in `bucket` (e.g. "create", "join"); the
   * decision is the same on every instance sharing the database. A null limit allows everything.
   */
  async hitRateLimit(bucket: string, client: string, limit: RateLimit | null): Promise<RateDecision> {
    if (!limit) return { allowed: true };
    const key = clientHash(client);
    const now = this.now();
    return this.db.transaction(async (tx) => {
      await tx.query("select pg_advisory_xact_lock(hashtext($1))", [`${bucket}:${key}`]);
      await tx.query("delete from rate_limit_hits where bucket = $1 and client_hash = $2 and at <= $3::timestamptz", [
        bucket,
        key,
        iso(now - limit.windowMs),
      ]);
      const [count] = await tx.query<{ n: number; oldest: Date | string | null }>(
        "select count(*)::int as n, min(at) as oldest from rate_limit_hits where bucket = $1 and client_hash = $2",
        [bucket, key],
      );
      if (Number(count?.n ?? 0) >= limit.requests) {
        const oldest = count?.oldest ? new Date(count.oldest).getTime() : now;
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + limit.windowMs - now) / 1000)) };
      }
      await tx.query("insert into rate_limit_hits (bucket, client_hash, at) values ($1, $2, $3::timestamptz)", [bucket, key, iso(now)]);
      return { allowed: true };
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const set of this.subscribers.values()) for (const subscriber of set) subscriber.closed = true;
    this.subscribers.clear();
    await this.unlisten?.().catch(() => undefined);
    await this.db.close();
  }

  // --- internals --------------------------------------------------------------------------------

  private async liveSession(q: Queryable, code: string, forUpdate = false): Promise<SessionRow | undefined> {
    const [row] = await q.query<SessionRow & Record<string, unknown>>(
      `select code, engineer_secret_hash, created_at, expires_at, ended_at, event_count from sessions
       where code = $1 and expires_at > $2::timestamptz${forUpdate ? " for update" : ""}`,
      [code, iso(this.now())],
    );
    return row;
  }

  private onNotify(payload: string): void {
    const match = /^(.+):(\d+)$/.exec(payload);
    if (match) this.wake(match[1] ?? "", Number(match[2]));
    else for (const code of this.subscribers.keys()) this.wake(code, Number.POSITIVE_INFINITY);
  }

  private wake(code: string, id: number): void {
    for (const subscriber of this.subscribers.get(code) ?? []) if (subscriber.lastId < id) void this.pump(subscriber);
  }

  /** Deliver what the subscriber has not seen; one pass at a time per subscriber, in order. */
  private async pump(subscriber: Subscriber): Promise<void> {
    if (subscriber.pumping) {
      subscriber.again = true;
      return;
    }
    subscriber.pumping = true;
    try {
      do {
        subscriber.again = false;
        let batch: SessionEvent[];
        do {
          if (subscriber.closed || this.closed) return;
          batch = await this.eventsAfter(subscriber.code, subscriber.lastId);
          for (const event of batch) {
            if (subscriber.closed) return;
            subscriber.lastId = event.id;
            subscriber.onEvent(event);
          }
        } while (batch.length === 500);
      } while (subscriber.again);
    } catch (error) {
      if (!subscriber.closed && !this.closed) subscriber.onError(error);
    } finally {
      subscriber.pumping = false;
    }
  }
}

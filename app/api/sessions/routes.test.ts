// The session API end to end, by calling the route handlers directly with real Requests against a
// real store (PGlite in a temp folder): status codes, sentences, the engineer's cookie, redaction,
// the server-sent event stream (live delivery, Last-Event-ID resume, the end), and rate limits.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as createSession } from "@/app/api/sessions/route";
import { GET as getSession } from "@/app/api/sessions/[code]/route";
import { GET as streamEvents, POST as postEvent } from "@/app/api/sessions/[code]/events/route";
import { GET as getTranscript } from "@/app/api/sessions/[code]/transcript/route";
import { CreateSessionResponseSchema, SessionEventSchema, SessionStateSchema } from "@/lib/sessions/schema";
import { closeSessionStore, getSessionStore } from "@/lib/sessions/server";
import { sessionEventStream } from "@/lib/sessions/sse";
import { TranscriptSchema } from "@/lib/sessions/transcript";
import { SECRET_PASTE, SECRETS } from "@/lib/sessions/testing/fixtures";
import { seedPgliteDir } from "@/lib/sessions/testing/pglite";
import { answersToCause } from "@/lib/tree/navigate";
import { TREE } from "@/lib/tree/tree";

let dir: string;
let clientCounter = 0;

/** Each test comes from its own address, so rate limits only meet where a test wants them to. */
function newClient(): string {
  clientCounter += 1;
  return `198.18.0.${clientCounter}`;
}

const context = (code: string) => ({ params: Promise.resolve({ code }) });

function request(
  path: string,
  init: { method?: string; body?: unknown; cookie?: string; client: string; headers?: Record<string, string>; signal?: AbortSignal },
): Request {
  const headers: Record<string, string> = { "x-forwarded-for": init.client, ...(init.headers ?? {}) };
  if (init.cookie) headers.cookie = init.cookie;
  if (init.body !== undefined) headers["content-type"] = "application/json";
  return new Request(`http://localhost:3000${path}`, {
    method: init.method ?? "GET",
    headers,
    ...(init.body === undefined ? {} : { body: typeof init.body === "string" ? init.body : JSON.stringify(init.body) }),
    ...(init.signal ? { signal: init.signal } : {}),
  });
}

async function start(
  client = newClient(),
  body?: unknown,
): Promise<{ code: string; cookie: string; client: string; response: Response; json: unknown }> {
  const response = await createSession(request("/api/sessions", { method: "POST", client, ...(body === undefined ? {} : { body }) }));
  const json: unknown = await response.json();
  const setCookie = response.headers.get("set-cookie") ?? "";
  return { code: (json as { code?: string }).code ?? "", cookie: setCookie.split(";")[0] ?? "", client, response, json };
}

function append(code: string, body: unknown, options: { client: string; cookie?: string }) {
  return postEvent(request(`/api/sessions/${code}/events`, { method: "POST", body, ...options }), context(code));
}

/** Reads server-sent event frames from a stream until `done` says so (or the stream ends). */
function frameReader(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const frames: string[] = [];
  let ended = false;
  const pump = (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let at: number;
      while ((at = buffer.indexOf("\n\n")) >= 0) {
        frames.push(buffer.slice(0, at));
        buffer = buffer.slice(at + 2);
      }
    }
    ended = true;
  })();
  const events = () =>
    frames
      .filter((frame) => frame.startsWith("id: "))
      .map((frame) =>
        SessionEventSchema.parse(
          JSON.parse(
            frame
              .split("\n")
              .find((l) => l.startsWith("data: "))
              ?.slice(6) ?? "",
          ),
        ),
      );
  return {
    frames,
    events,
    get ended() {
      return ended;
    },
    async until(check: () => boolean, timeoutMs = 1000): Promise<number> {
      const started = Date.now();
      while (!check()) {
        if (Date.now() - started > timeoutMs) throw new Error(`timed out; frames so far: ${JSON.stringify(frames)}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      return Date.now() - started;
    },
    cancel: () => reader.cancel(),
    pump,
  };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "rd-sessions-api-"));
  vi.stubEnv("DATA_DIR", dir);
  vi.stubEnv("DATABASE_URL", "");
  vi.stubEnv("SESSION_TTL_DAYS", "");
  vi.stubEnv("SESSION_RATE_LIMIT_CREATE", "3/1m");
  vi.stubEnv("SESSION_RATE_LIMIT_JOIN", "200/1m");
  vi.stubEnv("SESSION_RATE_LIMIT_APPEND", "200/1m");
  await seedPgliteDir(join(dir, "pglite")); // an empty cluster, copied: faster than initdb
  await getSessionStore();
}, 40_000);

afterAll(async () => {
  await closeSessionStore();
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

describe("POST /api/sessions", () => {
  it("starts a session: 201, the code and link, and the engineer's httpOnly cookie", async () => {
    const { response, json, code, cookie } = await start();
    expect(response.status).toBe(201);
    expect(CreateSessionResponseSchema.parse(json)).toEqual({ code, url: `/s/${code}`, expiresAt: expect.any(String) });
    const setCookie = response.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(new RegExp(`^rd_engineer_${code.replace(/-/g, "")}=[A-Za-z0-9_-]{43}; `));
    expect(setCookie).toContain("HttpOnly");
    expect(setCookie).toContain("SameSite=Lax");
    expect(setCookie).toContain("Path=/");
    expect(setCookie).toContain(`Max-Age=${7 * 86_400}`);
    expect(setCookie).not.toContain("Secure"); // plain http in this test; https adds it
    expect(JSON.stringify(json)).not.toContain(cookie.split("=")[1] ?? "?");
    expect(Date.parse((json as { expiresAt: string }).expiresAt) - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
  });

  it("can start with the registry the engineer already knows", async () => {
    const { code, client } = await start(newClient(), { registry: "myregistry.azurecr.io" });
    const state = SessionStateSchema.parse(await (await getSession(request(`/api/sessions/${code}`, { client }), context(code))).json());
    expect(state.registry).toBe("myregistry.azurecr.io");
    expect(state.events[0]?.author).toBe("engineer");
  });

  it("answers a bad body with 400 and a sentence", async () => {
    const client = newClient();
    const notJson = await createSession(request("/api/sessions", { method: "POST", client, body: "{registry" }));
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { error: string }).error).toMatch(/^The request body is not JSON; send a JSON object such as/);
    const wrong = await createSession(request("/api/sessions", { method: "POST", client, body: { registry: 5, extra: true } }));
    expect(wrong.status).toBe(400);
    const body = (await wrong.json()) as { error: string; fields: { field: string }[] };
    expect(body.error).toMatch(/registry must be text/);
    expect(body.error).toMatch(/fields it does not take: extra/);
  });

  it("limits how many sessions one address starts (429 with Retry-After)", async () => {
    const client = newClient();
    for (let i = 0; i < 3; i += 1) expect((await start(client)).response.status).toBe(201);
    const limited = await start(client);
    expect(limited.response.status).toBe(429);
    expect(Number(limited.response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((limited.json as { error: string }).error).toMatch(/^Too many sessions started from your address; try again in \d+ s\.$/);
    expect((await start()).response.status).toBe(201); // another address is not affected
  });
});

describe("GET /api/sessions/<code>", () => {
  it("shows the same state to both sides, and tells the engineer they are the engineer", async () => {
    const { code, cookie } = await start();
    const customer = newClient();
    await append(code, { kind: "registry", registry: "ghcr.io" }, { client: customer });
    const asCustomer = await getSession(request(`/api/sessions/${code.toLowerCase()}`, { client: customer }), context(code.toLowerCase()));
    expect(asCustomer.status).toBe(200);
    const customerState = SessionStateSchema.parse(await asCustomer.json());
    const engineerState = SessionStateSchema.parse(
      await (await getSession(request(`/api/sessions/${code}`, { client: newClient(), cookie }), context(code))).json(),
    );
    expect(customerState.viewer).toBe("customer");
    expect(engineerState.viewer).toBe("engineer");
    expect({ ...customerState, viewer: undefined }).toEqual({ ...engineerState, viewer: undefined });
    expect(customerState.registry).toBe("ghcr.io");
  });

  it("answers an unknown code with 404 and a malformed one with 400, each with a sentence", async () => {
    const client = newClient();
    const unknown = await getSession(request("/api/sessions/ZZZ-ZZZ-ZZZ", { client }), context("ZZZ-ZZZ-ZZZ"));
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: string }).error).toBe(
      "There is no open support session ZZZ-ZZZ-ZZZ: the code may be mistyped, or the session has expired. Check the code with your engineer, or ask them to start a new session.",
    );
    const compact = await getSession(request(`/api/sessions/zzzzzzzzz`, { client }), context("zzzzzzzzz"));
    expect(compact.status).toBe(404); // read as ZZZ-ZZZ-ZZZ
    const badEscape = await getSession(request("/api/sessions/%E0%A4%A", { client }), context("%E0%A4%A"));
    expect(badEscape.status).toBe(400);
    const malformed = await getSession(request("/api/sessions/K0O-1II-AAA", { client }), context("K0O-1II-AAA"));
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { error: string }).error).toBe("'K0O-1II-AAA' is not a session code; codes look like K7F-3QX-M2D.");
  });
});

describe("POST /api/sessions/<code>/events", () => {
  it("adds events: 201 with the stored event, the author decided by the engineer's cookie", async () => {
    const { code, cookie } = await start();
    const customer = newClient();
    const wizard = await append(code, { kind: "wizard", answers: answersToCause(TREE, "dns-name-not-found") ?? [] }, { client: customer });
    expect(wizard.status).toBe(201);
    expect(SessionEventSchema.parse(await wizard.json())).toMatchObject({ author: "customer", event: { kind: "wizard" } });
    const note = await append(code, { kind: "note", text: "Checking the VPN split tunnel." }, { client: newClient(), cookie });
    expect(note.status).toBe(201);
    expect(note.headers.get("set-cookie")).toMatch(/^rd_engineer_.*Max-Age=604800/); // renewed
    expect(await note.json()).toMatchObject({ author: "engineer", event: { kind: "note", text: "Checking the VPN split tunnel." } });
  });

  it("stores a paste redacted, with its matches", async () => {
    const { code } = await start();
    const response = await append(code, { kind: "paste", text: SECRET_PASTE }, { client: newClient() });
    expect(response.status).toBe(201);
    const text = await response.text();
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    const event = SessionEventSchema.parse(JSON.parse(text));
    if (event.event.kind !== "paste") throw new Error("not a paste");
    expect(event.event.text).toContain("Authorization: Bearer [REDACTED]");
    expect(event.event.text).toContain("http://alice:[REDACTED]@proxy:3128");
    expect(event.event.matches?.length).toBeGreaterThan(0);
  });

  it("refuses engineer-only events without the engineer's cookie (403), bad bodies (400), unknown codes (404)", async () => {
    const { code, cookie } = await start();
    const client = newClient();
    for (const body of [{ kind: "note", text: "hi" }, { kind: "end" }, { kind: "diagnosis", causeId: "dns-name-not-found" }]) {
      const response = await append(code, body, { client });
      expect(response.status).toBe(403);
      expect(((await response.json()) as { error: string }).error).toMatch(
        new RegExp(`^Only the engineer who started session ${code} can add`),
      );
    }
    const forged = await append(code, { kind: "end" }, { client, cookie: `${cookie.split("=")[0]}=forged-secret` });
    expect(forged.status).toBe(403);

    const badKind = await append(code, { kind: "shout", text: "x" }, { client });
    expect(badKind.status).toBe(400);
    expect(((await badKind.json()) as { error: string }).error).toBeTruthy();
    const emptyPaste = await append(code, { kind: "paste", text: "" }, { client });
    expect(emptyPaste.status).toBe(400);
    expect(((await emptyPaste.json()) as { fields: { field: string }[] }).fields[0]?.field).toBe("text");
    const notJson = await append(code, "nope", { client });
    expect(notJson.status).toBe(400);

    const unknown = await append("ZZZ-ZZZ-ZZZ", { kind: "registry", registry: "x" }, { client });
    expect(unknown.status).toBe(404);
  });

  it("makes an ended session read-only (409)", async () => {
    const { code, cookie } = await start();
    const client = newClient();
    expect((await append(code, { kind: "end" }, { client, cookie })).status).toBe(201);
    const late = await append(code, { kind: "registry", registry: "quay.io" }, { client });
    expect(late.status).toBe(409);
    expect(((await late.json()) as { error: string }).error).toBe(
      `Support session ${code} has ended and is read-only; ask your engineer to start a new session to continue.`,
    );
    const state = SessionStateSchema.parse(await (await getSession(request(`/api/sessions/${code}`, { client }), context(code))).json());
    expect(state.endedAt).toBeDefined();
  });
});

describe("GET /api/sessions/<code>/events (server-sent events)", () => {
  it("streams each change within a second, resumes after Last-Event-ID, and ends with the session", async () => {
    const { code, cookie } = await start();
    const customer = newClient();
    const first = SessionEventSchema.parse(
      await (await append(code, { kind: "registry", registry: "a.example" }, { client: customer })).json(),
    );

    const response = await streamEvents(request(`/api/sessions/${code}/events`, { client: customer }), context(code));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    const stream = frameReader(response.body!);
    await stream.until(() => stream.events().length === 1);
    expect(stream.frames[0]).toBe("retry: 2000");
    expect(stream.events()[0]).toEqual(first);

    // Another side appends while the stream is open.
    const appended = append(code, { kind: "paste", text: "dial tcp: lookup a.example: no such host" }, { client: newClient() });
    const ms = await stream.until(() => stream.events().length === 2);
    expect(ms).toBeLessThan(1000);
    const second = SessionEventSchema.parse(await (await appended).json());
    expect(stream.events()[1]).toEqual(second);
    const frame = stream.frames.find((f) => f.startsWith(`id: ${second.id}\n`)) ?? "";
    expect(frame.split("\n")).toEqual([`id: ${second.id}`, expect.stringMatching(/^data: \{.*\}$/)]);

    // A reconnecting EventSource sends Last-Event-ID: it gets only what came after.
    const resumed = frameReader(
      (
        await streamEvents(
          request(`/api/sessions/${code}/events`, { client: customer, headers: { "last-event-id": String(first.id) } }),
          context(code),
        )
      ).body!,
    );
    await resumed.until(() => resumed.events().length === 1);
    expect(resumed.events()[0]?.id).toBe(second.id);
    const viaQuery = frameReader(
      (await streamEvents(request(`/api/sessions/${code}/events?after=${second.id}`, { client: customer }), context(code))).body!,
    );

    // The engineer ends the session: every stream delivers the end and closes.
    const end = SessionEventSchema.parse(await (await append(code, { kind: "end" }, { client: newClient(), cookie })).json());
    for (const open of [stream, resumed, viaQuery]) {
      await open.until(() => open.ended);
      expect(open.events().at(-1)).toEqual(end);
    }
    expect(viaQuery.events()).toEqual([end]);

    // Nothing new on an ended session: 204 tells EventSource to stop reconnecting.
    const after = await streamEvents(
      request(`/api/sessions/${code}/events`, { client: customer, headers: { "last-event-id": String(end.id) } }),
      context(code),
    );
    expect(after.status).toBe(204);
  });

  it("stops when the client leaves, and answers 404 / 400 for unknown codes and bad ids", async () => {
    const { code } = await start();
    const client = newClient();
    const aborter = new AbortController();
    const response = await streamEvents(request(`/api/sessions/${code}/events`, { client, signal: aborter.signal }), context(code));
    const stream = frameReader(response.body!);
    await stream.until(() => stream.frames.length === 1);
    aborter.abort();
    await stream.until(() => stream.ended);
    const store = await getSessionStore();
    expect((store as unknown as { subscribers: Map<string, unknown> }).subscribers.has(code)).toBe(false);

    expect((await streamEvents(request("/api/sessions/ZZZ-ZZZ-ZZZ/events", { client }), context("ZZZ-ZZZ-ZZZ"))).status).toBe(404);
    const badId = await streamEvents(
      request(`/api/sessions/${code}/events`, { client, headers: { "last-event-id": "abc" } }),
      context(code),
    );
    expect(badId.status).toBe(400);
  });

  it("sends heartbeat comments while nothing happens", async () => {
    const { code } = await start();
    const store = await getSessionStore();
    const state = (await store.getState(code))!;
    const stream = frameReader(sessionEventStream(store, state, 0, { heartbeatMs: 30 }));
    await stream.until(() => stream.frames.filter((f) => f === ": heartbeat").length >= 2);
    await stream.cancel();
    expect((store as unknown as { subscribers: Map<string, unknown> }).subscribers.has(code)).toBe(false);
  });

  it("ends the stream once the session expires", async () => {
    const { code } = await start();
    const store = await getSessionStore();
    const state = (await store.getState(code))!;
    let now = Date.now();
    const stream = frameReader(sessionEventStream(store, state, 0, { heartbeatMs: 20, now: () => now }));
    await stream.until(() => stream.frames.length === 1);
    now = Date.parse(state.expiresAt) + 1;
    await stream.until(() => stream.ended);
  });
});

describe("GET /api/sessions/<code>/transcript", () => {
  it("exports Markdown and JSON for the engineer only", async () => {
    const { code, cookie } = await start(newClient(), { registry: "myregistry.azurecr.io" });
    const client = newClient();
    await append(code, { kind: "wizard", answers: answersToCause(TREE, "dns-name-not-found") ?? [] }, { client });
    await append(code, { kind: "paste", text: SECRET_PASTE }, { client });
    await append(code, { kind: "diagnosis", causeId: "dns-name-not-found", note: "VPN DNS" }, { client, cookie });

    const forbidden = await getTranscript(request(`/api/sessions/${code}/transcript?format=md`, { client }), context(code));
    expect(forbidden.status).toBe(403);
    expect(((await forbidden.json()) as { error: string }).error).toMatch(
      /^Only the engineer who started session .* can export its transcript/,
    );

    const md = await getTranscript(request(`/api/sessions/${code}/transcript?format=md`, { client, cookie }), context(code));
    expect(md.status).toBe(200);
    expect(md.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(md.headers.get("content-disposition")).toBe(`attachment; filename="registry-doctor-session-${code}.md"`);
    const markdown = await md.text();
    expect(markdown).toContain(code);
    expect(markdown).toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z/);
    for (const secret of SECRETS) expect(markdown).not.toContain(secret);

    const json = await getTranscript(request(`/api/sessions/${code}/transcript?format=json`, { client, cookie }), context(code));
    expect(json.status).toBe(200);
    const transcript = TranscriptSchema.parse(await json.json());
    expect(transcript.session.link).toBe(`http://localhost:3000/s/${code}`);
    expect(transcript.diagnosis?.cause.id).toBe("dns-name-not-found");

    const badFormat = await getTranscript(request(`/api/sessions/${code}/transcript?format=pdf`, { client, cookie }), context(code));
    expect(badFormat.status).toBe(400);
    expect((await getTranscript(request("/api/sessions/ZZZ-ZZZ-ZZZ/transcript", { client, cookie }), context("ZZZ-ZZZ-ZZZ"))).status).toBe(
      404,
    );
  });
});

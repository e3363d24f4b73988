// GET  /api/sessions/<code>/events — server-sent events of each change (lib/sessions/sse.ts),
//      resuming after Last-Event-ID (or ?after=<id>); 204 once an ended session has nothing new.
// POST /api/sessions/<code>/events — add an event (SessionEventInputSchema): 201 with the stored
//      event; 403 for engineer-only kinds without the engineer's cookie; 409 once ended.
import { invalidRequest, jsonError } from "@/lib/http/respond";
import { notFound } from "@/lib/sessions/errors";
import {
  assertBodySize,
  codeFrom,
  type CodeContext,
  engineerCookie,
  engineerSecretOf,
  enforceRateLimit,
  readOptionalJson,
  sessionRoute,
} from "@/lib/sessions/http";
import { SessionEventInputSchema } from "@/lib/sessions/schema";
import { getSessionStore } from "@/lib/sessions/server";
import { resumeAfter, SSE_HEADERS, sessionEventStream } from "@/lib/sessions/sse";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// A 64 KiB paste can grow six-fold as JSON (\uXXXX); an evidence document is at most 256 KiB.
const MAX_BODY_BYTES = 2 * 1024 * 1024;

export const GET = sessionRoute("GET /api/sessions/[code]/events", async (request: Request, context: CodeContext) => {
  const code = await codeFrom(context);
  const store = await getSessionStore();
  await enforceRateLimit(store, request, "join");
  const state = await store.getState(code);
  if (!state) throw notFound(code);
  const after = resumeAfter(request);
  if (after === undefined) return jsonError(400, "Last-Event-ID (or ?after=) must be the id of an event, a whole number such as 42.");
  if (state.endedAt && after >= state.lastEventId) return new Response(null, { status: 204 });
  return new Response(sessionEventStream(store, state, after, { signal: request.signal }), { headers: SSE_HEADERS });
});

export const POST = sessionRoute("POST /api/sessions/[code]/events", async (request: Request, context: CodeContext) => {
  const code = await codeFrom(context);
  assertBodySize(request, MAX_BODY_BYTES, "paste at most 64 KiB of error text, or an evidence document of at most 256 KiB");
  const store = await getSessionStore();
  await enforceRateLimit(store, request, "append");
  const parsed = SessionEventInputSchema.safeParse(await readOptionalJson(request, '{"kind": "paste", "text": "<the error output>"}'));
  if (!parsed.success) return invalidRequest(parsed.error);
  const secret = engineerSecretOf(request, code);
  const event = await store.appendEvent(code, parsed.data, secret === undefined ? {} : { engineerSecret: secret });
  const headers: Record<string, string> = { "cache-control": "no-store" };
  // The engineer's cookie lives as long as the session may: renewed with each of their events.
  if (event.author === "engineer" && secret) headers["set-cookie"] = engineerCookie(request, code, secret, store.ttlMs);
  return Response.json(event, { status: 201, headers });
});

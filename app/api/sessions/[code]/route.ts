// GET /api/sessions/<code> — the session's state as both sides see it (SessionStateSchema), with
// `viewer` saying whether this browser holds the engineer's cookie. 404 when unknown or expired.
import { codeFrom, type CodeContext, engineerSecretOf, enforceRateLimit, sessionRoute } from "@/lib/sessions/http";
import { notFound } from "@/lib/sessions/errors";
import type { SessionState } from "@/lib/sessions/schema";
import { getSessionStore } from "@/lib/sessions/server";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = sessionRoute("GET /api/sessions/[code]", async (request: Request, context: CodeContext) => {
  const code = await codeFrom(context);
  const store = await getSessionStore();
  await enforceRateLimit(store, request, "join");
  const [state, engineer] = await Promise.all([store.getState(code), store.isEngineer(code, engineerSecretOf(request, code))]);
  if (!state) throw notFound(code);
  const body: SessionState = { ...state, viewer: engineer ? "engineer" : "customer" };
  return Response.json(body, { headers: { "cache-control": "no-store" } });
});

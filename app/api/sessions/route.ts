// POST /api/sessions — the engineer starts a support session: 201 with { code, url, expiresAt }
// and the engineer's secret in an httpOnly cookie (lib/sessions). Rate-limited per client.
import { invalidRequest } from "@/lib/http/respond";
import { engineerCookie, enforceRateLimit, readOptionalJson, sessionRoute } from "@/lib/sessions/http";
import { CreateSessionRequestSchema, type CreateSessionResponse } from "@/lib/sessions/schema";
import { getSessionStore } from "@/lib/sessions/server";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const POST = sessionRoute("POST /api/sessions", async (request: Request) => {
  const store = await getSessionStore();
  await enforceRateLimit(store, request, "create");
  const parsed = CreateSessionRequestSchema.safeParse(await readOptionalJson(request, '{"registry": "myregistry.azurecr.io"}'));
  if (!parsed.success) return invalidRequest(parsed.error);
  const session = await store.createSession();
  if (parsed.data.registry)
    await store.appendEvent(session.code, { kind: "registry", registry: parsed.data.registry }, { engineerSecret: session.engineerSecret });
  const body: CreateSessionResponse = { code: session.code, url: `/s/${session.code}`, expiresAt: session.expiresAt };
  return Response.json(body, {
    status: 201,
    headers: { "cache-control": "no-store", "set-cookie": engineerCookie(request, session.code, session.engineerSecret, store.ttlMs) },
  });
});

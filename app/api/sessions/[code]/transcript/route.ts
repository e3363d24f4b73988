// GET /api/sessions/<code>/transcript?format=md|json — the session's record for a ticket
// (lib/sessions/transcript.ts), as a download. Exporting is the engineer's: 403 without their cookie.
import packageJson from "@/package.json";
import { jsonError } from "@/lib/http/respond";
import { notFound, SessionError } from "@/lib/sessions/errors";
import { codeFrom, type CodeContext, engineerSecretOf, enforceRateLimit, sessionRoute } from "@/lib/sessions/http";
import { getSessionStore } from "@/lib/sessions/server";
import { renderTranscriptMarkdown, transcriptJson } from "@/lib/sessions/transcript";
import { TREE } from "@/lib/tree/tree";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = sessionRoute("GET /api/sessions/[code]/transcript", async (request: Request, context: CodeContext) => {
  const code = await codeFrom(context);
  const format = new URL(request.url).searchParams.get("format") ?? "md";
  if (format !== "md" && format !== "json")
    return jsonError(400, `format must be md or json, not '${format.slice(0, 20)}'; e.g. ?format=md.`);
  const store = await getSessionStore();
  await enforceRateLimit(store, request, "join");
  const [state, engineer] = await Promise.all([store.getState(code), store.isEngineer(code, engineerSecretOf(request, code))]);
  if (!state) throw notFound(code);
  if (!engineer)
    throw new SessionError(
      "forbidden",
      `Only the engineer who started session ${code} can export its transcript; open it in the browser that started the session.`,
    );
  const transcriptContext = {
    appVersion: packageJson.version,
    treeVersion: TREE.version,
    link: new URL(`/s/${code}`, request.url).toString(),
  };
  const filename = `registry-doctor-session-${code}.${format}`;
  const headers = { "cache-control": "no-store", "content-disposition": `attachment; filename="${filename}"` };
  if (format === "json") return Response.json(transcriptJson(state, transcriptContext), { headers });
  return new Response(renderTranscriptMarkdown(state, transcriptContext), {
    headers: { ...headers, "content-type": "text/markdown; charset=utf-8" },
  });
});

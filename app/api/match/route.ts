// POST /api/match — { "text": "<pasted error output>" } → the likely causes, best first, each with
// the fragment that matched, why, and how to tell look-alikes apart (lib/matcher). Thin on
// purpose: parse, match, present. The pasted text is never logged or stored; secrets in it are
// removed before matching, and only the redacted text comes back.
import { invalidRequest, jsonError, readJson } from "@/lib/http/respond";
import { matchErrorText } from "@/lib/matcher/match";
import { MAX_TEXT_BYTES, MatchRequestSchema, presentMatches } from "@/lib/matcher/present";

export const runtime = "nodejs";

// JSON escaping can grow each byte of text to six (\uXXXX); a body larger than that
// cannot hold 64 KiB of text, so it is refused before it is read into memory.
const MAX_BODY_BYTES = 6 * MAX_TEXT_BYTES + 1024;

export async function POST(request: Request): Promise<Response> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) {
    return jsonError(
      413,
      `The request is ${Math.ceil(declared / 1024)} KiB; paste at most 64 KiB of error text — the first error and the lines around it are enough.`,
    );
  }
  const read = await readJson(request, '{"text": "<the error output>"}');
  if (!read.ok) return read.response;
  const parsed = MatchRequestSchema.safeParse(read.body);
  if (!parsed.success) return invalidRequest(parsed.error);
  try {
    return Response.json(presentMatches(matchErrorText(parsed.data.text)), { headers: { "cache-control": "no-store" } });
  } catch (error) {
    // Log what failed in our code, never the pasted text.
    console.error("POST /api/match failed:", error instanceof Error ? `${error.name}: ${error.message}` : "unknown error");
    return jsonError(500, "Matching failed on our side; try again, or find the cause step by step in the wizard.");
  }
}

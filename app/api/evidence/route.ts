// POST /api/evidence — { "text": "<what the evidence script printed>" } → { "report" }: the
// script's document validated (lib/evidence/parse.ts) and turned into a Report from the customer's
// machine (lib/evidence/classify.ts). A paste that is not the script's output, cut off or damaged
// gets 400 with one sentence, `kind` and field problems. The pasted text is never logged or stored.
import * as z from "zod";
import { classifyEvidence } from "@/lib/evidence/classify";
import { MAX_EVIDENCE_CHARS, parseEvidence } from "@/lib/evidence/parse";
import { invalidRequest, jsonError, readJson } from "@/lib/http/respond";

export const runtime = "nodejs";

const MAX_BODY_BYTES = 6 * MAX_EVIDENCE_CHARS + 1024;
const EvidenceRequestSchema = z.object({ text: z.string().describe("everything the script printed, noise around it included") }).strict();

export async function POST(request: Request): Promise<Response> {
  if (Number(request.headers.get("content-length") ?? "0") > MAX_BODY_BYTES) {
    return jsonError(413, "That is far more than the script prints; paste only its output.");
  }
  const read = await readJson(request, '{"text": "<what the script printed>"}');
  if (!read.ok) return read.response;
  const body = EvidenceRequestSchema.safeParse(read.body);
  if (!body.success) return invalidRequest(body.error);
  const parsed = parseEvidence(body.data.text);
  if (!parsed.ok) {
    return Response.json(
      { error: parsed.error.message, kind: parsed.error.kind, fields: parsed.error.problems },
      { status: 400, headers: { "cache-control": "no-store" } },
    );
  }
  try {
    return Response.json({ report: classifyEvidence(parsed.document) }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    // Log what failed in our code, never the pasted text.
    console.error("POST /api/evidence failed:", error instanceof Error ? `${error.name}: ${error.message}` : "unknown error");
    return jsonError(500, "Reading the evidence failed on our side; try again, or compare the output by hand with the live check.");
  }
}

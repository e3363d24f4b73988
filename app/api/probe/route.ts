// POST /api/probe — the live check (probe-contract.md). Thin: configuration, rate limit, validate,
// then stream each step as NDJSON (Accept: application/x-ndjson) or answer the report as JSON.
import { clientKey, RateLimiter } from "@/lib/http/rate-limit";
import { jsonError, readJson } from "@/lib/http/respond";
import { streamOrJson, wantsNdjson } from "@/lib/http/stream";
import { currentProbeEnv, ProbeConfigError, type ProbeEnv } from "@/lib/probe/env";
import { prepareCheck } from "@/lib/probe/service";
import { sentenceFor } from "@/lib/validation";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

let limiter: RateLimiter | undefined;

export async function POST(request: Request): Promise<Response> {
  let env: ProbeEnv;
  try {
    env = currentProbeEnv();
  } catch (error) {
    if (error instanceof ProbeConfigError) console.error(error.message);
    return jsonError(500, "The live check is not configured correctly on this server; its operator has the details in the server log.");
  }
  limiter ??= new RateLimiter(env.rateLimit);
  const decision = limiter.check(clientKey(request));
  if (!decision.allowed) {
    return jsonError(429, `Too many checks from your address; try again in ${decision.retryAfterSeconds} s.`, [], {
      "retry-after": String(decision.retryAfterSeconds),
    });
  }
  const read = await readJson(request, '{"registry": "myregistry.azurecr.io"}');
  if (!read.ok) return read.response;
  const check = prepareCheck(read.body, env);
  if (!check.ok) return jsonError(400, sentenceFor(check.problems), check.problems);
  return streamOrJson(request, check.run(), {
    event: (step) => ({ type: "step", ...step }),
    // NDJSON lines are tagged so a reader tells steps from the report; plain JSON is the report itself.
    result: (report) => (wantsNdjson(request) ? { type: "report", ...report } : report),
  });
}

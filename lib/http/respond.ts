import "server-only";
// The JSON error shape every route handler answers with, so clients and tests meet one form:
// { "error": "<sentence>", "fields": [{ "field", "message" }] }. Never a stack trace.
import type * as z from "zod";
import { fieldProblems, sentenceFor, type FieldProblem } from "@/lib/validation";

export function jsonError(status: number, message: string, fields: FieldProblem[] = [], headers: HeadersInit = {}): Response {
  return Response.json({ error: message, fields }, { status, headers });
}

export function invalidRequest(error: z.ZodError): Response {
  const fields = fieldProblems(error);
  return jsonError(400, sentenceFor(fields), fields);
}

/** Read a JSON body without letting a malformed one become a 500. */
export async function readJson(
  request: Request,
  example: string,
): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  try {
    return { ok: true, body: await request.json() };
  } catch {
    return { ok: false, response: jsonError(400, `The request body is not JSON; send a JSON object such as ${example}.`) };
  }
}

// Reads the live check's NDJSON stream in the browser (or any fetch client): yields each step as
// it arrives, then the report. Lines are validated against the contract's schema, so a broken or
// hostile server cannot hand the page a shape it does not expect.
import { fieldProblems, type FieldProblem } from "@/lib/validation";
import { StreamLineSchema, type ProbeRequestInput, type StreamLine } from "./schema";

export class CheckRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly fields: FieldProblem[] = [],
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

export async function* streamCheck(request: ProbeRequestInput, signal?: AbortSignal): AsyncGenerator<StreamLine> {
  const response = await fetch("/api/probe", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/x-ndjson" },
    body: JSON.stringify(request),
    ...(signal ? { signal } : {}),
  });
  if (!response.ok || !response.body) {
    const body = (await response.json().catch(() => ({}))) as { error?: string; fields?: FieldProblem[] };
    const retry = Number(response.headers.get("retry-after") ?? "");
    throw new CheckRequestError(
      body.error ?? `The check could not start (HTTP ${response.status}).`,
      response.status,
      body.fields ?? [],
      Number.isFinite(retry) && retry > 0 ? retry : undefined,
    );
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffer += value;
    let newline = buffer.indexOf("\n");
    while (newline !== -1) {
      const line = buffer.slice(0, newline).trim();
      buffer = buffer.slice(newline + 1);
      if (line !== "") {
        const parsed = StreamLineSchema.safeParse(JSON.parse(line));
        if (!parsed.success)
          throw new CheckRequestError(
            `The server sent a line the page does not understand: ${fieldProblems(parsed.error)[0]?.message ?? ""}`,
            502,
          );
        yield parsed.data;
      }
      newline = buffer.indexOf("\n");
    }
    if (done) break;
  }
}

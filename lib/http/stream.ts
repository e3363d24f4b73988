import "server-only";
// Content negotiation for routes that produce a stream of events and then a result: with
// `Accept: application/x-ndjson`, one JSON object a line as each event happens, then the result;
// with anything else, only the result as JSON. The route reads like a sentence; this does the rest.

export const NDJSON = "application/x-ndjson";

export function wantsNdjson(request: Request): boolean {
  return (request.headers.get("accept") ?? "").toLowerCase().includes(NDJSON);
}

/**
 * Drive an async generator of events that returns a final result. Stops the generator when the
 * client goes away, so an abandoned check does not keep probing.
 */
export function streamOrJson<TEvent, TResult>(
  request: Request,
  events: AsyncGenerator<TEvent, TResult>,
  lines: { event: (event: TEvent) => unknown; result: (result: TResult) => unknown },
  headers: HeadersInit = {},
): Response {
  if (!wantsNdjson(request)) {
    return new Response(
      new ReadableStream({
        async start(controller) {
          let next = await events.next();
          while (!next.done) next = await events.next();
          controller.enqueue(new TextEncoder().encode(JSON.stringify(lines.result(next.value))));
          controller.close();
        },
        async cancel() {
          await events.return(undefined as never);
        },
      }),
      { headers: { "content-type": "application/json", "cache-control": "no-store", ...headers } },
    );
  }
  const encoder = new TextEncoder();
  return new Response(
    new ReadableStream({
      async pull(controller) {
        const next = await events.next();
        if (next.done) {
          controller.enqueue(encoder.encode(`${JSON.stringify(lines.result(next.value))}\n`));
          controller.close();
        } else {
          controller.enqueue(encoder.encode(`${JSON.stringify(lines.event(next.value))}\n`));
        }
      },
      async cancel() {
        await events.return(undefined as never);
      },
    }),
    { headers: { "content-type": `${NDJSON}; charset=utf-8`, "cache-control": "no-store", "x-accel-buffering": "no", ...headers } },
  );
}

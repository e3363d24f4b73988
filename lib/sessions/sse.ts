import "server-only";
// A session's events as server-sent events: each event as `id: <id>` + `data: <SessionEvent JSON>`
// (the default "message" type), a `retry:` hint, a heartbeat comment every 15 s so proxies keep
// the connection, and the end of the stream when the session ends (after its `end` event), when
// it expires, or when the client leaves. A reconnecting EventSource sends Last-Event-ID and
// resumes after it. Clients should close their EventSource on the `end` event; reconnecting to
// an ended session with nothing new gets 204, which tells EventSource to stop.
import type { SessionEvent } from "./schema";
import type { SessionStore } from "./store";

export const SSE_HEADERS = {
  "content-type": "text/event-stream; charset=utf-8",
  "cache-control": "no-store, no-transform",
  connection: "keep-alive",
  "x-accel-buffering": "no",
} as const;

export interface EventStreamOptions {
  /** Stop when this aborts (the request's signal). */
  signal?: AbortSignal;
  heartbeatMs?: number;
  /** The reconnection delay suggested to EventSource. */
  retryMs?: number;
  now?: () => number;
}

export function eventFrame(event: SessionEvent): string {
  return `id: ${event.id}\ndata: ${JSON.stringify(event)}\n\n`;
}

/** The id to resume after: Last-Event-ID (what EventSource sends on reconnect), else ?after=, else 0. */
export function resumeAfter(request: Request): number | undefined {
  const raw = request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("after") ?? "0";
  return /^\d{1,15}$/.test(raw.trim()) ? Number(raw.trim()) : undefined;
}

export function sessionEventStream(
  store: SessionStore,
  session: { code: string; expiresAt: string },
  afterId: number,
  options: EventStreamOptions = {},
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const now = options.now ?? Date.now;
  let expiresAt = Date.parse(session.expiresAt);
  let stop: (() => void) | undefined;

  return new ReadableStream<Uint8Array>({
    start(controller) {
      const held: { heartbeat?: ReturnType<typeof setInterval>; unsubscribe?: () => void; done: boolean } = { done: false };
      const finish = () => {
        if (held.done) return;
        held.done = true;
        if (held.heartbeat) clearInterval(held.heartbeat);
        held.unsubscribe?.();
        options.signal?.removeEventListener("abort", finish);
        try {
          controller.close();
        } catch {
          // already closed or cancelled
        }
      };
      stop = finish;
      const send = (text: string) => {
        if (held.done) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          finish();
        }
      };
      if (options.signal?.aborted) return finish();
      options.signal?.addEventListener("abort", finish);
      send(`retry: ${options.retryMs ?? 2000}\n\n`);
      held.heartbeat = setInterval(() => {
        if (now() >= expiresAt) return finish();
        send(": heartbeat\n\n");
      }, options.heartbeatMs ?? 15_000);
      held.unsubscribe = store.subscribe(
        session.code,
        afterId,
        (event) => {
          expiresAt = Math.max(expiresAt, Date.parse(event.at) + store.ttlMs);
          send(eventFrame(event));
          if (event.event.kind === "end") finish();
        },
        (error) => {
          console.error("sessions: reading events for a stream failed:", error instanceof Error ? error.message : "unknown error");
          finish(); // EventSource reconnects with Last-Event-ID
        },
      );
    },
    cancel() {
      stop?.();
    },
  });
}

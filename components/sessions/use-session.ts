"use client";
// A session's live state in the browser. The server page hands over the state it read (so the
// first paint is complete and a refresh shows the same thing); TanStack Query holds it under
// ["session", code]; an EventSource on /api/sessions/<code>/events folds each server-sent event
// into that cache with the store's own fold (lib/sessions/fold.ts), so every tab — the engineer's,
// the customer's, a second tab of either — converges on the same state within a second. The
// stream starts after the last event the page already has (?after=), and a reconnecting
// EventSource resumes after the last one it saw (Last-Event-ID), so nothing is missed or applied
// twice (the fold ignores ids it has seen). Types only from the schema module: its zod values
// would pull the whole cause catalogue into the browser.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { applyEvent } from "@/lib/sessions/fold";
import type { SessionEvent, SessionEventInput, SessionState } from "@/lib/sessions/schema";
import { messages } from "@/lib/messages";

export type Connection = "connecting" | "live" | "reconnecting" | "closed";

export const sessionKey = (code: string) => ["session", code] as const;

export class SessionRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

async function errorOf(response: Response): Promise<SessionRequestError> {
  const body = (await response.json().catch(() => ({}))) as { error?: unknown };
  return new SessionRequestError(typeof body.error === "string" ? body.error : messages.sessions.page.postFailed, response.status);
}

/** A server-sent event's data, if it has the shape of a session event (the server validated it when stored). */
export function parseSessionEvent(data: string): SessionEvent | undefined {
  try {
    const value: unknown = JSON.parse(data);
    if (typeof value !== "object" || value === null) return undefined;
    const candidate = value as Partial<SessionEvent>;
    const ok =
      typeof candidate.id === "number" &&
      typeof candidate.at === "string" &&
      (candidate.author === "engineer" || candidate.author === "customer") &&
      typeof candidate.event === "object" &&
      candidate.event !== null &&
      typeof candidate.event.kind === "string";
    return ok ? (value as SessionEvent) : undefined;
  } catch {
    return undefined;
  }
}

async function fetchState(code: string, signal: AbortSignal): Promise<SessionState> {
  const response = await fetch(`/api/sessions/${encodeURIComponent(code)}`, {
    headers: { accept: "application/json" },
    cache: "no-store",
    signal,
  });
  if (!response.ok) throw await errorOf(response);
  return (await response.json()) as SessionState;
}

/** The session's state, kept live; and how the connection is doing. */
export function useSession(initial: SessionState): { state: SessionState; connection: Connection } {
  const queryClient = useQueryClient();
  const code = initial.code;
  const query = useQuery({
    queryKey: sessionKey(code),
    queryFn: async ({ signal }) => {
      const fresh = await fetchState(code, signal);
      const current = queryClient.getQueryData<SessionState>(sessionKey(code));
      // Events that arrived on the stream while this request was on its way are not lost.
      return current && current.lastEventId > fresh.lastEventId ? current : fresh;
    },
    initialData: initial,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    retry: false,
  });
  const state = query.data;
  const ended = state.endedAt !== undefined;
  const [connection, setConnection] = useState<Connection>("connecting");

  useEffect(() => {
    if (ended) return;
    const after = queryClient.getQueryData<SessionState>(sessionKey(code))?.lastEventId ?? 0;
    const source = new EventSource(`/api/sessions/${encodeURIComponent(code)}/events?after=${after}`);
    source.onopen = () => setConnection("live");
    source.onmessage = (message: MessageEvent<string>) => {
      const event = parseSessionEvent(message.data);
      if (!event) return;
      queryClient.setQueryData<SessionState>(sessionKey(code), (current) => (current ? applyEvent(current, event) : current));
    };
    source.onerror = () => setConnection(source.readyState === EventSource.CLOSED ? "closed" : "reconnecting");
    return () => source.close();
  }, [code, ended, queryClient]);

  return { state, connection: ended ? "closed" : connection };
}

async function postEvent(code: string, input: SessionEventInput): Promise<SessionEvent | undefined> {
  const response = await fetch(`/api/sessions/${encodeURIComponent(code)}/events`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify(input),
  });
  if (!response.ok) throw await errorOf(response);
  const body: unknown = await response.json().catch(() => undefined);
  return body === undefined ? undefined : parseSessionEvent(JSON.stringify(body));
}

/** Append an event; the answer (the stored event) is folded in at once, the stream brings it to everyone else. */
export function useAppend(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SessionEventInput) => postEvent(code, input),
    onSuccess: (event) => {
      if (event) queryClient.setQueryData<SessionState>(sessionKey(code), (current) => (current ? applyEvent(current, event) : current));
    },
  });
}

// A session's state is a fold of its events: the store builds it from the database, and the UI can
// apply each server-sent event to the state it already has with the same function. Pure and
// isomorphic; it never sees a secret (events are made safe before they are stored).
import type { SessionEvent, SessionState } from "./schema";

export interface SessionMeta {
  code: string;
  createdAt: string;
  expiresAt: string;
  endedAt?: string;
}

export function emptyState(meta: SessionMeta): SessionState {
  return {
    code: meta.code,
    createdAt: meta.createdAt,
    expiresAt: meta.expiresAt,
    ...(meta.endedAt ? { endedAt: meta.endedAt } : {}),
    wizard: { answers: [] },
    events: [],
    lastEventId: 0,
  };
}

/** The state after one more event. Events already folded in (id ≤ lastEventId) change nothing. */
export function applyEvent(state: SessionState, event: SessionEvent): SessionState {
  if (event.id <= state.lastEventId) return state;
  const next: SessionState = { ...state, events: [...state.events, event], lastEventId: event.id };
  const body = event.event;
  switch (body.kind) {
    case "registry":
      if (body.registry === "") delete next.registry;
      else next.registry = body.registry;
      break;
    case "wizard":
      next.wizard = { answers: [...body.answers], ...(body.client ? { client: body.client } : {}) };
      break;
    case "end":
      next.endedAt ??= event.at;
      break;
    default:
      break;
  }
  return next;
}

export function foldState(meta: SessionMeta, events: readonly SessionEvent[]): SessionState {
  return events.reduce(applyEvent, emptyState(meta));
}

import { describe, expect, it } from "vitest";
import { applyEvent, emptyState, foldState } from "./fold";
import type { SessionEvent } from "./schema";

const meta = { code: "K7F-3QX-M2D", createdAt: "2025-03-01T09:00:00.000Z", expiresAt: "2025-03-08T09:00:00.000Z" };
const at = (minute: number) => `2025-03-01T09:${String(minute).padStart(2, "0")}:00.000Z`;
const events: SessionEvent[] = [
  { id: 3, at: at(1), author: "engineer", event: { kind: "registry", registry: "ghcr.io" } },
  { id: 5, at: at(2), author: "customer", event: { kind: "wizard", answers: ["q-start.login"], client: "podman" } },
  { id: 9, at: at(3), author: "customer", event: { kind: "registry", registry: "" } },
  { id: 12, at: at(4), author: "engineer", event: { kind: "end" } },
];

describe("the session state as a fold of its events", () => {
  it("keeps the latest registry and wizard position, the timeline, and the end", () => {
    const state = foldState(meta, events);
    expect(state.registry).toBeUndefined(); // cleared by the empty registry
    expect(state.wizard).toEqual({ answers: ["q-start.login"], client: "podman" });
    expect(state.events).toEqual(events);
    expect(state.lastEventId).toBe(12);
    expect(state.endedAt).toBe(at(4));
    expect(foldState(meta, events.slice(0, 2)).registry).toBe("ghcr.io");
  });

  it("ignores an event it has already seen (a replayed server-sent event)", () => {
    const state = foldState(meta, events.slice(0, 2));
    expect(applyEvent(state, events[0]!)).toBe(state);
    expect(applyEvent(state, events[1]!)).toBe(state);
    expect(emptyState({ ...meta, endedAt: at(9) }).endedAt).toBe(at(9));
  });
});

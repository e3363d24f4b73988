import "server-only";
// What the session pages need from the store, read on the server: the canonical code, the state
// both sides see, and who is looking (the engineer's httpOnly cookie decides). Lookups count
// against the same per-client limit as GET /api/sessions/<code>, so the pages are no easier a
// way to guess codes than the API.
import { cookies, headers } from "next/headers";
import { SessionError } from "@/lib/sessions/errors";
import { enforceRateLimit, engineerCookieName } from "@/lib/sessions/http";
import { SessionCodeSchema, type Author, type SessionState } from "@/lib/sessions/schema";
import { getSessionStore } from "@/lib/sessions/server";

export type SessionLookup =
  | { kind: "found"; code: string; state: SessionState; viewer: Author }
  | { kind: "malformed" }
  | { kind: "unknown"; code: string }
  | { kind: "refused"; message: string };

/** A path segment as text; a broken %-escape is kept as it came rather than failing the page. */
export function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** "k7f 3qx m2d", "K7F3QXM2D" → "K7F-3QX-M2D"; undefined when it cannot be a code. */
export function canonicalCode(typed: string): string | undefined {
  const compact = typed.replace(/[^0-9a-z]/gi, "");
  const spaced = compact.length === 9 ? `${compact.slice(0, 3)}-${compact.slice(3, 6)}-${compact.slice(6)}` : typed;
  const parsed = SessionCodeSchema.safeParse(spaced);
  return parsed.success ? parsed.data : undefined;
}

export async function lookupSession(typed: string): Promise<SessionLookup> {
  const code = canonicalCode(typed);
  if (!code) return { kind: "malformed" };
  try {
    const store = await getSessionStore();
    await enforceRateLimit(store, new Request("http://session.page/", { headers: await headers() }), "join");
    const jar = await cookies();
    const [state, engineer] = await Promise.all([store.getState(code), store.isEngineer(code, jar.get(engineerCookieName(code))?.value)]);
    if (!state) return { kind: "unknown", code };
    return { kind: "found", code, state, viewer: engineer ? "engineer" : "customer" };
  } catch (error) {
    if (error instanceof SessionError) return { kind: "refused", message: error.message };
    throw error;
  }
}

import "server-only";
// What the session route handlers share, so each reads like a sentence: the engineer's cookie,
// the code in the path, rate limits kept in the database, and one mapping from errors to the usual
// { error, fields } body. A SessionError becomes its status and sentence; anything else is logged
// by name only (never a body, a cookie or a URL with a password) and answered with a 500.
import { clientKey } from "@/lib/http/rate-limit";
import { jsonError } from "@/lib/http/respond";
import { SessionError } from "./errors";
import { SessionConfigError } from "./env";
import { normalizeCode } from "./codes";
import { sessionEnv } from "./server";
import type { SessionStore } from "./store";

export type CodeContext = { params: Promise<{ code: string }> };

/** One cookie per session, so an engineer can run several at once. */
export function engineerCookieName(code: string): string {
  return `rd_engineer_${code.replace(/-/g, "")}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function readCookie(request: Request, name: string): string | undefined {
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at > 0 && part.slice(0, at).trim() === name) return safeDecode(part.slice(at + 1).trim());
  }
  return undefined;
}

export function engineerSecretOf(request: Request, code: string): string | undefined {
  return readCookie(request, engineerCookieName(code));
}

function isHttps(request: Request): boolean {
  const forwarded = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return forwarded === "https" || (forwarded === undefined && new URL(request.url).protocol === "https:");
}

/** Set-Cookie for the engineer: httpOnly, SameSite=Lax, Secure over HTTPS, for as long as the session may live. */
export function engineerCookie(request: Request, code: string, secret: string, maxAgeMs: number): string {
  const parts = [`${engineerCookieName(code)}=${secret}`, "Path=/", "HttpOnly", "SameSite=Lax", `Max-Age=${Math.ceil(maxAgeMs / 1000)}`];
  if (isHttps(request)) parts.push("Secure");
  return parts.join("; ");
}

/** The code from the path, canonical ("k7f-3qx-m2d", "K7F3QXM2D" → "K7F-3QX-M2D"), or a 400 sentence. */
export async function codeFrom(context: CodeContext): Promise<string> {
  const { code } = await context.params;
  const canonical = normalizeCode(safeDecode(code));
  if (!canonical) throw new SessionError("invalid", `'${code.slice(0, 40)}' is not a session code; codes look like K7F-3QX-M2D.`);
  return canonical;
}

const WHAT: Record<"create" | "join" | "append", string> = {
  create: "sessions started",
  join: "session requests",
  append: "session updates",
};

/** Count this request against the bucket's limit, shared by every instance on the database. */
export async function enforceRateLimit(store: SessionStore, request: Request, bucket: "create" | "join" | "append"): Promise<void> {
  const decision = await store.hitRateLimit(bucket, clientKey(request), sessionEnv().rateLimits[bucket]);
  if (!decision.allowed) {
    throw new SessionError(
      "rate-limited",
      `Too many ${WHAT[bucket]} from your address; try again in ${decision.retryAfterSeconds} s.`,
      decision.retryAfterSeconds,
    );
  }
}

/** A JSON body, or {} when there is none (POST /api/sessions takes an empty body). */
export async function readOptionalJson(request: Request, example: string): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new SessionError("invalid", `The request body is not JSON; send a JSON object such as ${example}.`);
  }
}

/** Refuse a declared body larger than `maxBytes` before reading it. */
export function assertBodySize(request: Request, maxBytes: number, what: string): void {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) {
    throw new SessionError("too-large", `The request is ${Math.ceil(declared / 1024)} KiB; ${what}.`);
  }
}

export function sessionErrorResponse(error: unknown, route: string): Response {
  if (error instanceof SessionError) {
    if (error.status >= 500) console.error(`${route}: ${error.message}`);
    const headers: Record<string, string> = error.retryAfterSeconds ? { "retry-after": String(error.retryAfterSeconds) } : {};
    return jsonError(error.status, error.message, error.fields, headers);
  }
  if (error instanceof SessionConfigError) {
    console.error(error.message);
    return jsonError(500, "Support sessions are not configured correctly on this server; its operator has the details in the server log.");
  }
  console.error(`${route} failed:`, error instanceof Error ? `${error.name}: ${error.message}` : "unknown error");
  return jsonError(500, "Support sessions failed on our side; try again in a moment.");
}

/** Run a handler, turning any error into the right response. */
export function sessionRoute<Rest extends unknown[]>(route: string, handler: (request: Request, ...rest: Rest) => Promise<Response>) {
  return async (request: Request, ...rest: Rest): Promise<Response> => {
    try {
      return await handler(request, ...rest);
    } catch (error) {
      return sessionErrorResponse(error, route);
    }
  };
}

// The session feature's one typed error: a code, an HTTP status and a sentence a person can act on.
// Route handlers turn it into the usual { error, fields } body (lib/sessions/http.ts); anything
// else that escapes is logged by name only and answered with a generic 500.

export type SessionErrorCode = "not-found" | "ended" | "forbidden" | "invalid" | "too-large" | "full" | "rate-limited" | "unavailable";

const STATUS: Record<SessionErrorCode, number> = {
  "not-found": 404,
  ended: 409,
  forbidden: 403,
  invalid: 400,
  "too-large": 413,
  full: 409,
  "rate-limited": 429,
  unavailable: 503,
};

export class SessionError extends Error {
  readonly status: number;
  constructor(
    readonly code: SessionErrorCode,
    message: string,
    readonly retryAfterSeconds?: number,
    /** Per-field problems, for the { error, fields } body. */
    readonly fields: { field: string; message: string }[] = [],
  ) {
    super(message);
    this.name = "SessionError";
    this.status = STATUS[code];
  }
}

export const notFound = (code: string) =>
  new SessionError(
    "not-found",
    `There is no open support session ${code}: the code may be mistyped, or the session has expired. Check the code with your engineer, or ask them to start a new session.`,
  );

export const ended = (code: string) =>
  new SessionError("ended", `Support session ${code} has ended and is read-only; ask your engineer to start a new session to continue.`);

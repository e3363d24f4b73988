// Small shared pieces of the network primitives: elapsed time, error codes, the cause-id type.
// Not a place for policy: which address may be reached is lib/probe/guard.ts's decision.
import "server-only";
import type { PROBE_CAUSE_IDS } from "@/lib/catalogue/ids";

/** A cause id the live check can name (contract table 1). */
export type NetCauseId = (typeof PROBE_CAUSE_IDS)[number];

/** Milliseconds since `start` (a performance.now() reading), rounded to 0.1 ms. */
export function since(start: number): number {
  return Math.max(0, Math.round((performance.now() - start) * 10) / 10);
}

/** The `code` of a Node error (ECONNREFUSED, ERR_SSL_…), if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string") return code;
  }
  return undefined;
}

/** A one-line message for evidence; never includes a stack. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message.split("\n")[0] ?? error.message;
  return String(error);
}

/** `host:port`, with IPv6 literals in brackets. */
export function hostPort(host: string, port: number): string {
  return host.includes(":") && !host.startsWith("[") ? `[${host}]:${port}` : `${host}:${port}`;
}

const swallowed = new WeakSet<object>();

/**
 * Swallows late errors on a socket whose owner has stopped listening, so they cannot crash the
 * process. Once per socket: a kept connection passes through here for each of its requests.
 */
export function ignoreErrors(socket: { on(event: "error", listener: (error: Error) => void): unknown }): void {
  if (swallowed.has(socket)) return;
  swallowed.add(socket);
  socket.on("error", () => undefined);
}

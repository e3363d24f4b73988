import "server-only";
// Support sessions' configuration, read from the environment in one zod-checked place (like
// lib/probe/env.ts): every problem is listed at once with how to write the value.
//
//   DATABASE_URL               postgres://user:pass@host:5432/db — share sessions between instances;
//                              unset: the embedded PGlite database under DATA_DIR
//   DATA_DIR                   where the embedded database lives (default .data; PGlite in DATA_DIR/pglite)
//   SESSION_TTL_DAYS           days an idle session stays open (default 7; fractions allowed)
//   SESSION_RATE_LIMIT_CREATE  sessions a client may start per window (default 20/1h; 0 = off)
//   SESSION_RATE_LIMIT_JOIN    session reads (state, event streams) per client (default 120/1m)
//   SESSION_RATE_LIMIT_APPEND  events a client may add per window (default 120/1m)
import { resolve } from "node:path";
import * as z from "zod";
import { parseRateLimit, type RateLimit } from "@/lib/http/rate-limit";

export interface SessionEnv {
  databaseUrl?: string;
  /** Absolute path of the PGlite data folder (used when databaseUrl is unset). */
  pgliteDir: string;
  ttlMs: number;
  rateLimits: { create: RateLimit | null; join: RateLimit | null; append: RateLimit | null };
}

const DAY_MS = 86_400_000;
const RATE_HOW = "write requests/window, e.g. 20/1h, 120/1m, or 0 to turn the limit off";

function rate(fallback: RateLimit) {
  return z
    .string()
    .optional()
    .transform((raw, ctx): RateLimit | null => {
      const text = raw?.trim() ?? "";
      if (text === "") return fallback;
      const parsed = parseRateLimit(text, RATE_HOW);
      if (parsed.ok) return parsed.value;
      ctx.addIssue({ code: "custom", message: parsed.message });
      return z.NEVER;
    });
}

export const SessionEnvSchema = z
  .object({
    DATABASE_URL: z
      .string()
      .optional()
      .transform((raw, ctx) => {
        const text = raw?.trim() ?? "";
        if (text === "") return undefined;
        if (!/^postgres(?:ql)?:\/\//i.test(text)) {
          // Never echo the value: it may hold a password.
          ctx.addIssue({
            code: "custom",
            message: "is not a PostgreSQL URL; write postgres://user:password@host:5432/database, or unset it to use the embedded database",
          });
          return z.NEVER;
        }
        return text;
      }),
    DATA_DIR: z
      .string()
      .optional()
      .transform((raw) => resolve(process.cwd(), raw?.trim() || ".data", "pglite")),
    SESSION_TTL_DAYS: z
      .string()
      .optional()
      .transform((raw, ctx) => {
        const text = raw?.trim() ?? "";
        if (text === "") return 7 * DAY_MS;
        const days = /^\d+(?:\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
        if (!(days > 0 && days <= 365)) {
          ctx.addIssue({ code: "custom", message: `'${text}' is not a number of days from more than 0 to 365; write e.g. 7` });
          return z.NEVER;
        }
        return days * DAY_MS;
      }),
    SESSION_RATE_LIMIT_CREATE: rate({ requests: 20, windowMs: 3_600_000 }),
    SESSION_RATE_LIMIT_JOIN: rate({ requests: 120, windowMs: 60_000 }),
    SESSION_RATE_LIMIT_APPEND: rate({ requests: 120, windowMs: 60_000 }),
  })
  .transform((env): SessionEnv => ({
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    pgliteDir: env.DATA_DIR,
    ttlMs: env.SESSION_TTL_DAYS,
    rateLimits: { create: env.SESSION_RATE_LIMIT_CREATE, join: env.SESSION_RATE_LIMIT_JOIN, append: env.SESSION_RATE_LIMIT_APPEND },
  }));

export class SessionConfigError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(
      `Support sessions' configuration has ${problems.length === 1 ? "1 problem" : `${problems.length} problems`}:\n${problems.map((p) => `- ${p.variable}: ${p.message}`).join("\n")}`,
    );
    this.name = "SessionConfigError";
  }
}

export function loadSessionEnv(source: Record<string, string | undefined> = process.env): SessionEnv {
  const result = SessionEnvSchema.safeParse(source);
  if (result.success) return result.data;
  throw new SessionConfigError(
    result.error.issues.map((issue) => ({ variable: issue.path.map(String).join(".") || "environment", message: issue.message })),
  );
}

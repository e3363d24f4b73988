import { describe, expect, it } from "vitest";
import { resolve } from "node:path";
import { loadSessionEnv, SessionConfigError } from "./env";

describe("session configuration", () => {
  it("needs nothing: PGlite under .data, 7 days, default limits", () => {
    const env = loadSessionEnv({});
    expect(env.databaseUrl).toBeUndefined();
    expect(env.pgliteDir).toBe(resolve(process.cwd(), ".data", "pglite"));
    expect(env.ttlMs).toBe(7 * 86_400_000);
    expect(env.rateLimits).toEqual({
      create: { requests: 20, windowMs: 3_600_000 },
      join: { requests: 120, windowMs: 60_000 },
      append: { requests: 120, windowMs: 60_000 },
    });
  });

  it("reads every variable", () => {
    const env = loadSessionEnv({
      DATABASE_URL: "postgresql://app:pw@db:5432/doctor",
      DATA_DIR: "/var/lib/registry-doctor",
      SESSION_TTL_DAYS: "0.5",
      SESSION_RATE_LIMIT_CREATE: "5/10m",
      SESSION_RATE_LIMIT_JOIN: "0",
      SESSION_RATE_LIMIT_APPEND: "30/s",
    });
    expect(env.databaseUrl).toBe("postgresql://app:pw@db:5432/doctor");
    expect(env.pgliteDir).toBe("/var/lib/registry-doctor/pglite");
    expect(env.ttlMs).toBe(43_200_000);
    expect(env.rateLimits).toEqual({ create: { requests: 5, windowMs: 600_000 }, join: null, append: { requests: 30, windowMs: 1000 } });
  });

  it("lists every problem at once, without echoing a database URL", () => {
    let error: unknown;
    try {
      loadSessionEnv({ DATABASE_URL: "mysql://root:hunter2@db/x", SESSION_TTL_DAYS: "forever", SESSION_RATE_LIMIT_JOIN: "lots" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SessionConfigError);
    const problems = (error as SessionConfigError).problems;
    expect(problems.map((p) => p.variable)).toEqual(["DATABASE_URL", "SESSION_TTL_DAYS", "SESSION_RATE_LIMIT_JOIN"]);
    expect((error as Error).message).not.toContain("hunter2");
    expect(problems[1]?.message).toBe("'forever' is not a number of days from more than 0 to 365; write e.g. 7");
  });
});

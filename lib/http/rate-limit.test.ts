import { describe, expect, it } from "vitest";
import { RateLimiter, clientKey, parseRateLimit } from "./rate-limit";

describe("RateLimiter", () => {
  it("allows the limit, refuses the next with a Retry-After, and forgives after the window", () => {
    let now = 1_000_000;
    const limiter = new RateLimiter({ requests: 2, windowMs: 60_000 }, () => now);
    expect(limiter.check("a")).toEqual({ allowed: true });
    expect(limiter.check("a")).toEqual({ allowed: true });
    expect(limiter.check("a")).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect(limiter.check("b")).toEqual({ allowed: true });
    now += 60_001;
    expect(limiter.check("a")).toEqual({ allowed: true });
  });

  it("is off at 0", () => {
    const setting = parseRateLimit("0", "");
    const limiter = new RateLimiter(setting.ok ? setting.value : { requests: 1, windowMs: 1000 });
    for (let i = 0; i < 100; i++) expect(limiter.check("a").allowed).toBe(true);
  });

  it("keys on the address the nearest proxy saw, so a made-up X-Forwarded-For cannot dodge the limit", () => {
    const limiter = new RateLimiter({ requests: 2, windowMs: 60_000 });
    // The client writes a different first entry each time; the proxy appends the address it saw.
    const spoofed = ["198.51.100.1", "198.51.100.2", "198.51.100.3"].map(
      (madeUp) => new Request("http://x/", { headers: { "x-forwarded-for": `${madeUp}, 203.0.113.9` } }),
    );
    expect(spoofed.map((request) => clientKey(request))).toEqual(["203.0.113.9", "203.0.113.9", "203.0.113.9"]);
    expect(spoofed.map((request) => limiter.check(clientKey(request)).allowed)).toEqual([true, true, false]);
    expect(clientKey(new Request("http://x/", { headers: { "x-forwarded-for": "203.0.113.9" } }))).toBe("203.0.113.9");
  });
});

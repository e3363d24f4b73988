import "server-only";
// A per-client sliding-window limit for the routes that make the server do outbound work. In
// memory: one app instance. (Sessions, issue 4, move it to the shared database.)

export interface RateLimit {
  /** Requests allowed per window; 0 turns the limit off. */
  limit: number;
  windowMs: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly config: RateLimit,
    private readonly now: () => number = Date.now,
  ) {}

  check(client: string): RateDecision {
    if (this.config.limit === 0) return { allowed: true };
    const now = this.now();
    const since = now - this.config.windowMs;
    const recent = (this.hits.get(client) ?? []).filter((at) => at > since);
    if (recent.length >= this.config.limit) {
      this.hits.set(client, recent);
      const oldest = recent[0] ?? now;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + this.config.windowMs - now) / 1000)) };
    }
    recent.push(now);
    this.hits.set(client, recent);
    // Forget idle clients now and then so the map does not grow without bound.
    if (this.hits.size > 10_000) for (const [key, times] of this.hits) if ((times.at(-1) ?? 0) <= since) this.hits.delete(key);
    return { allowed: true };
  }
}

/** The client a request comes from, as the reverse proxy (or Next's own server) reports it. */
export function clientKey(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request.headers.get("x-real-ip") || "unknown";
}

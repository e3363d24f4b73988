import "server-only";
// Per-client rate limits: the `requests/window` setting every limit is configured with (parsed
// here once for PROBE_RATE_LIMIT and the SESSION_RATE_LIMIT_* variables), and the in-memory
// sliding window the live check's route uses (sessions keep theirs in the shared database).

export interface RateLimit {
  /** Requests allowed per client within the window. */
  requests: number;
  windowMs: number;
}

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000 };

/**
 * Reads `30/60s`, `100/1h`, `20/1m` …; `0` turns the limit off (null). `how` is the sentence
 * that tells the person how to write it, with examples for their variable.
 */
export function parseRateLimit(text: string, how: string): { ok: true; value: RateLimit | null } | { ok: false; message: string } {
  if (/^0+$/.test(text)) return { ok: true, value: null };
  const match = /^(\d+)\s*\/\s*(\d*)\s*([smh])$/.exec(text);
  if (!match) return { ok: false, message: `'${text}' is not a rate; ${how}` };
  const requests = Number(match[1]);
  const windowMs = (match[2] === "" ? 1 : Number(match[2])) * (UNIT_MS[match[3] ?? "s"] ?? 1000);
  if (requests < 1 || requests > 1_000_000) {
    return { ok: false, message: `'${text}': requests must be 1–1000000 per window (0 alone turns the limit off); ${how}` };
  }
  if (windowMs < 1000 || windowMs > 86_400_000) return { ok: false, message: `'${text}': the window must be from 1s to 24h; ${how}` };
  return { ok: true, value: { requests, windowMs } };
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    /** null turns the limit off. */
    private readonly config: RateLimit | null,
    private readonly now: () => number = Date.now,
  ) {}

  check(client: string): RateDecision {
    if (this.config === null) return { allowed: true };
    const { requests, windowMs } = this.config;
    const now = this.now();
    const since = now - windowMs;
    const recent = (this.hits.get(client) ?? []).filter((at) => at > since);
    if (recent.length >= requests) {
      this.hits.set(client, recent);
      const oldest = recent[0] ?? now;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - now) / 1000)) };
    }
    recent.push(now);
    this.hits.set(client, recent);
    // Forget idle clients now and then so the map does not grow without bound.
    if (this.hits.size > 10_000) for (const [key, times] of this.hits) if ((times.at(-1) ?? 0) <= since) this.hits.delete(key);
    return { allowed: true };
  }
}

/**
 * The client a request comes from: the LAST X-Forwarded-For entry, the address the nearest proxy
 * saw (nginx's $proxy_add_x_forwarded_for appends it), or the socket's when Next.js itself fills
 * the header in. Earlier entries are whatever the client wrote, so keying on them would let anyone
 * dodge a limit with a made-up header.
 */
export function clientKey(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  return forwarded || request.headers.get("x-real-ip") || "unknown";
}

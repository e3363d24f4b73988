// POST /api/probe, called directly with `new Request(...)` against real servers on loopback (a TLS
// registry with htpasswd and squid with proxy auth, from lib/probe/testing): NDJSON streaming,
// plain JSON, field-by-field 400s, the per-client rate limit, and the log test — no secret the
// request carried appears in anything the server printed or answered.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { ReportSchema, StreamLineSchema } from "@/lib/probe/schema";
import {
  RegistryClient,
  basicAuth,
  createTestPki,
  pushTestImages,
  startRegistry,
  startSquid,
  type RegistryHandle,
  type SquidHandle,
  type TestPki,
} from "@/lib/probe/testing";

vi.setConfig({ testTimeout: 20_000, hookTimeout: 60_000 });

const USER = { username: "route-user", password: "Route-Pa55word-7f3c!" };
const PROXY_USER = { username: "route-proxy", password: "Proxy-Pa55word-91ab!" };
const WRONG_PASSWORD = "Wrong-Pa55word-c0de!";

type Post = (request: Request) => Promise<Response>;

let pki: TestPki;
let registry: RegistryHandle;
let squid: SquidHandle;
let POST: Post;

/** The environment the route reads on every request (loadProbeEnv() from process.env). */
function stubProbeEnv(rateLimit = "0"): void {
  vi.stubEnv("PROBE_ALLOW_NETWORKS", "127.0.0.0/8");
  vi.stubEnv("PROBE_CA_FILE", pki.caFile);
  vi.stubEnv("PROBE_TIMEOUT_MS", "3000");
  vi.stubEnv("PROBE_DNS_SERVERS", "");
  vi.stubEnv("PROBE_RATE_LIMIT", rateLimit);
  for (const name of ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy"]) vi.stubEnv(name, "");
}

beforeAll(async () => {
  pki = await createTestPki();
  [registry, squid] = await Promise.all([
    startRegistry({ tls: pki.valid, ca: pki.caCert, auth: { kind: "htpasswd", users: { [USER.username]: USER.password } } }),
    startSquid({ mode: { kind: "auth", users: { [PROXY_USER.username]: PROXY_USER.password } } }),
  ]);
  await pushTestImages(new RegistryClient({ url: registry.url, ...USER, ca: pki.caCert }));
  stubProbeEnv();
  vi.resetModules();
  ({ POST } = await import("./route"));
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await Promise.all([registry?.stop(), squid?.stop()]);
  await pki?.stop();
});

function post(body: unknown, { accept, client = "203.0.113.10", raw }: { accept?: string; client?: string; raw?: string } = {}): Request {
  return new Request("http://localhost/api/probe", {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": client, ...(accept ? { accept } : {}) },
    body: raw ?? JSON.stringify(body),
  });
}

const healthyBody = () => ({ registry: registry.authority, repository: "team/app", reference: "1.0", ...USER });

/** Reads a streamed body chunk by chunk (each `read()` as it arrives). */
async function readChunks(response: Response): Promise<string[]> {
  const reader = response.body?.getReader();
  if (!reader) throw new Error("no body");
  const decoder = new TextDecoder();
  const chunks: string[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(decoder.decode(value, { stream: true }));
  }
  return chunks;
}

describe("POST /api/probe", () => {
  // The route logs one line per check; keep the test output quiet (the log test below reads it).
  beforeEach(() => {
    vi.spyOn(console, "log").mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("streams NDJSON with Accept: application/x-ndjson — each step as a line, then the report", async () => {
    const response = await POST(post(healthyBody(), { accept: "application/x-ndjson" }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    const chunks = await readChunks(response);
    const lines = chunks.join("").split("\n").filter(Boolean);
    // One line per chunk: each step went out as it finished, not all at the end.
    expect(chunks.length).toBe(lines.length);
    const parsed = lines.map((line) => StreamLineSchema.parse(JSON.parse(line)));
    const last = parsed.at(-1);
    expect(last?.type).toBe("report");
    expect(parsed.slice(0, -1).every((line) => line.type === "step")).toBe(true);
    expect(parsed.slice(0, -1).map((line) => line.type === "step" && line.id)).toEqual([
      "parse",
      "dns",
      "tcp",
      "tls",
      "api",
      "token",
      "manifest",
      "blob",
    ]);
    if (last?.type !== "report") throw new Error("no report line");
    expect(last.verdict).toBe("healthy");
    expect(last.steps).toHaveLength(parsed.length - 1);
    expect(last.warnings.map((w) => w.key)).toContain("tls.extra-ca");
  });

  it("answers plain JSON otherwise: the report object, ReportSchema-valid", async () => {
    for (const accept of ["application/json", "*/*", undefined]) {
      const response = await POST(post({ registry: registry.authority, repository: "team/app", reference: "9.9", ...USER }, { accept }));
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      const json: unknown = await response.json();
      expect(json).not.toHaveProperty("type");
      const report = ReportSchema.parse(json);
      expect(report.verdict).toBe("problem");
      expect(report.findings[0]?.causeId).toBe("tag-not-found");
    }
  });

  describe("400 with field-level messages", () => {
    const expect400 = async (request: Request) => {
      const response = await POST(request);
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: string; fields: { field: string; message: string }[] };
      expect(body.error).not.toMatch(/\n\s+at /);
      return body;
    };

    it("a missing registry", async () => {
      const body = await expect400(post({ repository: "team/app" }));
      expect(body.fields).toContainEqual({ field: "registry", message: expect.stringMatching(/required/) });
      expect(body.error).toMatch(/registry/);
    });

    it("a repository that disagrees with the image reference", async () => {
      const body = await expect400(post({ registry: `${registry.authority}/team/app:1.0`, repository: "other/thing" }));
      expect(body.fields).toContainEqual({ field: "repository", message: expect.stringMatching(/disagrees.*team\/app.*drop one/) });
    });

    it("a username without a password", async () => {
      const body = await expect400(post({ registry: registry.authority, username: USER.username }));
      expect(body.fields).toContainEqual({ field: "password", message: expect.stringMatching(/missing/) });
    });

    it("a body that is not JSON", async () => {
      const body = await expect400(post(undefined, { raw: "registry=myregistry.azurecr.io" }));
      expect(body.error).toMatch(/not JSON/);
    });

    it("a refused request never echoes the password it carried", async () => {
      const response = await POST(post({ registry: "", password: USER.password }));
      expect(response.status).toBe(400);
      const text = await response.text();
      expect(text).toMatch(/registry/);
      expect(text).not.toContain(USER.password);
    });
  });
});

describe("the rate limit (PROBE_RATE_LIMIT)", () => {
  afterEach(() => stubProbeEnv());

  it("answers 429 with Retry-After once a client exceeds it, and counts clients apart", async () => {
    stubProbeEnv("2/60s");
    vi.resetModules();
    const { POST: limited } = (await import("./route")) as { POST: Post };
    const client = "198.51.100.7";
    for (let i = 0; i < 2; i += 1) expect((await limited(post({}, { client }))).status).toBe(400);
    const refused = await limited(post({ registry: registry.authority }, { client }));
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(((await refused.json()) as { error: string }).error).toMatch(/Too many checks.*try again in \d+ s/);
    // Another client is not held back by the first one's checks.
    expect((await limited(post({}, { client: "198.51.100.8" }))).status).toBe(400);
  });
});

describe("the log test: no secret reaches the server's output or the response", () => {
  const secrets = [
    USER.password,
    WRONG_PASSWORD,
    PROXY_USER.password,
    encodeURIComponent(PROXY_USER.password),
    basicAuth(USER.username, USER.password).slice("Basic ".length),
    basicAuth(USER.username, WRONG_PASSWORD).slice("Basic ".length),
    basicAuth(PROXY_USER.username, PROXY_USER.password).slice("Basic ".length),
  ];

  /** Runs `fn` while everything written to console.* / stdout / stderr is captured (and not printed). */
  async function capturing<T>(fn: () => Promise<T>): Promise<{ result: T; output: string }> {
    const output: string[] = [];
    const keep = (...args: unknown[]) => {
      output.push(args.map((arg) => (typeof arg === "string" ? arg : (JSON.stringify(arg) ?? String(arg)))).join(" "));
    };
    const spies = [
      ...(["log", "info", "warn", "error", "debug", "trace"] as const).map((method) => vi.spyOn(console, method).mockImplementation(keep)),
      vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
        output.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
        return true;
      }),
      vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
        output.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
        return true;
      }),
    ];
    try {
      const result = await fn();
      return { result, output: output.join("\n") };
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  }

  it("a check with a username, a password and a proxy URL with user:pass, healthy and failing, streamed and not", async () => {
    const proxy = `http://${PROXY_USER.username}:${encodeURIComponent(PROXY_USER.password)}@127.0.0.1:${squid.port}`;
    const { result: bodies, output } = await capturing(async () => {
      const texts: string[] = [];
      for (const [password, accept] of [
        [USER.password, "application/x-ndjson"],
        [USER.password, "application/json"],
        [WRONG_PASSWORD, "application/x-ndjson"],
        [WRONG_PASSWORD, undefined],
      ] as const) {
        const response = await POST(
          post(
            { registry: registry.authority, repository: "team/app", reference: "1.0", username: USER.username, password, proxy },
            { accept },
          ),
        );
        texts.push(await response.text());
      }
      return texts;
    });
    // The checks ran through the proxy, and the route logged its one line per check (so the capture saw it).
    const reports = bodies.map((text) => ReportSchema.parse(JSON.parse(text.trim().split("\n").at(-1) ?? "")));
    expect(reports.map((report) => report.verdict)).toEqual(["healthy", "healthy", "problem", "problem"]);
    expect(reports[2]?.findings[0]?.causeId).toBe("credentials-invalid");
    expect(reports.every((report) => report.steps.some((step) => step.id === "proxy" && step.status === "pass"))).toBe(true);
    expect(output.match(/live-check /g)).toHaveLength(4);
    expect(output).toContain("auth=credentials proxy=request");
    for (const secret of secrets) {
      expect(output).not.toContain(secret);
      for (const body of bodies) expect(body).not.toContain(secret);
    }
    expect(output).not.toContain(`${PROXY_USER.username}:`);
    for (const body of bodies) expect(body).not.toContain(`${PROXY_USER.username}:`);
  });
});

// The issue's own secret test, end to end: a REAL live check with credentials (and a proxy URL
// carrying its own) against Debian's registry on loopback, its report added to a session, an error
// holding a bearer token pasted into the same session — then every row of every table is searched
// for each secret, in the embedded PGlite and in a real PostgreSQL server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadProbeEnv } from "@/lib/probe/env";
import type { Report } from "@/lib/probe/schema";
import { prepareCheck } from "@/lib/probe/service";
import { createTestPki, type TestPki } from "@/lib/probe/testing/certs";
import { pushTestImages } from "@/lib/probe/testing/images";
import { startRegistry, type RegistryHandle } from "@/lib/probe/testing/registry";
import { RegistryClient } from "@/lib/probe/testing/registry-client";
import { startSquid, type SquidHandle } from "@/lib/probe/testing/squid";
import type { Db } from "./db";
import { openPostgresDb } from "./db-postgres";
import { SessionStore } from "./store";
import { openTempPglite } from "./testing/pglite";
import { startPostgres } from "./testing/postgres";

const PASSWORD = "Reg1stry-Pa55word-do-not-store";
const PROXY_PASSWORD = "Pr0xy-Pa55word-do-not-store";
const BEARER = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJib2IiLCJhY2Nlc3MiOltdfQ.c2lnbmF0dXJlLWRvLW5vdC1zdG9yZQ";

let pki: TestPki;
let registry: RegistryHandle;
let squid: SquidHandle;
let report: Report;

async function everyRow(db: Db): Promise<string> {
  const tables = await db.query<{ table_name: string }>(
    "select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'",
  );
  const rows: string[] = [];
  for (const { table_name } of tables) {
    for (const row of await db.query<{ row: string }>(`select row_to_json(t)::text as row from "${table_name}" t`)) rows.push(row.row);
  }
  return rows.join("\n");
}

beforeAll(async () => {
  pki = await createTestPki();
  registry = await startRegistry({ tls: pki.valid, ca: pki.caCert, auth: { kind: "htpasswd", users: { bob: PASSWORD } } });
  await pushTestImages(new RegistryClient({ url: registry.url, username: "bob", password: PASSWORD, ca: pki.caCert }));
  squid = await startSquid({ mode: { kind: "auth", users: { alice: PROXY_PASSWORD } } });
  const proxy = new URL(squid.url);
  proxy.username = "alice";
  proxy.password = PROXY_PASSWORD;
  const env = loadProbeEnv({ PROBE_ALLOW_NETWORKS: "127.0.0.0/8", PROBE_CA_FILE: pki.caFile });
  const check = prepareCheck(
    { registry: registry.authority, repository: "team/app", reference: "1.0", username: "bob", password: PASSWORD, proxy: proxy.href },
    env,
    () => {},
  );
  if (!check.ok) throw new Error(JSON.stringify(check.problems));
  const events = check.run();
  let next = await events.next();
  while (!next.done) next = await events.next();
  report = next.value;
}, 120_000);

afterAll(async () => {
  await squid?.stop();
  await registry?.stop();
  await pki?.stop();
});

describe.each([
  [
    "PGlite",
    async () => {
      const temp = await openTempPglite();
      return { db: temp.db, stop: async () => temp.remove() };
    },
  ],
  [
    "PostgreSQL",
    async () => {
      const server = await startPostgres();
      return { db: await openPostgresDb(server.url), stop: () => server.stop() };
    },
  ],
] as const)("a session in %s", (_name, open) => {
  it("keeps neither the check's credentials nor a pasted bearer token", async () => {
    // The check really used both credentials: it passed through the authenticating proxy and logged in.
    expect(report.verdict).toBe("healthy");
    expect(report.steps.find((step) => step.id === "proxy")?.status).toBe("pass");
    const { db, stop } = await open();
    const store = await SessionStore.open(db, { ttlMs: 86_400_000 });
    try {
      const { code } = await store.createSession();
      await store.appendEvent(code, { kind: "check", report });
      await store.appendEvent(code, {
        kind: "paste",
        text: `> GET /v2/ HTTP/1.1\n> Authorization: Bearer ${BEARER}\n< HTTP/1.1 401 Unauthorized\nunauthorized: authentication required`,
      });
      const rows = await everyRow(db);
      expect(rows).toContain(code);
      for (const secret of [PASSWORD, PROXY_PASSWORD, BEARER, Buffer.from(`bob:${PASSWORD}`).toString("base64")])
        expect(rows).not.toContain(secret);
    } finally {
      await store.close();
      await stop();
    }
  }, 60_000);
});

// Several instances behind a load balancer: two `next start` processes on two loopback ports share
// one throw-away PostgreSQL server (DATABASE_URL). The engineer changes the session through
// instance A's API; a browser watching the session on instance B sees it live (LISTEN/NOTIFY
// between the instances), and B's state endpoint has it too. The spec runs its own two servers and
// leaves the main webServer (E2E_PORT) alone.
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { request as playwrightRequest } from "@playwright/test";
import type { TestPostgres } from "../lib/sessions/testing/postgres";
import { expect, personContext, SessionPage, test } from "./fixtures";

// "Within about a second": the cross-instance expectation gets 5 s at most.
const LIVE = { timeout: 5_000 };
const READY_MS = 60_000;
const ROOT = resolve(__dirname, "..");

interface Instance {
  url: string;
  child: ChildProcess;
  output: string[];
}

/**
 * The test PostgreSQL helper is marked "server-only", whose default export throws outside a React
 * server bundle. In plain Node (as here) stand in the package's empty module first, as
 * vitest.config.ts does with an alias, then load the helper.
 */
function loadPostgresHelper(): typeof import("../lib/sessions/testing/postgres") {
  const nodeRequire = createRequire(__filename);
  const serverOnly = nodeRequire.resolve("server-only");
  const empty = join(dirname(serverOnly), "empty.js");
  nodeRequire(empty);
  nodeRequire.cache[serverOnly] = nodeRequire.cache[empty];
  return nodeRequire("../lib/sessions/testing/postgres") as typeof import("../lib/sessions/testing/postgres");
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? done(address.port) : fail(new Error("no port"))));
    });
  });
}

function startInstance(port: number, databaseUrl: string): Instance {
  // Its own process group (detached), so afterAll can stop npx and the server under it by id.
  const child = spawn("npx", ["next", "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1", SESSION_RATE_LIMIT_CREATE: "0" },
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return { url: `http://127.0.0.1:${port}`, child, output };
}

async function waitUntilReady(instance: Instance) {
  const deadline = Date.now() + READY_MS;
  for (;;) {
    if (instance.child.exitCode !== null || instance.child.signalCode !== null) {
      throw new Error(`${instance.url} exited (${instance.child.exitCode ?? instance.child.signalCode}):\n${instance.output.join("")}`);
    }
    try {
      const response = await fetch(`${instance.url}/`, { signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline)
      throw new Error(`${instance.url} did not answer GET / with 200 within ${READY_MS / 1000} s:\n${instance.output.join("")}`);
    await new Promise((done) => setTimeout(done, 250));
  }
}

async function stopInstance(instance: Instance) {
  const { child } = instance;
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // the group is already gone
    }
  };
  signalGroup("SIGTERM");
  const stopped = await Promise.race([exited.then(() => true), new Promise<boolean>((done) => setTimeout(() => done(false), 10_000))]);
  if (!stopped) {
    signalGroup("SIGKILL");
    await exited;
  }
}

let postgres: TestPostgres | undefined;
const instances: Instance[] = [];

test.describe("two instances sharing one PostgreSQL", () => {
  test.beforeAll(async () => {
    test.setTimeout(150_000);
    postgres = await loadPostgresHelper().startPostgres({ database: "registry_doctor_instances" });
    const [portA, portB] = [await freePort(), await freePort()];
    instances.push(startInstance(portA, postgres.url), startInstance(portB, postgres.url));
    await Promise.all(instances.map(waitUntilReady));
  });

  test.afterAll(async () => {
    test.setTimeout(60_000);
    await Promise.all(instances.splice(0).map(stopInstance));
    await postgres?.stop();
    postgres = undefined;
  });

  test("an update made through one instance is seen live on the other", async ({ browser }) => {
    test.setTimeout(60_000);
    const [a, b] = instances as [Instance, Instance];
    expect(a.url).not.toBe(b.url);

    // The engineer starts a session on instance A; the request context keeps the engineer's cookie.
    const engineer = await playwrightRequest.newContext({ baseURL: a.url });
    const created = await engineer.post("/api/sessions", { data: {} });
    expect(created.status()).toBe(201);
    const { code } = (await created.json()) as { code: string; url: string };
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]{3}$/);

    // The customer watches the session on instance B, its event stream connected.
    const customerContext = await personContext(browser, { baseURL: b.url });
    const customer = new SessionPage(await customerContext.newPage());
    await customer.page.goto(`${b.url}/s/${code}`);
    await customer.live();
    await expect(customer.page.locator("[data-you-are]")).toHaveAttribute("data-you-are", "customer");
    await expect(customer.registry()).toHaveValue("");

    // The engineer sets the registry through A → B's page shows it within 5 s.
    const registry = "contoso.azurecr.io";
    const appended = await engineer.post(`/api/sessions/${code}/events`, { data: { kind: "registry", registry } });
    expect(appended.status()).toBe(201);
    expect((await appended.json()) as { author: string }).toHaveProperty("author", "engineer");
    const sent = Date.now();
    await expect(customer.registry()).toHaveValue(registry, LIVE);
    await expect(customer.timeline()).toContainText(`Set the registry to ${registry}.`, LIVE);
    test.info().annotations.push({ type: "A → B", description: `${Date.now() - sent} ms` });

    // B's state endpoint, read by a client without the engineer's cookie, has it too.
    const other = await playwrightRequest.newContext({ baseURL: b.url });
    const state = await other.get(`/api/sessions/${code}`);
    expect(state.status()).toBe(200);
    expect((await state.json()) as { registry?: string; viewer: string }).toMatchObject({ registry, viewer: "customer" });

    await other.dispose();
    await engineer.dispose();
    await customerContext.close();
  });
});

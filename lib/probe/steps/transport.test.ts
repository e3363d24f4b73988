// A hop's kept connection over real loopback sockets: what happens to it between two requests.
// The live-check tests count connections for whole checks; here the gap between requests is
// controlled, so the idle connection can be closed or written to while nothing is asked of it.
import type { Socket } from "node:net";
import { afterAll, expect, it } from "vitest";
import { startCanned, type ListenerHandle } from "@/lib/probe/testing/listeners";
import { loadProbeEnv } from "../env";
import { planProbe } from "../plan";
import { ProbeRun } from "../run-state";
import { ProbeRequestSchema } from "../schema";
import { connectHop, type HopConnection } from "./transport";

const listeners: ListenerHandle[] = [];
afterAll(() => Promise.all(listeners.map((listener) => listener.stop())));

/** A registry answering GET /v2/ with 200, which does `afterAnswer` to the connection it answered on. */
async function registry(afterAnswer: (socket: Socket) => void): Promise<ListenerHandle> {
  const handle = await startCanned({
    handler: (req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "2", "docker-distribution-api-version": "registry/2.0" });
      res.end("{}", () => afterAnswer(req.socket));
    },
  });
  listeners.push(handle);
  return handle;
}

async function openHop(handle: ListenerHandle): Promise<{ hop: HopConnection; run: ProbeRun }> {
  const planned = planProbe(ProbeRequestSchema.parse({ registry: `http://127.0.0.1:${handle.port}` }));
  if (!planned.ok) throw new Error(JSON.stringify(planned.problems));
  const run = new ProbeRun(
    planned.plan,
    loadProbeEnv({ PROBE_ALLOW_NETWORKS: "127.0.0.0/8", PROBE_TIMEOUT_MS: "2000" }),
    { name: "test", version: "0" },
    {},
  );
  const steps = connectHop(run, { hop: "api", host: "127.0.0.1", port: handle.port, scheme: "http" });
  let next = await steps.next();
  while (!next.done) next = await steps.next();
  if (!next.value) throw new Error(`the hop did not connect: ${JSON.stringify(run.steps)}`);
  return { hop: next.value, run };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const getV2 = (hop: HopConnection) => hop.request({ method: "GET", path: "/v2/" });

it("an answer to no request on the idle connection (a server's 408) is never read as the next answer", async () => {
  let written = false;
  const server = await registry((socket) => {
    if (written) return;
    written = true;
    setTimeout(() => socket.write("HTTP/1.1 408 Request Timeout\r\nContent-Length: 0\r\n\r\n"), 20);
  });
  const { hop, run } = await openHop(server);
  expect((await getV2(hop)).status).toBe(200);
  await sleep(100); // the 408 arrives while the connection is idle
  const second = await getV2(hop);
  expect(second).toMatchObject({ outcome: "ok", status: 200 });
  expect(server.connections()).toBe(2);
  run.closeConnections();
});

it("a kept connection the server closed while idle is replaced without a failed attempt", async () => {
  const server = await registry((socket) => setTimeout(() => socket.end(), 20));
  const { hop, run } = await openHop(server);
  expect((await getV2(hop)).status).toBe(200);
  await sleep(100);
  expect(await getV2(hop)).toMatchObject({ outcome: "ok", status: 200 });
  // Two answers, two connections, and no request lost on the closed one.
  expect(server.requests).toHaveLength(2);
  expect(server.connections()).toBe(2);
  run.closeConnections();
});

it("closeConnections ends the kept connection, so nothing outlives its check", async () => {
  let serverSide: Socket | undefined;
  const server = await registry((socket) => (serverSide = socket));
  const { hop, run } = await openHop(server);
  await getV2(hop);
  run.closeConnections();
  await expect.poll(() => serverSide?.destroyed || serverSide?.readableEnded).toBe(true);
});

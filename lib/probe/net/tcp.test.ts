// connectTcp against real loopback ports: one that listens, one that is closed, and one that
// never completes a handshake (a listener whose accept queue is full, so the kernel drops SYNs:
// the loopback stand-in for a firewall that drops packets).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRefused, startSilent, type ListenerHandle } from "@/lib/probe/testing/listeners";
import { spawnManaged, waitFor, type ManagedProcess } from "@/lib/probe/testing/support";
import { classifyTcpError, connectTcp, TCP_CAUSES } from "./tcp";

/**
 * A listener that never accepts: a child Node process listens with backlog 1 and then blocks its
 * only thread, so nothing accepts. Once two connections fill the accept queue, Linux drops further
 * SYNs and a connect hangs until the client gives up. (The harness's silent listener accepts, so it
 * cannot stand for a dropped SYN; this is the local stand-in.)
 */
async function startBlackhole(): Promise<{ port: number; process: ManagedProcess; fillers: import("node:net").Socket[] }> {
  const code = [
    'const net = require("node:net");',
    "const server = net.createServer();",
    'server.listen({ port: 0, host: "127.0.0.1", backlog: 1 }, () => {',
    "  process.stdout.write(`port=${server.address().port}\\n`);",
    "  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);",
    "});",
  ].join("\n");
  const child = spawnManaged(process.execPath, ["-e", code]);
  const port = await waitFor("the blackhole's port", async () => {
    const match = /port=(\d+)/.exec(child.output());
    return match ? Number(match[1]) : undefined;
  });
  // Fill the accept queue; the kernel completes these handshakes itself.
  const fillers = [];
  for (let i = 0; i < 2; i += 1) {
    const filler = await connectTcp("127.0.0.1", port, { timeoutMs: 1000 });
    if (filler.socket) fillers.push(filler.socket);
  }
  return { port, process: child, fillers };
}

let blackhole: Awaited<ReturnType<typeof startBlackhole>>;
const listeners: ListenerHandle[] = [];

beforeAll(async () => {
  blackhole = await startBlackhole();
}, 15_000);

afterAll(async () => {
  for (const socket of blackhole?.fillers ?? []) socket.destroy();
  await blackhole?.process.stop();
  await Promise.all(listeners.map((l) => l.stop()));
});

describe("connectTcp", () => {
  it("connects to a listening address and hands over the open socket", async () => {
    const silent = await startSilent();
    listeners.push(silent);
    const result = await connectTcp("127.0.0.1", silent.port, { timeoutMs: 1000 });
    expect(result.outcome).toBe("connected");
    expect(result.family).toBe(4);
    expect(result.localAddress).toBe("127.0.0.1");
    expect(result.socket?.readyState).toBe("open");
    expect(TCP_CAUSES.connected).toBeNull();
    result.socket?.destroy();
  });

  it("connects over IPv6 loopback", async () => {
    const { createServer } = await import("node:net");
    const server = createServer((s) => s.destroy());
    await new Promise<void>((resolve) => server.listen(0, "::1", resolve));
    const port = (server.address() as import("node:net").AddressInfo).port;
    try {
      const result = await connectTcp("::1", port, { timeoutMs: 1000 });
      expect(result.outcome).toBe("connected");
      expect(result.family).toBe(6);
      result.socket?.destroy();
    } finally {
      server.close();
    }
  });

  it("is refused on a closed port", async () => {
    const closed = await startRefused();
    const result = await connectTcp("127.0.0.1", closed.port, { timeoutMs: 1000 });
    expect(result.outcome).toBe("refused");
    expect(result.code).toBe("ECONNREFUSED");
    expect(result.socket).toBeUndefined();
    expect(TCP_CAUSES.refused).toBe("network-connection-refused");
  });

  it("times out within the limit when SYNs are dropped", async () => {
    const started = performance.now();
    const result = await connectTcp("127.0.0.1", blackhole.port, { timeoutMs: 300 });
    const took = performance.now() - started;
    expect(result.outcome).toBe("timeout");
    expect(result.ms).toBeGreaterThanOrEqual(295);
    expect(took).toBeLessThan(330);
    expect(TCP_CAUSES.timeout).toBe("network-timeout");
  });

  it("refuses a host name: only the approved address is connected to", async () => {
    const result = await connectTcp("localhost", 80, { timeoutMs: 300 });
    expect(result.outcome).toBe("error");
    expect(result.code).toBe("ERR_NOT_AN_ADDRESS");
  });

  it("maps the socket errors loopback cannot produce (no route, reset) by code", () => {
    expect(classifyTcpError("EHOSTUNREACH")).toBe("unreachable");
    expect(classifyTcpError("ENETUNREACH")).toBe("unreachable");
    expect(classifyTcpError("ECONNRESET")).toBe("reset");
    expect(classifyTcpError("ETIMEDOUT")).toBe("timeout");
    expect(classifyTcpError("EMFILE")).toBe("error");
  });
});

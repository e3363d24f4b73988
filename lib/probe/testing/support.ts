// Test infrastructure, not product: shared plumbing for the live-check fixtures in this folder.
// Free loopback ports, required binaries (named by their Debian package), temp dirs, child
// processes stopped by their own PID, a small HTTP(S) client that takes a CA, and polling.
// Everything here talks to loopback only.
import { spawn, type ChildProcess } from "node:child_process";
import { accessSync, constants, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const LOOPBACK = "127.0.0.1";

/** A fixture that runs until stopped. `stop()` is idempotent and never throws. */
export interface Stoppable {
  stop(): Promise<void>;
}

/** Thrown when a fixture needs a program that is not installed; names the Debian package. */
export class MissingBinaryError extends Error {
  constructor(
    readonly binary: string,
    readonly debianPackage: string,
  ) {
    super(
      `${binary} is missing: the live-check harness needs Debian's \`${debianPackage}\` package ` +
        `(apt-get install -y ${debianPackage}; \`npm test\` installs it when run as root).`,
    );
    this.name = "MissingBinaryError";
  }
}

/** Returns `path` if it is an executable file, else throws a MissingBinaryError naming the package. */
export function requireBinary(path: string, debianPackage: string): string {
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new MissingBinaryError(path, debianPackage);
  }
  return path;
}

/** Every Debian package the fixtures use, binary → package (for README, npm test and messages). */
export const DEBIAN_PACKAGES = {
  "/usr/bin/openssl": "openssl",
  "/usr/bin/docker-registry": "docker-registry",
  "/usr/bin/htpasswd": "apache2-utils",
  "/usr/sbin/squid": "squid",
  "/usr/lib/squid/basic_ncsa_auth": "squid",
  "/usr/bin/skopeo": "skopeo",
} as const;

export type KnownBinary = keyof typeof DEBIAN_PACKAGES;

export function requireKnownBinary(path: KnownBinary): string {
  return requireBinary(path, DEBIAN_PACKAGES[path]);
}

/**
 * Fixture processes still running and temp dirs not yet removed: if the test process exits
 * without stopping its fixtures (a crash, a Ctrl-C), the processes are killed and the dirs removed.
 */
const liveLeaders = new Set<number>();
const liveDirs = new Set<string>();
let exitHookInstalled = false;
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once("exit", () => {
    for (const pid of liveLeaders) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        // Gone already.
      }
    }
    for (const dir of liveDirs) rmSync(dir, { recursive: true, force: true });
    for (const cleanup of liveCleanups) cleanup();
  });
}

const liveCleanups = new Set<() => void>();
/** Runs `cleanup` (synchronous) if the test process exits before the returned function is called. */
export function cleanUpOnExit(cleanup: () => void): () => void {
  installExitHook();
  liveCleanups.add(cleanup);
  return () => {
    liveCleanups.delete(cleanup);
  };
}

/** A fresh temp directory and a function that removes it. */
export function makeTempDir(prefix: string): { dir: string; remove(): void } {
  installExitHook();
  const dir = mkdtempSync(join(tmpdir(), `rd-${prefix}-`));
  liveDirs.add(dir);
  return {
    dir,
    remove: () => {
      liveDirs.delete(dir);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A loopback TCP port that was free a moment ago (bind 0, read, close). */
export async function freePort(host: string = LOOPBACK): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, host, () => {
      const address = server.address();
      if (address === null || typeof address === "string") {
        server.close();
        reject(new Error("could not read the bound port"));
        return;
      }
      server.close(() => resolve(address.port));
    });
  });
}

/** Polls `check` until it returns a value other than undefined, or throws after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined>,
  { timeoutMs = 10_000, intervalMs = 50 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const detail = lastError instanceof Error ? `: ${lastError.message}` : "";
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${detail}`);
    }
    await sleep(intervalMs);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Resolves true when a TCP connection to host:port is accepted. */
export function canConnect(port: number, host: string = LOOPBACK, timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

/** A child process in its own process group, with its recent output kept for error messages. */
export interface ManagedProcess extends Stoppable {
  readonly pid: number;
  readonly child: ChildProcess;
  /** The last few KiB of stdout+stderr. */
  output(): string;
  /** True once the process has exited. */
  exited(): boolean;
}

const OUTPUT_LIMIT = 16_384;

/**
 * The environment fixture processes get: nothing of ours (no proxy variables, no REGISTRY_*
 * overrides, no credentials), just PATH and a HOME inside the fixture's dir.
 */
function minimalEnv(cwd: string | undefined, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { NODE_ENV: "test", PATH: "/usr/sbin:/usr/bin:/sbin:/bin", HOME: cwd ?? tmpdir(), LANG: "C", ...extra };
}

export interface ProcStat {
  pid: number;
  ppid: number;
  state: string;
  /** Start time in clock ticks since boot: with the PID, identifies one process (no PID reuse). */
  start: string;
}

function readStat(pid: number): ProcStat | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // After "pid (comm) ": state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt
    // utime stime cutime cstime priority nice threads itrealvalue starttime …
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { pid, state: fields[0] ?? "", ppid: Number(fields[1]), start: fields[19] ?? "" };
  } catch {
    return undefined;
  }
}

/** Every live descendant of `pid` (children, their children, …), read from /proc. */
export function descendants(pid: number): ProcStat[] {
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return [];
  }
  const byParent = new Map<number, ProcStat[]>();
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (!stat) continue;
    const siblings = byParent.get(stat.ppid) ?? [];
    siblings.push(stat);
    byParent.set(stat.ppid, siblings);
  }
  const found: ProcStat[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const next = queue.shift() as number;
    for (const child of byParent.get(next) ?? []) {
      found.push(child);
      queue.push(child.pid);
    }
  }
  return found;
}

/** True while the process recorded in `stat` still runs (a zombie has stopped; init reaps it). */
export function stillAlive(stat: ProcStat): boolean {
  const now = readStat(stat.pid);
  return now !== undefined && now.start === stat.start && now.state !== "Z" && now.state !== "X";
}

/**
 * Spawns `command` detached (its own process group) with a minimal environment. `stop()` notes
 * the process's descendants, sends it `stopSignal`, SIGKILLs it after `killAfterMs`, and once
 * it has exited SIGKILLs the descendants still alive (same PID and start time, so never a
 * stranger) and waits until they are reaped. Nothing else is ever signalled.
 */
export function spawnManaged(
  command: string,
  args: readonly string[],
  {
    env = {},
    cwd,
    killAfterMs = 3_000,
    stopSignal = "SIGTERM",
  }: {
    env?: Record<string, string>;
    cwd?: string;
    killAfterMs?: number;
    /** First signal `stop()` sends; SIGKILL for a fixture that need not shut down cleanly. */
    stopSignal?: NodeJS.Signals;
  } = {},
): ManagedProcess {
  installExitHook();
  const child = spawn(command, [...args], {
    cwd,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: minimalEnv(cwd, env),
  });
  let buffer = "";
  const keep = (chunk: Buffer) => {
    buffer = (buffer + chunk.toString("utf8")).slice(-OUTPUT_LIMIT);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  let hasExited = false;
  const exitPromise = new Promise<void>((resolve) => {
    child.once("exit", () => {
      hasExited = true;
      resolve();
    });
    child.once("error", (error) => {
      keep(Buffer.from(`spawn error: ${error.message}\n`));
      hasExited = true;
      resolve();
    });
  });
  const pid = child.pid;
  if (pid === undefined) {
    throw new Error(`could not start ${command}`);
  }
  liveLeaders.add(pid);
  void exitPromise.then(() => liveLeaders.delete(pid));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // The group is gone already.
    }
  };
  const signalLeader = (signal: NodeJS.Signals) => {
    if (hasExited) return;
    try {
      process.kill(pid, signal);
    } catch {
      // Gone already.
    }
  };
  let stopping: Promise<void> | undefined;
  return {
    pid,
    child,
    output: () => buffer,
    exited: () => hasExited,
    stop() {
      stopping ??= (async () => {
        // Helpers may sit in sessions of their own (squid's do), out of reach of a group signal:
        // note every descendant while the leader lives (they are re-parented once it is gone).
        const helpers = new Map<string, ProcStat>();
        const note = () => {
          for (const stat of descendants(pid)) helpers.set(`${stat.pid}:${stat.start}`, stat);
        };
        note();
        signalLeader(stopSignal);
        const deadline = Date.now() + killAfterMs;
        while (!hasExited) {
          if (Date.now() > deadline) {
            signalLeader("SIGKILL");
            signalGroup("SIGKILL");
          }
          await Promise.race([exitPromise, sleep(20)]);
          if (!hasExited) note();
        }
        // Then kill what is left of the group and of the helpers noted above (the same processes:
        // PID and start time match) and wait until none runs. Orphaned helpers are re-parented to
        // init, which reaps their zombies within a couple of seconds.
        signalGroup("SIGKILL");
        for (const helper of helpers.values()) {
          if (stillAlive(helper)) {
            try {
              process.kill(helper.pid, "SIGKILL");
            } catch {
              // Gone already.
            }
          }
        }
        await waitFor("the helper processes to stop", async () => ([...helpers.values()].some(stillAlive) ? undefined : true), {
          timeoutMs: 3_000,
          intervalMs: 20,
        }).catch(() => undefined);
        child.stdout?.destroy();
        child.stderr?.destroy();
      })();
      return stopping;
    },
  };
}

/** Runs a command to completion; rejects with its output when it exits non-zero. */
export function runCommand(
  command: string,
  args: readonly string[],
  { cwd, input }: { cwd?: string; input?: string } = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], {
      cwd,
      stdio: ["pipe", "pipe", "pipe"],
      env: minimalEnv(cwd),
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString("utf8")));
    child.stderr.on("data", (c: Buffer) => (err += c.toString("utf8")));
    child.once("error", reject);
    child.once("close", (code) => {
      if (code === 0) resolve(out);
      else reject(new Error(`${command} ${args.join(" ")} exited ${code}: ${err || out}`));
    });
    // A tool that exits before reading its input (openssl often does) must not crash the run with EPIPE.
    child.stdin.on("error", () => {});
    child.stdin.end(input ?? "");
  });
}

export interface HttpResult {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  text(): string;
  json<T = unknown>(): T;
}

export interface HttpRequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
  /** PEM CA(s) to trust for https URLs; the system store is not used when given. */
  ca?: string | Buffer | readonly (string | Buffer)[];
  /** Skip certificate checks (for probing TLS fixtures that are broken on purpose). */
  insecure?: boolean;
  /** SNI / certificate name to check, when connecting to an address. */
  servername?: string;
  /** Deadline for the whole request and response (default 5000 ms). */
  timeoutMs?: number;
  /** Read at most this many body bytes, then close (for endless bodies). */
  maxBodyBytes?: number;
}

/** One HTTP(S) request to a loopback fixture; follows no redirects. */
export function httpRequest(url: string | URL, options: HttpRequestOptions = {}): Promise<HttpResult> {
  const target = new URL(url);
  assertLoopback(target.hostname);
  const isHttps = target.protocol === "https:";
  const lib = isHttps ? https : http;
  const { method = "GET", headers = {}, body, timeoutMs = 5_000, maxBodyBytes } = options;
  return new Promise((resolve, reject) => {
    const request = lib.request(
      target,
      {
        method,
        headers: body === undefined ? headers : { "content-length": String(Buffer.byteLength(body)), ...headers },
        agent: false,
        ...(isHttps
          ? {
              ca: options.ca as https.RequestOptions["ca"],
              rejectUnauthorized: !options.insecure,
              servername: options.servername,
            }
          : {}),
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        const finish = () => {
          const data = Buffer.concat(chunks);
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: data,
            text: () => data.toString("utf8"),
            json: <T>() => JSON.parse(data.toString("utf8")) as T,
          });
        };
        response.on("data", (chunk: Buffer) => {
          chunks.push(chunk);
          size += chunk.length;
          if (maxBodyBytes !== undefined && size >= maxBodyBytes) {
            response.destroy();
            finish();
          }
        });
        response.once("end", finish);
        response.once("error", reject);
      },
    );
    // A deadline for the whole exchange, not an idle timer: a drip-feed never goes idle.
    const deadline = setTimeout(() => request.destroy(new Error(`timeout after ${timeoutMs} ms: ${method} ${target.href}`)), timeoutMs);
    request.once("close", () => clearTimeout(deadline));
    request.once("error", (error) => {
      clearTimeout(deadline);
      reject(error);
    });
    request.end(body);
  });
}

/** Guards the harness's own clients: they only ever talk to loopback. */
export function assertLoopback(hostname: string): void {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const ok = host === "localhost" || host === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
  if (!ok) throw new Error(`test harness refuses to contact ${hostname}: loopback only`);
}

/** Closes a node server and every socket it still holds. */
export function closeServer(server: net.Server, sockets: Set<net.Socket>): Promise<void> {
  for (const socket of sockets) socket.destroy();
  sockets.clear();
  return new Promise((resolve) => {
    if (!server.listening) {
      resolve();
      return;
    }
    server.close(() => resolve());
    if ("closeAllConnections" in server && typeof server.closeAllConnections === "function") {
      (server as http.Server).closeAllConnections();
    }
  });
}

/** Tracks a server's sockets so `closeServer` can cut them; returns the set. */
export function trackSockets(server: net.Server, event: "connection" | "secureConnection" = "connection"): Set<net.Socket> {
  const sockets = new Set<net.Socket>();
  server.on(event, (socket: net.Socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  return sockets;
}

/** Listens on 127.0.0.1:0 (or `port`) and returns the bound port. */
export function listenLoopback(server: net.Server, port = 0, host: string = LOOPBACK): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      const address = server.address();
      if (address === null || typeof address === "string") reject(new Error("could not read the bound port"));
      else resolve(address.port);
    });
  });
}

export function basicAuth(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`, "utf8").toString("base64")}`;
}

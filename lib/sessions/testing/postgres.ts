import "server-only";
// A real, throw-away PostgreSQL server for tests: initdb into a temp folder, start it on loopback
// at a free port (socket in the same folder), create a database, hand back its DATABASE_URL and a
// stop() that shuts it down (pg_ctl stop -m fast) and removes the folder. PostgreSQL refuses to
// run as root, so as root it runs as the `postgres` system user the Debian package creates.
// Tuned for speed (no fsync): never point it at data you want to keep.
import { execFile, execFileSync, type ExecFileOptions } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

export interface TestPostgres {
  url: string;
  port: number;
  stop(): Promise<void>;
}

const MISSING =
  "PostgreSQL's server programs (initdb, pg_ctl) were not found. Install the Debian package `postgresql` (sudo apt-get install postgresql), or set PG_BIN to the folder that holds them.";

function binDir(): string {
  const candidates: string[] = [];
  if (process.env.PG_BIN) candidates.push(process.env.PG_BIN);
  const base = "/usr/lib/postgresql";
  if (existsSync(base)) {
    const versions = readdirSync(base)
      .filter((name) => /^\d+$/.test(name))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((version) => join(base, version, "bin")));
  }
  for (const dir of (process.env.PATH ?? "").split(":")) if (dir) candidates.push(dir);
  const found = candidates.find((dir) => existsSync(join(dir, "initdb")) && existsSync(join(dir, "pg_ctl")));
  if (!found) throw new Error(MISSING);
  return found;
}

/** uid/gid of the `postgres` user when we are root (PostgreSQL will not run as root), else undefined. */
function runAs(): { uid: number; gid: number } | undefined {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return undefined;
  const line = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((entry) => entry.startsWith("postgres:"));
  const [, , uid, gid] = line?.split(":") ?? [];
  if (uid === undefined || gid === undefined) {
    throw new Error(`Running as root, and there is no \`postgres\` user to run the test server as. ${MISSING}`);
  }
  return { uid: Number(uid), gid: Number(gid) };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

function run(
  file: string,
  args: string[],
  options: { cwd: string; user: { uid: number; gid: number } | undefined; timeoutMs?: number },
): Promise<string> {
  return new Promise((resolve, reject) => {
    const execOptions: ExecFileOptions = {
      cwd: options.cwd,
      timeout: options.timeoutMs ?? 60_000,
      env: { PATH: process.env.PATH ?? "/usr/bin:/bin", LC_ALL: "C", TZ: "UTC", NODE_ENV: process.env.NODE_ENV },
      ...(options.user ? { uid: options.user.uid, gid: options.user.gid } : {}),
    };
    execFile(file, args, execOptions, (error, stdout, stderr) =>
      error ? reject(new Error(`${file} ${args[0] ?? ""} failed: ${error.message}\n${String(stderr || stdout)}`)) : resolve(String(stdout)),
    );
  });
}

export async function startPostgres(options: { database?: string } = {}): Promise<TestPostgres> {
  const bin = binDir();
  const user = runAs();
  const root = mkdtempSync(join(tmpdir(), "rd-pg-"));
  if (user) chownSync(root, user.uid, user.gid);
  chmodSync(root, 0o700);
  const data = join(root, "data");
  const log = join(root, "server.log");
  const pgCtl = join(bin, "pg_ctl");
  let started = false;
  const cleanup = () => {
    if (started) {
      try {
        execFileSync(pgCtl, ["-D", data, "-m", "immediate", "-w", "stop"], { cwd: root, stdio: "ignore", ...(user ?? {}) });
      } catch {
        // already stopped
      }
    }
    rmSync(root, { recursive: true, force: true });
  };
  // If a test run dies before stop(), do not leave a server behind.
  process.once("exit", cleanup);
  try {
    await run(
      join(bin, "initdb"),
      ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions"],
      { cwd: root, user },
    );
    let port = 0;
    for (let attempt = 0; ; attempt += 1) {
      port = await freePort();
      const serverOptions = `-k ${root} -h 127.0.0.1 -p ${port} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=50`;
      try {
        await run(pgCtl, ["-D", data, "-l", log, "-w", "-t", "30", "-o", serverOptions, "start"], { cwd: root, user });
        started = true;
        break;
      } catch (error) {
        // Another process may have taken the port between our probe and the server's bind.
        if (attempt >= 2)
          throw new Error(`${error instanceof Error ? error.message : String(error)}\n${existsSync(log) ? readFileSync(log, "utf8") : ""}`);
      }
    }
    const database = options.database ?? "registry_doctor_test";
    const admin = new pg.Client({ host: "127.0.0.1", port, user: "postgres", database: "postgres" });
    await admin.connect();
    try {
      await admin.query(`create database "${database.replace(/"/g, "")}"`);
    } finally {
      await admin.end();
    }
    return {
      url: `postgres://postgres@127.0.0.1:${port}/${database}`,
      port,
      async stop() {
        process.removeListener("exit", cleanup);
        try {
          await run(pgCtl, ["-D", data, "-m", "fast", "-w", "stop"], { cwd: root, user });
          started = false;
        } finally {
          cleanup();
        }
      },
    };
  } catch (error) {
    process.removeListener("exit", cleanup);
    cleanup();
    throw error;
  }
}

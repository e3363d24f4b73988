// Test infrastructure, not product: runs Debian's squid in the foreground (`squid -N -f <conf>`)
// as a forward proxy on a free loopback port, with its own pid file, logs and no disk cache in a
// temp dir, dropping root to the unprivileged `proxy` user. Three shapes: open (CONNECT allowed
// to any loopback port), Basic proxy auth (407 without credentials), and one denying CONNECT to
// given ports or names (403). Squid resolves names only from its own hosts file, and asks no
// DNS server but 127.0.0.1: it never sends traffic off the machine.
import { randomBytes } from "node:crypto";
import { chmodSync, chownSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import { userInfo } from "node:os";
import { join } from "node:path";
import {
  LOOPBACK,
  basicAuth,
  canConnect,
  cleanUpOnExit,
  freePort,
  makeTempDir,
  requireKnownBinary,
  runCommand,
  spawnManaged,
  waitFor,
  type Stoppable,
} from "./support";

export type SquidMode =
  | { kind: "open" }
  | { kind: "auth"; users: Record<string, string> }
  | { kind: "deny"; ports?: readonly number[]; hosts?: readonly string[] };

export interface SquidOptions {
  mode?: SquidMode;
  /** name → IP for squid's private hosts file (CONNECT carries names); default registry.test etc. → 127.0.0.1. */
  hosts?: Record<string, string>;
}

export interface SquidHandle extends Stoppable {
  /** `http://127.0.0.1:<port>` (no credentials; add them for the auth shape). */
  url: string;
  host: string;
  port: number;
  pid: number;
  dir: string;
  /** Squid's access log so far (one line per request: method, URL, result code). */
  accessLog(): string;
  /** Squid's cache.log plus its stderr. */
  logs(): string;
}

const SQUID_BIN = "/usr/sbin/squid";
const NCSA_AUTH = "/usr/lib/squid/basic_ncsa_auth";
/** The unprivileged user squid switches to when started as root (exists on Debian with the package). */
export const SQUID_USER = "proxy";

const DEFAULT_HOSTS: Record<string, string> = {
  localhost: "127.0.0.1",
  "registry.test": "127.0.0.1",
  "auth.registry.test": "127.0.0.1",
  "data.registry.test": "127.0.0.1",
};

/** Squid leaves `/dev/shm/<service>-*.shm` segments behind; the service name is ours alone. */
function removeSharedMemory(service: string): void {
  try {
    for (const name of readdirSync("/dev/shm")) {
      if (name.startsWith(`${service}-`)) rmSync(join("/dev/shm", name), { force: true });
    }
  } catch {
    // No /dev/shm: nothing to clean.
  }
}

function lookupIds(user: string): { uid: number; gid: number } | undefined {
  const line = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((entry) => entry.startsWith(`${user}:`));
  if (!line) return undefined;
  const [, , uid, gid] = line.split(":");
  return { uid: Number(uid), gid: Number(gid) };
}

function configText(dir: string, port: number, mode: SquidMode, asRoot: boolean, names: readonly string[]): string {
  const lines = [
    `http_port ${LOOPBACK}:${port}`,
    `pid_filename ${join(dir, "squid.pid")}`,
    `access_log stdio:${join(dir, "access.log")}`,
    `cache_log ${join(dir, "cache.log")}`,
    "cache_store_log none",
    `coredump_dir ${dir}`,
    "netdb_filename none",
    "cache deny all",
    "cache_mem 8 MB",
    "memory_cache_shared off",
    "max_filedescriptors 1024",
    "shutdown_lifetime 0 seconds",
    "pinger_enable off",
    "icp_port 0",
    "htcp_port 0",
    "visible_hostname squid.registry-doctor.test",
    // Never ask a real resolver: names come from the hosts file; anything else fails locally.
    `hosts_file ${join(dir, "hosts")}`,
    "dns_nameservers 127.0.0.1",
    "udp_incoming_address 127.0.0.1",
    "dns_timeout 2 seconds",
    "connect_timeout 5 seconds",
    "forwarded_for delete",
    "via off",
    ...(asRoot ? [`cache_effective_user ${SQUID_USER}`, `cache_effective_group ${SQUID_USER}`] : []),
    "acl loopback_src src 127.0.0.0/8",
    "acl CONNECT method CONNECT",
    // Names squid's hosts file knows, and loopback literals; anything else is refused at once
    // (403) instead of waiting for a DNS answer that cannot come. `-n`: no reverse lookups.
    `acl known_names dstdomain -n ${names.join(" ")}`,
    "acl loopback_literal dstdom_regex -n ^127\\.[0-9.]+$ ^\\[?::1\\]?$",
    "http_access deny !known_names !loopback_literal",
    // Only loopback destinations, whatever the mode: the proxy is a test fixture.
    "acl loopback_dst dst 127.0.0.0/8 ::1",
    "http_access deny !loopback_src",
    "http_access deny !loopback_dst",
  ];
  if (mode.kind === "auth") {
    lines.push(
      `auth_param basic program ${NCSA_AUTH} ${join(dir, "passwd")}`,
      "auth_param basic children 2 startup=1 idle=1",
      "auth_param basic realm Registry Doctor test proxy",
      "acl authenticated proxy_auth REQUIRED",
      "http_access deny !authenticated",
    );
  }
  if (mode.kind === "deny") {
    if (mode.ports?.length) {
      lines.push(`acl denied_ports port ${mode.ports.join(" ")}`, "http_access deny CONNECT denied_ports", "http_access deny denied_ports");
    }
    if (mode.hosts?.length) {
      lines.push(`acl denied_hosts dstdomain ${mode.hosts.join(" ")}`, "http_access deny denied_hosts");
    }
  }
  lines.push("http_access allow loopback_src", "http_access deny all");
  return lines.join("\n") + "\n";
}

/** Starts squid and resolves once it accepts connections on its port. */
export async function startSquid(options: SquidOptions = {}): Promise<SquidHandle> {
  const squid = requireKnownBinary(SQUID_BIN);
  const mode = options.mode ?? { kind: "open" };
  const temp = makeTempDir("squid");
  const dir = temp.dir;
  try {
    const asRoot = userInfo().uid === 0;
    const hosts = { ...DEFAULT_HOSTS, ...options.hosts };
    writeFileSync(
      join(dir, "hosts"),
      Object.entries(hosts)
        .map(([name, ip]) => `${ip} ${name}`)
        .join("\n") + "\n",
    );
    if (mode.kind === "auth") {
      const htpasswd = requireKnownBinary("/usr/bin/htpasswd");
      requireKnownBinary(NCSA_AUTH);
      const entries = await Promise.all(
        Object.entries(mode.users).map(([user, password]) => runCommand(htpasswd, ["-Bbn", user, password])),
      );
      writeFileSync(join(dir, "passwd"), entries.map((entry) => entry.trim()).join("\n") + "\n");
    }
    for (const file of ["access.log", "cache.log"]) writeFileSync(join(dir, file), "");
    if (asRoot) {
      const ids = lookupIds(SQUID_USER);
      if (!ids)
        throw new Error(`squid must not run as root and the \`${SQUID_USER}\` user is missing (it comes with Debian's squid package)`);
      // Squid (as proxy) writes its pid, logs and helpers' files here; the dir is ours alone.
      mkdirSync(join(dir, "run"), { recursive: true });
      for (const path of [
        dir,
        join(dir, "run"),
        join(dir, "access.log"),
        join(dir, "cache.log"),
        join(dir, "hosts"),
        ...(mode.kind === "auth" ? [join(dir, "passwd")] : []),
      ]) {
        chownSync(path, ids.uid, ids.gid);
      }
      chmodSync(dir, 0o700);
    }

    let lastError: unknown;
    for (let attempt = 0; attempt < 3; attempt++) {
      const port = await freePort();
      const conf = join(dir, "squid.conf");
      writeFileSync(conf, configText(dir, port, mode, asRoot, Object.keys(hosts)));
      // A unique service name keeps concurrent squids from sharing shared-memory segments.
      const service = `rdtest${randomBytes(4).toString("hex")}`;
      const proc = spawnManaged(squid, ["-N", "-n", service, "-f", conf], {
        cwd: dir,
        // A test proxy need not shut down cleanly, and a squid that is shutting down may start a
        // fresh auth helper: kill it outright; spawnManaged then kills and reaps the helpers.
        stopSignal: "SIGKILL",
      });
      const logs = () => {
        let cache = "";
        try {
          cache = readFileSync(join(dir, "cache.log"), "utf8");
        } catch {
          // not written yet
        }
        return `${cache}\n${proc.output()}`.slice(-16_384);
      };
      const forget = cleanUpOnExit(() => removeSharedMemory(service));
      const cleanUp = async () => {
        await proc.stop();
        removeSharedMemory(service);
        forget();
      };
      try {
        await waitFor(
          `squid on ${LOOPBACK}:${port}`,
          async () => {
            if (proc.exited()) throw new Error(`squid exited:\n${logs()}`);
            return (await canConnect(port)) ? true : undefined;
          },
          { timeoutMs: 15_000, intervalMs: 50 },
        );
      } catch (error) {
        lastError = error;
        await cleanUp();
        if (/address already in use/i.test(logs())) continue;
        throw new Error(`${error instanceof Error ? error.message : String(error)}\n${logs()}`);
      }
      return {
        url: `http://${LOOPBACK}:${port}`,
        host: LOOPBACK,
        port,
        pid: proc.pid,
        dir,
        accessLog: () => {
          try {
            return readFileSync(join(dir, "access.log"), "utf8");
          } catch {
            return "";
          }
        },
        logs,
        stop: async () => {
          await cleanUp();
          temp.remove();
        },
      };
    }
    throw lastError instanceof Error ? lastError : new Error("could not start squid");
  } catch (error) {
    temp.remove();
    throw error;
  }
}

export interface ProxyConnectResult {
  /** Status code of the proxy's answer to CONNECT (200, 403, 407, …). */
  status: number;
  statusLine: string;
  headers: Record<string, string>;
  /** The tunnel, open when status is 200 (wrap it with tls.connect({ socket })); else destroyed. */
  socket: net.Socket;
}

/** Sends `CONNECT target` to a loopback proxy and reads its answer (the harness's own client). */
export function proxyConnect(
  proxyPort: number,
  target: string,
  { credentials, timeoutMs = 5_000 }: { credentials?: { username: string; password: string }; timeoutMs?: number } = {},
): Promise<ProxyConnectResult> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: LOOPBACK, port: proxyPort });
    let buffer = Buffer.alloc(0);
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`proxy did not answer CONNECT within ${timeoutMs} ms`)));
    socket.once("connect", () => {
      const auth = credentials ? `Proxy-Authorization: ${basicAuth(credentials.username, credentials.password)}\r\n` : "";
      socket.write(`CONNECT ${target} HTTP/1.1\r\nHost: ${target}\r\n${auth}\r\n`);
    });
    const onData = (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      const end = buffer.indexOf("\r\n\r\n");
      if (end < 0) return;
      socket.off("data", onData);
      socket.setTimeout(0);
      const [statusLine = "", ...lines] = buffer.subarray(0, end).toString("latin1").split("\r\n");
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(":");
        if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      const status = Number(/^HTTP\/\d\.\d (\d{3})/.exec(statusLine)?.[1] ?? 0);
      if (status !== 200) socket.destroy();
      else {
        const rest = buffer.subarray(end + 4);
        if (rest.length > 0) socket.unshift(rest);
      }
      resolve({ status, statusLine, headers, socket });
    };
    socket.on("data", onData);
    socket.once("error", reject);
    socket.once("close", () => reject(new Error(`proxy closed the connection: ${buffer.toString("latin1").slice(0, 200)}`)));
  });
}

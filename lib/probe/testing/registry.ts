// Test infrastructure, not product: runs Debian's reference registry (CNCF distribution 2.8,
// `/usr/bin/docker-registry serve <config.yml>`) on a free loopback port with a generated
// config — filesystem storage in a temp dir, optional TLS, htpasswd Basic auth or token auth —
// and stops it by PID. Three shapes the live-check tests need: TLS + htpasswd, anonymous plain
// HTTP, token auth against token-server.ts.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import {
  LOOPBACK,
  freePort,
  httpRequest,
  makeTempDir,
  requireKnownBinary,
  runCommand,
  spawnManaged,
  waitFor,
  type Stoppable,
} from "./support";

export interface RegistryTls {
  certFile: string;
  keyFile: string;
}

export type RegistryAuth =
  | { kind: "none" }
  | {
      kind: "htpasswd";
      /** username → password; hashed with bcrypt by `htpasswd -Bbn`. */
      users: Record<string, string>;
      realm?: string;
    }
  | {
      kind: "token";
      /** Absolute URL of the token endpoint the challenge advertises. */
      realm: string;
      service: string;
      issuer: string;
      /** PEM bundle that token x5c chains must verify against. */
      rootCertBundle: string;
    };

export interface RegistryOptions {
  tls?: RegistryTls;
  auth?: RegistryAuth;
  /** CA (PEM) used only by the readiness probe when `tls` is set. */
  ca?: string;
}

export interface RegistryHandle extends Stoppable {
  /** Base URL, e.g. `https://127.0.0.1:41234` (no trailing slash). */
  url: string;
  host: string;
  port: number;
  /** `host:port`, as an image reference starts. */
  authority: string;
  scheme: "http" | "https";
  /** Directory holding config.yml, htpasswd and the storage root. */
  dir: string;
  pid: number;
  /** Recent registry log output (for failure messages). */
  logs(): string;
}

const REGISTRY_BIN = "/usr/bin/docker-registry";

async function htpasswdFile(path: string, users: Record<string, string>): Promise<void> {
  const htpasswd = requireKnownBinary("/usr/bin/htpasswd");
  const lines = await Promise.all(Object.entries(users).map(([user, password]) => runCommand(htpasswd, ["-Bbn", user, password])));
  writeFileSync(path, lines.map((line) => line.trim()).join("\n") + "\n", { mode: 0o600 });
}

/** YAML for a distribution 2.8 config (values quoted as JSON strings, which YAML accepts). */
function configYaml(dir: string, port: number, options: RegistryOptions): string {
  const q = (value: string) => JSON.stringify(value);
  const lines = [
    "version: 0.1",
    "log:",
    "  level: warn",
    "  accesslog:",
    "    disabled: true",
    "storage:",
    "  filesystem:",
    `    rootdirectory: ${q(join(dir, "storage"))}`,
    "  delete:",
    "    enabled: true",
    "  maintenance:",
    "    uploadpurging:",
    "      enabled: false",
    "http:",
    `  addr: ${q(`${LOOPBACK}:${port}`)}`,
    `  secret: ${q(randomBytes(16).toString("hex"))}`,
    "  headers:",
    "    X-Content-Type-Options: [nosniff]",
  ];
  if (options.tls) {
    lines.push("  tls:", `    certificate: ${q(options.tls.certFile)}`, `    key: ${q(options.tls.keyFile)}`);
  }
  lines.push("health:", "  storagedriver:", "    enabled: false");
  const auth = options.auth ?? { kind: "none" };
  if (auth.kind === "htpasswd") {
    lines.push(
      "auth:",
      "  htpasswd:",
      `    realm: ${q(auth.realm ?? "Registry Doctor test registry")}`,
      `    path: ${q(join(dir, "htpasswd"))}`,
    );
  } else if (auth.kind === "token") {
    lines.push(
      "auth:",
      "  token:",
      `    realm: ${q(auth.realm)}`,
      `    service: ${q(auth.service)}`,
      `    issuer: ${q(auth.issuer)}`,
      `    rootcertbundle: ${q(auth.rootCertBundle)}`,
    );
  }
  return lines.join("\n") + "\n";
}

/**
 * Starts a registry and resolves once `GET /v2/` answers (200 or 401). Retries on another port
 * if the chosen one was taken in the meantime.
 */
export async function startRegistry(options: RegistryOptions = {}): Promise<RegistryHandle> {
  const binary = requireKnownBinary(REGISTRY_BIN);
  const temp = makeTempDir("registry");
  const dir = temp.dir;
  try {
    const auth = options.auth ?? { kind: "none" };
    if (auth.kind === "htpasswd") await htpasswdFile(join(dir, "htpasswd"), auth.users);
    let lastError: unknown;
    for (let attempt = 0; attempt < 3; attempt++) {
      const port = await freePort();
      const configFile = join(dir, "config.yml");
      writeFileSync(configFile, configYaml(dir, port, options));
      const proc = spawnManaged(binary, ["serve", configFile], { cwd: dir });
      const scheme = options.tls ? "https" : "http";
      const url = `${scheme}://${LOOPBACK}:${port}`;
      try {
        await waitFor(
          `the registry on ${url}`,
          async () => {
            if (proc.exited()) throw new Error(`docker-registry exited:\n${proc.output()}`);
            const response = await httpRequest(`${url}/v2/`, { ca: options.ca, insecure: !options.ca, timeoutMs: 1_000 });
            return response.status === 200 || response.status === 401 ? true : undefined;
          },
          { timeoutMs: 10_000, intervalMs: 50 },
        );
      } catch (error) {
        lastError = error;
        await proc.stop();
        if (/address already in use/i.test(proc.output())) continue;
        throw new Error(`${error instanceof Error ? error.message : String(error)}\n${proc.output()}`);
      }
      return {
        url,
        host: LOOPBACK,
        port,
        authority: `${LOOPBACK}:${port}`,
        scheme,
        dir,
        pid: proc.pid,
        logs: proc.output,
        stop: async () => {
          await proc.stop();
          temp.remove();
        },
      };
    }
    throw lastError instanceof Error ? lastError : new Error("could not start docker-registry");
  } catch (error) {
    temp.remove();
    throw error;
  }
}

// Test infrastructure, not product: a small Docker-style token server for the live-check
// tests. GET `<realm>?service=…&scope=…` (optional Basic credentials; wrong ones → 401) and the
// OAuth2 form POST (`grant_type=password|refresh_token`) on the same path, issuing RS256 JWTs
// that distribution 2.8 accepts: `x5c` header chain verified against its `rootcertbundle`,
// `iss`, `aud` (= service), `exp`/`nbf`, and an `access` claim holding the intersection of what
// was asked and what the grant table allows (empty when nothing is allowed).
import { createSign, randomBytes } from "node:crypto";
import http from "node:http";
import https from "node:https";
import { LOOPBACK, closeServer, listenLoopback, trackSockets, type Stoppable } from "./support";

/** Grant table row. `user`: a username, "anonymous", or "*" for any authenticated user. */
export interface Grant {
  user: string;
  /** Repository name; `*` matches any run of characters (e.g. `team/*`, `*`). */
  repository: string;
  actions: readonly string[];
  /** Resource type; default "repository". */
  type?: string;
}

export interface AccessEntry {
  type: string;
  name: string;
  actions: string[];
}

export interface TokenClaims {
  iss: string;
  sub: string;
  aud: string;
  exp: number;
  nbf: number;
  iat: number;
  jti: string;
  access: AccessEntry[];
}

export interface TokenServerOptions {
  service: string;
  issuer: string;
  /** PEM key and certificate the tokens are signed with; `chain` adds intermediates to x5c. */
  signing: { key: string; cert: string; chain?: readonly string[] };
  /** username → password. */
  users?: Record<string, string>;
  grants?: readonly Grant[];
  /** "allow" (default): anonymous requests get a token with whatever "anonymous" is granted; "refuse": 401 (Red Hat style). */
  anonymous?: "allow" | "refuse";
  /** Serve HTTPS with this certificate; plain HTTP otherwise. */
  tls?: { cert: string; key: string };
  /**
   * Host name to put in `realm` instead of 127.0.0.1 (e.g. "auth.registry.test", resolved by
   * dns-server.ts to loopback), so a check must resolve the realm's host itself.
   */
  realmHost?: string;
  /** Path of the endpoint; default "/token" (ACR uses "/oauth2/token"). */
  path?: string;
  expiresInSeconds?: number;
  /** Which fields a GET response carries: both (default), only `token`, or only `access_token` (ACR). */
  responseFields?: "both" | "token" | "access_token";
}

export interface TokenRequestRecord {
  method: string;
  /** Username given (never the password); null when anonymous. */
  user: string | null;
  service: string | null;
  scopes: string[];
  status: number;
  granted: AccessEntry[];
}

export interface CannedFailure {
  status: number;
  body?: string;
  headers?: Record<string, string>;
}

export interface TokenServerHandle extends Stoppable {
  /** Base URL (scheme://host:port). */
  url: string;
  /** Full endpoint URL to configure as the registry's realm (with `realmHost` when given). */
  realm: string;
  host: string;
  port: number;
  service: string;
  issuer: string;
  /** Every request seen, oldest first (no secrets). */
  requests: TokenRequestRecord[];
  /** Answer every request with this instead (e.g. 503), or null to serve normally again. */
  setFailure(failure: CannedFailure | null): void;
}

const b64url = (data: Buffer | string) => Buffer.from(data).toString("base64url");

/** Base64 DER bodies of every certificate in a PEM text (what x5c wants). */
export function pemToX5c(pem: string): string[] {
  const matches = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
  return matches.map((block) => block.replace(/-----(BEGIN|END) CERTIFICATE-----/g, "").replace(/\s+/g, ""));
}

/** Signs claims as an RS256 JWT with the x5c header distribution verifies. */
export function signRegistryToken(claims: TokenClaims, signing: TokenServerOptions["signing"]): string {
  const header = { typ: "JWT", alg: "RS256", x5c: [...pemToX5c(signing.cert), ...(signing.chain ?? []).flatMap(pemToX5c)] };
  const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
  const signature = createSign("RSA-SHA256").update(input).sign(signing.key);
  return `${input}.${b64url(signature)}`;
}

/** Decodes (does not verify) a JWT's header and claims. */
export function decodeJwt(token: string): { header: Record<string, unknown>; claims: TokenClaims } {
  const [header, claims] = token.split(".");
  if (header === undefined || claims === undefined) throw new Error("not a JWT");
  return {
    header: JSON.parse(Buffer.from(header, "base64url").toString("utf8")) as Record<string, unknown>,
    claims: JSON.parse(Buffer.from(claims, "base64url").toString("utf8")) as TokenClaims,
  };
}

interface ParsedScope {
  type: string;
  name: string;
  actions: string[];
}

/** `type:name:actions`; the name may itself hold a colon (host:port/repo). */
export function parseScope(scope: string): ParsedScope | undefined {
  const first = scope.indexOf(":");
  const last = scope.lastIndexOf(":");
  if (first <= 0 || last <= first) return undefined;
  return {
    type: scope.slice(0, first),
    name: scope.slice(first + 1, last),
    actions: scope
      .slice(last + 1)
      .split(",")
      .filter(Boolean),
  };
}

function globMatches(pattern: string, value: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .split("*")
      .map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, "\\$&"))
      .join(".*")}$`,
  );
  return regex.test(value);
}

function grantedAccess(grants: readonly Grant[], user: string | null, scopes: readonly string[]): AccessEntry[] {
  const access: AccessEntry[] = [];
  for (const raw of scopes) {
    const scope = parseScope(raw);
    if (!scope) continue;
    const allowed = new Set<string>();
    for (const grant of grants) {
      const who = user === null ? grant.user === "anonymous" : grant.user === user || grant.user === "*";
      if (!who || (grant.type ?? "repository") !== scope.type || !globMatches(grant.repository, scope.name)) continue;
      for (const action of grant.actions) allowed.add(action);
    }
    const actions = allowed.has("*") ? scope.actions : scope.actions.filter((action) => allowed.has(action));
    if (actions.length > 0) access.push({ type: scope.type, name: scope.name, actions });
  }
  return access;
}

function parseBasic(header: string | undefined): { user: string; password: string } | "malformed" | null {
  if (!header) return null;
  const match = /^Basic\s+(\S+)$/i.exec(header.trim());
  if (!match?.[1]) return "malformed";
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) return "malformed";
  return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": String(Buffer.byteLength(text)), ...headers });
  res.end(text);
}

const unauthorized = (message: string) => ({ errors: [{ code: "UNAUTHORIZED", message }] });

/** Starts the token server on a free loopback port. */
export async function startTokenServer(options: TokenServerOptions): Promise<TokenServerHandle> {
  const path = options.path ?? "/token";
  const users = options.users ?? {};
  const grants = options.grants ?? [];
  const expiresIn = options.expiresInSeconds ?? 300;
  const requests: TokenRequestRecord[] = [];
  const refreshTokens = new Map<string, string>();
  let failure: CannedFailure | null = null;
  let realm = "";

  const issue = (user: string | null, scopes: string[]) => {
    const now = Math.floor(Date.now() / 1000);
    const access = grantedAccess(grants, user, scopes);
    const claims: TokenClaims = {
      iss: options.issuer,
      sub: user ?? "",
      aud: options.service,
      exp: now + expiresIn,
      nbf: now - 10,
      iat: now,
      jti: randomBytes(12).toString("hex"),
      access,
    };
    return { token: signRegistryToken(claims, options.signing), access, issuedAt: new Date(now * 1000).toISOString() };
  };

  const checkUser = (user: string, password: string) => Object.hasOwn(users, user) && users[user] === password;

  const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://token.invalid");
    const record: TokenRequestRecord = { method: req.method ?? "", user: null, service: null, scopes: [], status: 0, granted: [] };
    const reply = (status: number, body: unknown, headers?: Record<string, string>) => {
      record.status = status;
      requests.push(record);
      sendJson(res, status, body, headers);
    };
    if (failure) {
      record.status = failure.status;
      requests.push(record);
      const body = failure.body ?? "";
      res.writeHead(failure.status, { "content-length": String(Buffer.byteLength(body)), ...failure.headers });
      res.end(body);
      return;
    }
    if (url.pathname !== path) {
      reply(404, { errors: [{ code: "NOT_FOUND", message: "no such endpoint" }] });
      return;
    }
    if (req.method === "GET") {
      record.service = url.searchParams.get("service");
      record.scopes = url.searchParams
        .getAll("scope")
        .flatMap((s) => s.split(" "))
        .filter(Boolean);
      const credentials = parseBasic(req.headers.authorization);
      if (credentials === "malformed") {
        reply(400, { errors: [{ code: "UNAUTHORIZED", message: "malformed Authorization header" }] });
        return;
      }
      if (credentials) {
        record.user = credentials.user;
        if (!checkUser(credentials.user, credentials.password)) {
          reply(401, unauthorized("incorrect username or password"), { "www-authenticate": `Basic realm="${realm}"` });
          return;
        }
      } else if (options.anonymous === "refuse") {
        reply(401, unauthorized("Access to the requested resource is not authorized"));
        return;
      }
      const { token, access, issuedAt } = issue(credentials ? credentials.user : null, record.scopes);
      record.granted = access;
      const fields = options.responseFields ?? "both";
      reply(200, {
        ...(fields !== "access_token" ? { token } : {}),
        ...(fields !== "token" ? { access_token: token } : {}),
        expires_in: expiresIn,
        issued_at: issuedAt,
      });
      return;
    }
    if (req.method === "POST") {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        const form = new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
        record.service = form.get("service");
        record.scopes = (form.get("scope") ?? "").split(" ").filter(Boolean);
        const grantType = form.get("grant_type");
        if (!form.get("client_id")) {
          reply(400, { error: "invalid_request", error_description: "client_id is required" });
          return;
        }
        let user: string;
        if (grantType === "password") {
          user = form.get("username") ?? "";
          record.user = user;
          if (!checkUser(user, form.get("password") ?? "")) {
            reply(401, unauthorized("incorrect username or password"));
            return;
          }
        } else if (grantType === "refresh_token") {
          const known = refreshTokens.get(form.get("refresh_token") ?? "");
          if (known === undefined) {
            reply(401, unauthorized("invalid refresh token"));
            return;
          }
          user = known;
          record.user = user;
        } else {
          reply(400, { error: "unsupported_grant_type", error_description: `grant_type ${grantType ?? "(none)"} is not supported` });
          return;
        }
        const { token, access, issuedAt } = issue(user, record.scopes);
        record.granted = access;
        let refresh: string | undefined;
        if (form.get("access_type") === "offline" || grantType === "refresh_token") {
          refresh = randomBytes(24).toString("base64url");
          refreshTokens.set(refresh, user);
        }
        reply(200, {
          access_token: token,
          scope: access.map((a) => `${a.type}:${a.name}:${a.actions.join(",")}`).join(" "),
          expires_in: expiresIn,
          issued_at: issuedAt,
          ...(refresh ? { refresh_token: refresh } : {}),
        });
      });
      return;
    }
    reply(405, { errors: [{ code: "UNSUPPORTED", message: "method not allowed" }] });
  };

  const server = options.tls ? https.createServer({ cert: options.tls.cert, key: options.tls.key }, handler) : http.createServer(handler);
  const sockets = trackSockets(server);
  const port = await listenLoopback(server);
  const url = `${options.tls ? "https" : "http"}://${LOOPBACK}:${port}`;
  realm = `${options.tls ? "https" : "http"}://${options.realmHost ?? LOOPBACK}:${port}${path}`;
  return {
    url,
    realm,
    host: LOOPBACK,
    port,
    service: options.service,
    issuer: options.issuer,
    requests,
    setFailure: (next) => {
      failure = next;
    },
    stop: () => closeServer(server, sockets),
  };
}

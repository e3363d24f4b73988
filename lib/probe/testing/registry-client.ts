// Test infrastructure, not product: the harness's own minimal registry client, used to push
// fixture images and to check fixtures from tests. It answers a 401 challenge the simple way
// (Basic: resend with credentials; Bearer: fetch a token from the realm with Basic credentials
// and resend). Loopback only. The product's engine lives in lib/probe/, not here.
import { httpRequest, basicAuth, type HttpRequestOptions, type HttpResult } from "./support";

export interface RegistryClientOptions {
  /** Base URL of the registry, e.g. `https://127.0.0.1:5443`. */
  url: string;
  username?: string;
  password?: string;
  /** PEM CA for https registries and token realms. */
  ca?: string;
}

export interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

/** Parses one `WWW-Authenticate` challenge (`Bearer realm="…",service="…",scope="…"`). */
export function parseChallenge(header: string): Challenge | undefined {
  const match = /^\s*([A-Za-z]+)\s*(.*)$/.exec(header);
  if (!match?.[1]) return undefined;
  const params: Record<string, string> = {};
  const re = /([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/g;
  for (const part of (match[2] ?? "").matchAll(re)) {
    const key = part[1];
    if (key) params[key.toLowerCase()] = (part[2] ?? part[3] ?? "").replace(/\\(.)/g, "$1");
  }
  return { scheme: match[1].toLowerCase(), params };
}

function defaultScope(method: string, path: string): string | undefined {
  const match = /^\/v2\/(.+?)\/(manifests|blobs|tags)\//.exec(path);
  if (!match?.[1]) return undefined;
  const write = !["GET", "HEAD"].includes(method.toUpperCase());
  return `repository:${match[1]}:${write ? "pull,push" : "pull"}`;
}

export class RegistryClient {
  readonly url: string;
  private readonly options: RegistryClientOptions;
  private basic = false;
  private readonly tokens = new Map<string, string>();
  /** The last token fetched (for tests that want to decode it). */
  lastToken: string | undefined;

  constructor(options: RegistryClientOptions) {
    this.options = options;
    this.url = options.url.replace(/\/+$/, "");
  }

  private authHeader(scope: string | undefined): string | undefined {
    const token = this.tokens.get(scope ?? "");
    if (token) return `Bearer ${token}`;
    if (this.basic && this.options.username !== undefined) return basicAuth(this.options.username, this.options.password ?? "");
    return undefined;
  }

  /** Fetches a token from a Bearer challenge's realm; throws with the realm's answer on failure. */
  async fetchToken(challenge: Challenge, scope: string | undefined): Promise<string> {
    const realm = challenge.params.realm;
    if (!realm) throw new Error("Bearer challenge without a realm");
    const tokenUrl = new URL(realm);
    if (challenge.params.service) tokenUrl.searchParams.set("service", challenge.params.service);
    const wanted = challenge.params.scope ?? scope;
    if (wanted) for (const s of wanted.split(" ")) tokenUrl.searchParams.append("scope", s);
    const headers: Record<string, string> = {};
    if (this.options.username !== undefined) headers.authorization = basicAuth(this.options.username, this.options.password ?? "");
    const response = await httpRequest(tokenUrl, { headers, ca: this.options.ca });
    if (response.status !== 200) throw new Error(`token realm answered ${response.status}: ${response.text()}`);
    const body = response.json<{ token?: string; access_token?: string }>();
    const token = body.token ?? body.access_token;
    if (!token) throw new Error("token response without token");
    this.lastToken = token;
    return token;
  }

  /**
   * One request to `path` (or an absolute loopback URL), answering a 401 challenge once.
   * `scope` overrides the scope derived from the path.
   */
  async request(
    method: string,
    path: string,
    init: Omit<HttpRequestOptions, "method" | "ca"> & { scope?: string } = {},
  ): Promise<HttpResult> {
    const target = /^https?:/.test(path) ? new URL(path) : new URL(`${this.url}${path}`);
    const scope = init.scope ?? defaultScope(method, target.pathname);
    const send = () => {
      const auth = this.authHeader(scope);
      return httpRequest(target, {
        ...init,
        method,
        ca: this.options.ca,
        headers: { ...(auth ? { authorization: auth } : {}), ...init.headers },
      });
    };
    let response = await send();
    if (response.status !== 401) return response;
    const header = response.headers["www-authenticate"];
    const challenge = parseChallenge(Array.isArray(header) ? (header[0] ?? "") : (header ?? ""));
    if (!challenge) return response;
    if (challenge.scheme === "basic") {
      if (this.options.username === undefined || this.basic) return response;
      this.basic = true;
    } else if (challenge.scheme === "bearer") {
      this.tokens.set(scope ?? "", await this.fetchToken(challenge, scope));
    } else {
      return response;
    }
    response = await send();
    return response;
  }
}

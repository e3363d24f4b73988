// Makes any JSON value safe to store: drops keys whose name says they hold a credential
// (Authorization, password, *Token, cookie, …) and runs redactSecrets over every string that is
// left, so a credential that slipped into a URL, a header dump or a message is hidden too. Used on
// check reports (which hold no credentials by construction — this is defence in depth);
// `redactStrings` (strings only) on evidence documents, whose schema already rules out secret
// fields. Pure.
import { redactSecrets } from "@/lib/matcher/redact";

/** Keys that hold a credential whatever their value. Compared lower-case without `-`/`_`. */
const SECRET_KEYS = new Set([
  "authorization",
  "proxyauthorization",
  "password",
  "passwd",
  "pwd",
  "pass",
  "secret",
  "clientsecret",
  "cookie",
  "setcookie",
  "apikey",
  "accesstoken",
  "refreshtoken",
  "idtoken",
  "identitytoken",
  "registrytoken",
  "bearertoken",
  "sessiontoken",
  "securitytoken",
  "privatekey",
]);

/**
 * A key named or ending like this holds a credential when its value is text: `auth` in a docker
 * config, `token: "eyJ…"`; but `hasToken: true` or `token: { expiresIn: 300 }` (a description) is kept.
 */
const SECRET_WHEN_TEXT = /^(?:auth|creds?)$|(?:password|passwd|secret|token|apikey|authorization|cookie|credentials?)$/;

function normalizedKey(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, "");
}

export function isSecretKey(key: string, value: unknown): boolean {
  const name = normalizedKey(key);
  if (SECRET_KEYS.has(name)) return typeof value !== "boolean";
  return (typeof value === "string" || Array.isArray(value)) && SECRET_WHEN_TEXT.test(name);
}

const MAX_DEPTH = 64;

export function scrubJson(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return redactSecrets(value).text;
  if (value === null || typeof value !== "object") return value;
  if (depth >= MAX_DEPTH) return null;
  if (Array.isArray(value)) return value.map((item) => scrubJson(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (isSecretKey(key, item)) continue;
    out[key] = scrubJson(item, depth + 1);
  }
  return out;
}

/** Every string redacted, every key kept: for documents whose schema already rules out secret fields. */
export function redactStrings(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return redactSecrets(value).text;
  if (value === null || typeof value !== "object") return value;
  if (depth >= MAX_DEPTH) return null;
  if (Array.isArray(value)) return value.map((item) => redactStrings(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactStrings(item, depth + 1)]));
}

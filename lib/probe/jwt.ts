// Reads what a registry token grants, so the check can tell "granted nothing" from "granted
// pull" (research/registry-probing.md §2.4, §7): token services answer a request for more than
// the caller may have with a token for the intersection, often empty, instead of an error.
//
// It decodes only the payload of a Docker-style JWT and keeps only the claims named below. It
// never verifies a signature (the check is not the relying party) and never returns the token,
// its header or its signature. An opaque token (GHCR, Docker Hub's non-JWT forms) is "opaque",
// which callers must read as "unknown", never as "denied".

export interface AccessEntry {
  type: string;
  name: string;
  actions: string[];
}

export interface TokenClaims {
  iss?: string;
  sub?: string;
  aud?: string | string[];
  exp?: number;
  nbf?: number;
  iat?: number;
  /** Docker-style private claim; absent when the token does not carry one. */
  access?: AccessEntry[];
}

export interface Grant {
  type: string;
  name: string;
  action: string;
}

export type TokenInspection = { kind: "jwt"; claims: TokenClaims; grants: Grant[] } | { kind: "opaque" };

const SEGMENT = /^[A-Za-z0-9_-]+$/;
// Beyond any real registry token; a bigger blob is not worth decoding.
const MAX_TOKEN_LENGTH = 64 * 1024;

function decodeSegment(segment: string): unknown {
  if (!SEGMENT.test(segment)) return undefined;
  try {
    const base64 = segment
      .replace(/-/g, "+")
      .replace(/_/g, "/")
      .padEnd(Math.ceil(segment.length / 4) * 4, "=");
    const binary = atob(base64);
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes)) as unknown;
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringClaim(payload: Record<string, unknown>, key: string): string | undefined {
  const value = payload[key];
  return typeof value === "string" ? value : undefined;
}

function timeClaim(payload: Record<string, unknown>, key: string): number | undefined {
  const value = payload[key];
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

// The spec writes `type`, `name`, `actions`; read other casings too rather than miss a grant.
function field(item: Record<string, unknown>, key: string): unknown {
  if (Object.hasOwn(item, key)) return item[key];
  const found = Object.keys(item).find((candidate) => candidate.toLowerCase() === key);
  return found === undefined ? undefined : item[found];
}

function accessClaim(value: unknown): AccessEntry[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const entries: AccessEntry[] = [];
  for (const item of value) {
    if (!isObject(item)) continue;
    const type = field(item, "type");
    const name = field(item, "name");
    const actions = field(item, "actions");
    // Keep well-formed entries; a malformed one grants nothing we could rely on.
    if (typeof type !== "string" || typeof name !== "string") continue;
    entries.push({
      type,
      name,
      actions: Array.isArray(actions) ? actions.filter((action): action is string => typeof action === "string") : [],
    });
  }
  return entries;
}

/** Decodes a bearer token's payload claims, or says it is opaque. Never throws. */
export function inspectToken(token: string): TokenInspection {
  if (typeof token !== "string" || token.length > MAX_TOKEN_LENGTH) return { kind: "opaque" };
  const parts = token.trim().split(".");
  // A JWS in compact form has exactly three parts; five would be an encrypted JWE.
  if (parts.length !== 3) return { kind: "opaque" };
  const header = decodeSegment(parts[0] ?? "");
  const payload = decodeSegment(parts[1] ?? "");
  if (!isObject(header) || !isObject(payload)) return { kind: "opaque" };

  const claims: TokenClaims = {};
  const iss = stringClaim(payload, "iss");
  const sub = stringClaim(payload, "sub");
  if (iss !== undefined) claims.iss = iss;
  if (sub !== undefined) claims.sub = sub;
  const aud = payload.aud;
  if (typeof aud === "string") claims.aud = aud;
  else if (Array.isArray(aud)) claims.aud = aud.filter((entry): entry is string => typeof entry === "string");
  for (const key of ["exp", "nbf", "iat"] as const) {
    const value = timeClaim(payload, key);
    if (value !== undefined) claims[key] = value;
  }
  const access = accessClaim(payload.access);
  if (access !== undefined) claims.access = access;

  const grants = (access ?? []).flatMap((entry) => entry.actions.map((action) => ({ type: entry.type, name: entry.name, action })));
  return { kind: "jwt", claims, grants };
}

/**
 * Does the token let its holder pull `repository`? `"unknown"` for an opaque token or a JWT
 * without an `access` claim. A `false` is evidence, never proof of `access-denied`: a repository
 * that does not exist gets the same empty grant.
 */
export function grantsPull(inspection: TokenInspection, repository: string): boolean | "unknown" {
  if (inspection.kind === "opaque" || inspection.claims.access === undefined) return "unknown";
  return inspection.grants.some(
    (grant) => grant.type === "repository" && grant.name === repository && (grant.action === "pull" || grant.action === "*"),
  );
}

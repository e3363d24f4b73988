// Reads `WWW-Authenticate` challenges (RFC 7235 / RFC 9110 §11.6.1) the way tolerant registry
// clients do (regclient, go-containerregistry): several header lines, several challenges in one
// line (Gitea/Codeberg), commas and escapes inside quoted values, unquoted values, a missing
// `service` (GAR), token68 forms — and malformed headers recovered as far as possible, noted
// in `malformed`, never thrown. It also resolves a bearer realm against the registry URL.
//
// It does not judge the realm's address (that is guard.ts, after DNS) and does not fetch tokens.

export interface Challenge {
  /** Lowercased: "bearer", "basic", or whatever the server sent. */
  scheme: "bearer" | "basic" | (string & {});
  /** Parameter names lowercased, values as sent (unescaped). The first of duplicates wins. */
  params: Record<string, string>;
  /** The token68 form (`Negotiate YIIabc==`), when the challenge has one instead of params. */
  token68?: string;
  /** What was wrong with this challenge's text and recovered from; absent when well-formed. */
  malformed?: string[];
}

// RFC 9110 tchar.
const TCHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;
const TOKEN68 = /[A-Za-z0-9\-._~+/]+=*/y;
const SPACE = /[ \t\r\n]/;

function isTchar(char: string | undefined): boolean {
  return char !== undefined && TCHAR.test(char);
}

function isSpace(char: string | undefined): boolean {
  return char !== undefined && SPACE.test(char);
}

class Reader {
  index = 0;
  constructor(readonly text: string) {}

  get done(): boolean {
    return this.index >= this.text.length;
  }

  peek(): string | undefined {
    return this.text[this.index];
  }

  skipSpaces(): void {
    while (isSpace(this.peek())) this.index += 1;
  }

  token(): string {
    const start = this.index;
    while (isTchar(this.peek())) this.index += 1;
    return this.text.slice(start, this.index);
  }
}

function newParams(): Record<string, string> {
  // A hostile header may name a parameter "__proto__" or "constructor"; keep them plain data.
  return Object.create(null) as Record<string, string>;
}

function note(challenge: Challenge | undefined, problem: string): void {
  if (challenge === undefined) return;
  (challenge.malformed ??= []).push(problem);
}

/** Reads a quoted string, the reader on its opening quote. Unclosed: the rest of the line. */
function quoted(reader: Reader, challenge: Challenge | undefined, key: string): string {
  reader.index += 1;
  let value = "";
  for (;;) {
    const char = reader.peek();
    if (char === undefined) {
      note(challenge, `unclosed quote in ${key}`);
      return value;
    }
    reader.index += 1;
    if (char === '"') return value;
    if (char === "\\") {
      const next = reader.peek();
      if (next === undefined) {
        note(challenge, `trailing backslash in ${key}`);
        continue;
      }
      value += next;
      reader.index += 1;
    } else {
      value += char;
    }
  }
}

/** Reads an unquoted value: up to a comma or space (tolerant: any character but those). */
function bare(reader: Reader): string {
  const start = reader.index;
  while (!reader.done && reader.peek() !== "," && !isSpace(reader.peek())) reader.index += 1;
  return reader.text.slice(start, reader.index);
}

function parseLine(line: string, out: Challenge[]): void {
  const reader = new Reader(line);
  let current: Challenge | undefined;
  let afterValue = false;
  while (!reader.done) {
    reader.skipSpaces();
    if (reader.peek() === ",") {
      reader.index += 1;
      afterValue = false;
      continue;
    }
    if (reader.done) break;
    if (!isTchar(reader.peek())) {
      // Garbage where a name belongs: step over it so the rest can still be read.
      note(current, `unexpected '${reader.peek()}'`);
      reader.index += 1;
      continue;
    }
    const name = reader.token();
    const afterName = reader.index;
    reader.skipSpaces();
    if (reader.peek() === "=") {
      // A parameter of the current challenge.
      reader.index += 1;
      reader.skipSpaces();
      const key = name.toLowerCase();
      const value = reader.peek() === '"' ? quoted(reader, current, key) : bare(reader);
      if (current === undefined) {
        // Parameters before any scheme belong to nothing; they are read only to skip them.
      } else {
        if (afterValue) note(current, `missing comma before ${key}`);
        if (Object.hasOwn(current.params, key)) note(current, `duplicate ${key}`);
        else current.params[key] = value;
      }
      afterValue = true;
      continue;
    }
    // A new challenge: the name was its scheme.
    if (afterValue && current !== undefined) note(current, "missing comma before the next challenge");
    current = { scheme: name.toLowerCase(), params: newParams() };
    out.push(current);
    afterValue = false;
    // token68 needs at least one space after the scheme, and ends the challenge.
    if (reader.index > afterName) {
      TOKEN68.lastIndex = reader.index;
      const match = TOKEN68.exec(line);
      if (match !== null) {
        const end = reader.index + match[0].length;
        let after = end;
        while (isSpace(line[after])) after += 1;
        if (after >= line.length || line[after] === ",") {
          current.token68 = match[0];
          reader.index = end;
          afterValue = true;
        }
      }
    }
  }
}

/**
 * Parses one or more `WWW-Authenticate` header values into challenges, in order. Never throws:
 * anything unreadable is skipped, and what was recovered from is listed in `malformed`.
 */
export function parseChallenges(headers: string | readonly string[] | null | undefined): Challenge[] {
  const lines = typeof headers === "string" ? [headers] : Array.isArray(headers) ? headers : [];
  const out: Challenge[] = [];
  for (const line of lines) {
    if (typeof line === "string") parseLine(line, out);
  }
  return out;
}

/** The first Bearer challenge, as go-containerregistry picks it among several. */
export function bearerChallenge(challenges: readonly Challenge[]): Challenge | undefined {
  return challenges.find((challenge) => challenge.scheme === "bearer");
}

/** The first Basic challenge (ECR, Artifactory, GitHub Packages, htpasswd registries). */
export function basicChallenge(challenges: readonly Challenge[]): Challenge | undefined {
  return challenges.find((challenge) => challenge.scheme === "basic");
}

export type RealmResolution =
  | {
      ok: true;
      url: URL;
      /** The realm was a relative reference (`/token2`), resolved against the registry URL. */
      relative: boolean;
      /** An http realm: credentials would cross in clear text (a warning, not a failure). */
      insecure: boolean;
      /** Same scheme, host and port as the registry (go-containerregistry always allows these). */
      sameOrigin: boolean;
    }
  | { ok: false; problem: "empty" | "malformed" | "unsupported-scheme" };

const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

/**
 * Resolves a bearer challenge's realm to the token service URL. A relative realm is resolved
 * against `registryBase` (pass the URL that got the challenge, e.g. https://host/v2/). Refuses
 * realms that are not http(s), hold whitespace (Artifactory's `Basic realm="Artifactory Realm"` is
 * a label, not a URL), or carry credentials of their own.
 */
export function resolveRealm(realm: string, registryBase: URL): RealmResolution {
  const text = typeof realm === "string" ? realm.trim() : "";
  if (text === "") return { ok: false, problem: "empty" };
  // URL parsing would quietly percent-encode or strip these; a realm holding them is not a URL.
  if (/[\s\u0000-\u001f\u007f\\]/.test(text)) return { ok: false, problem: "malformed" };
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
  const relative = scheme === undefined;
  if (scheme !== undefined && scheme !== "http" && scheme !== "https") {
    // `registry.example.com:5000/token` is a host without a scheme, not a scheme of its own.
    const hostLike = scheme.includes(".") || /^[^:]+:\d/.test(text);
    return { ok: false, problem: hostLike ? "malformed" : "unsupported-scheme" };
  }
  let url: URL;
  try {
    url = relative ? new URL(text, registryBase) : new URL(text);
  } catch {
    return { ok: false, problem: "malformed" };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { ok: false, problem: "unsupported-scheme" };
  // A realm that carries its own user:pass is no registry's doing; do not send them anywhere.
  if (url.username !== "" || url.password !== "" || url.hostname === "") return { ok: false, problem: "malformed" };
  return { ok: true, url, relative, insecure: url.protocol === "http:", sameOrigin: url.origin === registryBase.origin };
}

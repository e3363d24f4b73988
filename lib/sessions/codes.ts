// Session codes and the engineer's secret. A code is read aloud on a call, so it avoids 0/O/1/I
// and comes in three groups of three (K7F-3QX-M2D); it is drawn from a CSPRNG so it cannot be
// guessed (32^9 ≈ 3.5e13 codes, and lookups are rate-limited). The engineer's secret is a
// separate 256-bit value that only ever leaves the server in an httpOnly cookie; the database
// keeps its SHA-256 hash, compared in constant time. Uses Web Crypto and node:crypto; no I/O.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { CODE_ALPHABET, SessionCodeSchema } from "./schema";

const GROUPS = 3;
const GROUP_LENGTH = 3;

/** A fresh random code such as K7F-3QX-M2D. Unbiased: the alphabet has 32 letters, a byte has 8 bits. */
export function generateCode(random: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  const bytes = random(new Uint8Array(GROUPS * GROUP_LENGTH));
  const letters = Array.from(bytes, (byte) => CODE_ALPHABET[byte % CODE_ALPHABET.length] ?? "");
  const groups: string[] = [];
  for (let i = 0; i < GROUPS; i += 1) groups.push(letters.slice(i * GROUP_LENGTH, (i + 1) * GROUP_LENGTH).join(""));
  return groups.join("-");
}

/** The canonical form of a code as typed ("k7f 3qx m2d", "K7F3QXM2D" → "K7F-3QX-M2D"), or undefined if it is not one. */
export function normalizeCode(input: string): string | undefined {
  const compact = input.replace(/[^0-9a-z]/gi, "");
  const grouped = compact.length === GROUPS * GROUP_LENGTH ? compact.replace(/^(...)(...)(...)$/, "$1-$2-$3") : input;
  const parsed = SessionCodeSchema.safeParse(grouped);
  return parsed.success ? parsed.data : undefined;
}

/** A new engineer secret: 32 random bytes, base64url (cookie-safe). */
export function generateSecret(): string {
  return randomBytes(32).toString("base64url");
}

/** What the database keeps instead of the secret. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** Does `secret` hash to `storedHash`? Constant time in the secret's content. */
export function secretMatches(secret: string | undefined, storedHash: string): boolean {
  if (secret === undefined || secret === "") return false;
  const given = Buffer.from(hashSecret(secret), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return given.length === stored.length && timingSafeEqual(given, stored);
}

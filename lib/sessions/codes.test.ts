import { describe, expect, it } from "vitest";
import { generateCode, generateSecret, hashSecret, normalizeCode, secretMatches } from "./codes";
import { CODE_ALPHABET, SessionCodeSchema } from "./schema";

describe("session codes", () => {
  it("are three groups of three from the read-aloud alphabet", () => {
    for (let i = 0; i < 2000; i += 1) {
      const code = generateCode();
      expect(code).toMatch(/^[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]{3}$/);
      expect(code).not.toMatch(/[01OI]/);
      expect(SessionCodeSchema.parse(code)).toBe(code);
    }
  });

  it("use every letter of the alphabet and nothing else", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i += 1) for (const char of generateCode().replace(/-/g, "")) seen.add(char);
    expect([...seen].sort().join("")).toBe([...CODE_ALPHABET].sort().join(""));
    expect(CODE_ALPHABET).toHaveLength(32);
  });

  it("do not repeat (20 000 draws, about 45 bits each)", () => {
    const codes = new Set(Array.from({ length: 20_000 }, () => generateCode()));
    expect(codes.size).toBe(20_000);
  });

  it("map every byte onto the alphabet without bias", () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const counts = new Map<string, number>();
    for (let start = 0; start < 256; start += 9) {
      const code = generateCode((bytes) => {
        bytes.set(all.slice(start, start + 9).length === 9 ? all.slice(start, start + 9) : new Uint8Array(9));
        return bytes;
      });
      for (const char of code.replace(/-/g, "")) counts.set(char, (counts.get(char) ?? 0) + 1);
    }
    expect(counts.size).toBe(32);
  });

  it("are read back from what a person types", () => {
    expect(normalizeCode(" k7f 3qx m2d ")).toBe("K7F-3QX-M2D");
    expect(normalizeCode("K7F_3QX_M2D")).toBe("K7F-3QX-M2D");
    expect(normalizeCode("K7F-3QX-M2O")).toBeUndefined(); // O is not in the alphabet
    expect(normalizeCode("k7f3qxm2d")).toBe("K7F-3QX-M2D");
    expect(normalizeCode("K7F-3QX-M2")).toBeUndefined();
    expect(normalizeCode("K7F-3QX-M2DD")).toBeUndefined();
  });
});

describe("the engineer's secret", () => {
  it("is long, random, and stored only as its SHA-256 hash", () => {
    const secret = generateSecret();
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(generateSecret()).not.toBe(secret);
    const hash = hashSecret(secret);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(secret);
  });

  it("matches only itself", () => {
    const secret = generateSecret();
    const hash = hashSecret(secret);
    expect(secretMatches(secret, hash)).toBe(true);
    expect(secretMatches(`${secret}x`, hash)).toBe(false);
    expect(secretMatches(undefined, hash)).toBe(false);
    expect(secretMatches("", hash)).toBe(false);
    expect(secretMatches(secret, "not-a-hash")).toBe(false);
  });
});

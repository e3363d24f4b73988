import { describe, expect, it } from "vitest";
import { SEED_IDS } from "@/lib/catalogue/ids";
import { SEED_ERROR_TEXTS } from "./fixtures/seed-errors";
import { matchErrorText } from "./match";

describe("error texts quoted in the seeds", () => {
  it("covers every seed", () => {
    expect(new Set(SEED_ERROR_TEXTS.map((entry) => entry.seed))).toEqual(new Set(SEED_IDS));
  });

  it.each(SEED_ERROR_TEXTS.map((entry) => [`${entry.seed} / ${entry.section}: ${entry.text.slice(0, 60)}`, entry] as const))(
    "%s",
    (_, entry) => {
      const result = matchErrorText(entry.text);
      expect(result.matches[0]?.causeId, JSON.stringify(result.matches.map((m) => [m.causeId, m.score, m.signatureId]))).toBe(
        entry.causeId,
      );
      const ranked = result.matches.map((m) => m.causeId);
      for (const other of entry.alsoRanked ?? []) {
        expect(ranked, `${other} should be offered too`).toContain(other);
        expect(ranked.indexOf(other)).toBeGreaterThan(0);
      }
      // The fragment shown is part of what was pasted.
      const top = result.matches[0]!;
      expect(entry.text.slice(top.start, top.end)).toBe(top.fragment);
      expect(top.fragment.length).toBeGreaterThan(0);
    },
  );
});

// Scores the error matcher against the evaluation corpus (./corpus/, loaded by ./corpus.ts):
// top-1 and top-3 accuracy over whole pasted transcripts, a table of misses, and proof that the
// planted fake secrets never survive redaction. The figures also land in
// .test-output/matcher-accuracy.json (git-ignored) so they can be compared between runs.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCAL_CAUSE_IDS, PROBE_CAUSE_IDS } from "../catalogue/ids";
import { type CorpusEntry, loadCorpus, parseCorpusFile } from "./corpus";
import { matchErrorText } from "./match";

// The floors the matcher must hold on this corpus. Top-1 is what the page shows first; top-3 is
// what a person sees without scrolling. Several transcripts are honestly ambiguous (their
// '# also:' lists the alternatives), and some can only be read from context a pattern table
// cannot weigh (timestamps, a config dump), so perfection is not the bar. Raise these as the
// matcher improves; never lower them to make a run pass.
const MIN_TOP1_ACCURACY = 0.7;
const MIN_TOP3_ACCURACY = 0.85;

const OUTPUT_FILE = fileURLToPath(new URL("../../.test-output/matcher-accuracy.json", import.meta.url));

type Scored = {
  entry: CorpusEntry;
  ranked: { causeId: string; score: number }[];
  top1: boolean;
  top3: boolean;
};

const corpus = loadCorpus();

function score(entry: CorpusEntry): Scored {
  const accepted = new Set<string>([entry.expect, ...entry.also]);
  const ranked = matchErrorText(entry.text).matches.map(({ causeId, score }) => ({ causeId, score }));
  return {
    entry,
    ranked,
    top1: ranked[0] !== undefined && accepted.has(ranked[0].causeId),
    top3: ranked.slice(0, 3).some((m) => accepted.has(m.causeId)),
  };
}

const percent = (fraction: number) => `${(fraction * 100).toFixed(1)}%`;

describe("matcher accuracy on the corpus", () => {
  let scored: Scored[] = [];

  beforeAll(() => {
    scored = corpus.map(score);
  });

  it(`ranks the true cause first in ≥ ${percent(MIN_TOP1_ACCURACY)} and in the top three in ≥ ${percent(MIN_TOP3_ACCURACY)} of transcripts`, () => {
    const total = scored.length;
    const top1 = scored.filter((s) => s.top1).length / total;
    const top3 = scored.filter((s) => s.top3).length / total;
    const misses = scored
      .filter((s) => !s.top1)
      .map((s) => ({
        file: s.entry.name,
        expect: s.entry.expect,
        also: s.entry.also.join(", "),
        got: s.ranked
          .slice(0, 3)
          .map((m) => `${m.causeId} (${m.score})`)
          .join(", "),
        inTop3: s.top3,
      }));

    console.log(`matcher corpus: ${total} transcripts, top-1 ${percent(top1)}, top-3 ${percent(top3)}`);
    if (misses.length > 0) {
      const rows = misses.map(
        (m) =>
          `  ${m.inTop3 ? "top-3" : "MISS "}  ${m.file.padEnd(54)} expect ${m.expect}` +
          `${m.also ? ` (or ${m.also})` : ""}\n         got ${m.got || "nothing"}`,
      );
      console.log(`not first (${misses.length}; "top-3" = accepted cause in the first three):\n${rows.join("\n")}`);
    }

    mkdirSync(join(OUTPUT_FILE, ".."), { recursive: true });
    writeFileSync(
      OUTPUT_FILE,
      `${JSON.stringify(
        {
          transcripts: total,
          top1,
          top3,
          thresholds: { top1: MIN_TOP1_ACCURACY, top3: MIN_TOP3_ACCURACY },
          misses,
          generatedAt: new Date().toISOString(),
        },
        null,
        2,
      )}\n`,
    );

    expect(top1).toBeGreaterThanOrEqual(MIN_TOP1_ACCURACY);
    expect(top3).toBeGreaterThanOrEqual(MIN_TOP3_ACCURACY);
  });

  const withSecrets = corpus.filter((entry) => entry.secrets.length > 0);

  it("plants fake secrets in at least five transcripts", () => {
    expect(withSecrets.length).toBeGreaterThanOrEqual(5);
  });

  it.each(withSecrets.map((entry) => [entry.name, entry] as const))(
    "%s: no planted secret survives in the redacted text or any fragment",
    (_name, entry) => {
      const result = matchErrorText(entry.text);
      const fragments = [...result.matches.map((m) => m.fragment), ...result.ignored.map((i) => i.fragment)];
      expect(result.redactions).toBeGreaterThan(0);
      for (const secret of entry.secrets) {
        expect(result.redactedText).not.toContain(secret);
        for (const fragment of fragments) expect(fragment).not.toContain(secret);
      }
    },
  );
});

describe("the corpus itself", () => {
  it("holds 70–90 transcripts, each with a parsed header", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(70);
    expect(corpus.length).toBeLessThanOrEqual(90);
  });

  it("expects every cause the live check or the local checks can name at least once", () => {
    const expected = new Set(corpus.map((entry) => entry.expect));
    const uncovered = [...PROBE_CAUSE_IDS, ...LOCAL_CAUSE_IDS].filter((id) => !expected.has(id));
    expect(uncovered).toEqual([]);
  });
});

describe("corpus loader", () => {
  let dir = "";

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "matcher-corpus-"));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("reads a well-formed file", () => {
    const sub = join(dir, "good");
    mkdirSync(sub);
    writeFileSync(
      join(sub, "001-good.txt"),
      [
        "# expect: rate-limited",
        "# also: registry-server-error",
        "# client: docker",
        "# source: test",
        "# ---",
        "Error response from daemon: toomanyrequests: Too Many Requests",
      ].join("\n"),
    );
    expect(loadCorpus(sub)).toEqual([
      {
        name: "001-good.txt",
        expect: "rate-limited",
        also: ["registry-server-error"],
        client: "docker",
        source: "test",
        secrets: [],
        text: "Error response from daemon: toomanyrequests: Too Many Requests",
      },
    ]);
  });

  it("rejects a file without '# expect:'", () => {
    const sub = join(dir, "no-expect");
    mkdirSync(sub);
    writeFileSync(
      join(sub, "001-no-expect.txt"),
      ["# client: docker", "# source: test", "# ---", "Error response from daemon: EOF"].join("\n"),
    );
    expect(() => loadCorpus(sub)).toThrow(/001-no-expect\.txt.*missing '# expect:'/);
  });

  it("rejects an unknown cause id, a missing separator and a secret the text does not contain", () => {
    expect(() => parseCorpusFile("001-x.txt", "# expect: no-such-cause\n# client: docker\n# source: t\n# ---\nx")).toThrow(/expect/);
    expect(() => parseCorpusFile("001-x.txt", "# expect: rate-limited\n# client: docker\n# source: t\nx")).toThrow(/# ---/);
    expect(() =>
      parseCorpusFile("001-x.txt", "# expect: rate-limited\n# client: docker\n# source: t\n# secrets: hunter2\n# ---\nx"),
    ).toThrow(/hunter2/);
  });
});

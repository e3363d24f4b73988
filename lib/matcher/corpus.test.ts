// Scores the error matcher against the evaluation corpus (loaded by ./corpus.ts): top-1 and top-3
// accuracy over whole pasted transcripts, a table of misses, and proof that the planted fake
// secrets never survive redaction. Two sets are scored apart and together: "tuning" (./corpus/,
// which the matcher was tuned against) and "holdout" (./corpus/holdout/, written blind to the
// matcher and never used to tune it, so its figure is the one to quote). The figures also land in
// .test-output/matcher-accuracy.json (git-ignored) so they can be compared between runs.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCAL_CAUSE_IDS, PROBE_CAUSE_IDS } from "../catalogue/ids";
import { type CorpusEntry, type CorpusSet, loadCorpus, loadHoldout, parseCorpusFile } from "./corpus";
import { matchErrorText } from "./match";

// The floors the matcher must hold on this corpus. Top-1 is what the page shows first; top-3 is
// what a person sees without scrolling. Several transcripts are honestly ambiguous (their
// '# also:' lists the alternatives), and some can only be read from context a pattern table
// cannot weigh (timestamps, a config dump), so perfection is not the bar. Raise these as the
// matcher improves; never lower them to make a run pass.
const MIN_TOP1_ACCURACY = 0.7;
const MIN_TOP3_ACCURACY = 0.85;

// The floors on the held-out set. These guard against regressions only: the held-out figure
// itself (console line, matcher-accuracy.json) is what to report as the matcher's accuracy.
// Never tune the matcher against these transcripts to raise it.
const MIN_HOLDOUT_TOP1_ACCURACY = 0.6;
const MIN_HOLDOUT_TOP3_ACCURACY = 0.75;

const OUTPUT_FILE = fileURLToPath(new URL("../../.test-output/matcher-accuracy.json", import.meta.url));

type Scored = {
  entry: CorpusEntry;
  ranked: { causeId: string; score: number }[];
  top1: boolean;
  top3: boolean;
};

const corpus = loadCorpus();
const holdout = loadHoldout();

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

type Miss = { set: CorpusSet; file: string; expect: string; also: string; got: string; inTop3: boolean };
type Summary = { transcripts: number; top1: number; top3: number; misses: Miss[] };

function summarise(scored: Scored[]): Summary {
  const total = scored.length;
  return {
    transcripts: total,
    top1: total === 0 ? 0 : scored.filter((s) => s.top1).length / total,
    top3: total === 0 ? 0 : scored.filter((s) => s.top3).length / total,
    misses: scored
      .filter((s) => !s.top1)
      .map((s) => ({
        set: s.entry.set,
        file: s.entry.name,
        expect: s.entry.expect,
        also: s.entry.also.join(", "),
        got: s.ranked
          .slice(0, 3)
          .map((m) => `${m.causeId} (${m.score})`)
          .join(", "),
        inTop3: s.top3,
      })),
  };
}

const line = (label: string, summary: Summary) =>
  `${label} ${summary.transcripts} transcripts, top-1 ${percent(summary.top1)}, top-3 ${percent(summary.top3)}`;

describe("matcher accuracy on the corpus", () => {
  let tuning: Summary;
  let held: Summary;

  beforeAll(() => {
    const scoredTuning = corpus.map(score);
    const scoredHoldout = holdout.map(score);
    tuning = summarise(scoredTuning);
    held = summarise(scoredHoldout);
    const all = summarise([...scoredTuning, ...scoredHoldout]);

    console.log(`matcher corpus: ${line("tuning", tuning)}; ${line("holdout", held)}; ${line("all", all)}`);
    for (const [label, summary] of [
      ["tuning", tuning],
      ["holdout", held],
    ] as const) {
      if (summary.misses.length === 0) continue;
      const rows = summary.misses.map(
        (m) =>
          `  ${m.inTop3 ? "top-3" : "MISS "}  ${m.file.padEnd(54)} expect ${m.expect}` +
          `${m.also ? ` (or ${m.also})` : ""}\n         got ${m.got || "nothing"}`,
      );
      console.log(`${label}: not first (${summary.misses.length}; "top-3" = accepted cause in the first three):\n${rows.join("\n")}`);
    }

    mkdirSync(join(OUTPUT_FILE, ".."), { recursive: true });
    writeFileSync(
      OUTPUT_FILE,
      `${JSON.stringify(
        {
          tuning: { ...tuning, thresholds: { top1: MIN_TOP1_ACCURACY, top3: MIN_TOP3_ACCURACY } },
          holdout: { ...held, thresholds: { top1: MIN_HOLDOUT_TOP1_ACCURACY, top3: MIN_HOLDOUT_TOP3_ACCURACY } },
          all: { transcripts: all.transcripts, top1: all.top1, top3: all.top3 },
          generatedAt: new Date().toISOString(),
        },
        null,
        2,
      )}\n`,
    );
  });

  it(`ranks the true cause first in ≥ ${percent(MIN_TOP1_ACCURACY)} and in the top three in ≥ ${percent(MIN_TOP3_ACCURACY)} of tuning transcripts`, () => {
    expect(tuning.top1).toBeGreaterThanOrEqual(MIN_TOP1_ACCURACY);
    expect(tuning.top3).toBeGreaterThanOrEqual(MIN_TOP3_ACCURACY);
  });

  it(`ranks the true cause first in ≥ ${percent(MIN_HOLDOUT_TOP1_ACCURACY)} and in the top three in ≥ ${percent(MIN_HOLDOUT_TOP3_ACCURACY)} of held-out transcripts`, () => {
    expect(held.top1).toBeGreaterThanOrEqual(MIN_HOLDOUT_TOP1_ACCURACY);
    expect(held.top3).toBeGreaterThanOrEqual(MIN_HOLDOUT_TOP3_ACCURACY);
  });

  const withSecrets = [...corpus, ...holdout].filter((entry) => entry.secrets.length > 0);

  it("plants fake secrets in at least five tuning transcripts", () => {
    expect(corpus.filter((entry) => entry.secrets.length > 0).length).toBeGreaterThanOrEqual(5);
  });

  it.each(withSecrets.map((entry) => [`${entry.set}/${entry.name}`, entry] as const))(
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

  it("holds 40–50 held-out transcripts, each marked as such", () => {
    expect(holdout.length).toBeGreaterThanOrEqual(40);
    expect(holdout.length).toBeLessThanOrEqual(50);
    expect(holdout.every((entry) => entry.set === "holdout")).toBe(true);
    expect(corpus.every((entry) => entry.set === "tuning")).toBe(true);
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
        set: "tuning",
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

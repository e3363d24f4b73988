// Loads the error matcher's evaluation corpus: whole terminal sessions and logs as a person
// would paste them, one file each under ./corpus/, every one headed by the cause it really shows.
// The corpus was written from the tools' real wording (research/registry-probing.md §3, the seed
// articles, upstream sources), blind to the matcher's signature table, so a miss is information
// for the matcher, not a reason to edit a transcript. Test data only: nothing at runtime reads it.
//
// Two sets, the same format: ./corpus/*.txt is the "tuning" set (the matcher was tuned against it,
// so its score flatters), and ./corpus/holdout/*.txt is the "holdout" set, written later and blind
// to both the signatures and the tuning transcripts, so its score is the honest one. Never tune the
// matcher against the holdout set; add new transcripts there instead of editing existing ones.
//
// File format (NNN-short-name.txt):
//   # expect: <causeId>                       the true cause (required)
//   # also: <causeId>, <causeId>              other causes a careful engineer would accept (optional)
//   # client: docker|podman|…                 the tool whose output this mostly is (required)
//   # source: <where the wording comes from>  (required)
//   # secrets: <literal>, <literal>           fake secrets in the text that must be redacted (optional)
//   # ---
//   <the raw transcript, unchanged>
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as z from "zod";
import { CAUSE_IDS, CLIENT_IDS } from "../catalogue/ids";

/** The corpus directory beside this file (the tuning set). */
export const CORPUS_DIR = fileURLToPath(new URL("./corpus/", import.meta.url));

/** The held-out set: a subfolder of the corpus directory, never used to tune the matcher. */
export const HOLDOUT_DIR = fileURLToPath(new URL("./corpus/holdout/", import.meta.url));

/** Which set a transcript belongs to: the one the matcher was tuned on, or the held-out one. */
export const CORPUS_SETS = ["tuning", "holdout"] as const;
export type CorpusSet = (typeof CORPUS_SETS)[number];

/** The product's client ids, plus CI logs, which mix several tools in one paste. */
export const CORPUS_CLIENTS = [...CLIENT_IDS, "github-actions"] as const;

const FILE_NAME = /^\d{3}-[a-z0-9]+(?:-[a-z0-9]+)*\.txt$/;
const HEADER_LINE = /^# ([a-z]+): (.*)$/;
const SEPARATOR = "# ---";

const list = (value: string) =>
  value
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item.length > 0);

const CauseIdSchema = z.enum(CAUSE_IDS);

export const CorpusEntrySchema = z
  .object({
    name: z.string().regex(FILE_NAME, "file names are NNN-short-name.txt, lowercase"),
    set: z.enum(CORPUS_SETS).describe("tuning (./corpus/) or holdout (./corpus/holdout/)"),
    expect: CauseIdSchema.describe("the true cause"),
    also: z.array(CauseIdSchema).describe("other causes acceptable as the top answer"),
    client: z.enum(CORPUS_CLIENTS),
    source: z.string().min(1).describe("where the wording comes from"),
    secrets: z.array(z.string().min(1)).describe("fake secrets planted in the text"),
    text: z.string().refine((t) => t.trim().length > 0, "the transcript after '# ---' is empty"),
  })
  .strict()
  .superRefine((entry, ctx) => {
    if (entry.also.includes(entry.expect)) {
      ctx.addIssue({ code: "custom", path: ["also"], message: `'${entry.expect}' is already the expected cause` });
    }
    if (new Set(entry.also).size !== entry.also.length) {
      ctx.addIssue({ code: "custom", path: ["also"], message: "a cause is listed twice" });
    }
    for (const secret of entry.secrets) {
      if (!entry.text.includes(secret)) {
        ctx.addIssue({ code: "custom", path: ["secrets"], message: `'${secret}' does not occur in the transcript` });
      }
    }
  });

export type CorpusEntry = z.infer<typeof CorpusEntrySchema>;

const KEYS = ["expect", "also", "client", "source", "secrets"] as const;
type Key = (typeof KEYS)[number];
const isKey = (key: string): key is Key => (KEYS as readonly string[]).includes(key);

/** Parses one corpus file; throws an Error naming the file and every problem found. */
export function parseCorpusFile(name: string, content: string, set: CorpusSet = "tuning"): CorpusEntry {
  const fail = (problems: string[]): never => {
    throw new Error(`corpus file ${name}: ${problems.join("; ")}`);
  };

  const lines = content.split(/\r?\n/);
  const separatorAt = lines.findIndex((line) => line.trimEnd() === SEPARATOR);
  if (separatorAt < 0) fail([`no '${SEPARATOR}' line between the header and the transcript`]);

  const header = new Map<Key, string>();
  const problems: string[] = [];
  for (const [index, line] of lines.slice(0, separatorAt).entries()) {
    const match = HEADER_LINE.exec(line.trimEnd());
    const key = match?.[1];
    const value = match?.[2]?.trim() ?? "";
    if (key === undefined || !isKey(key)) {
      problems.push(`header line ${index + 1} is not '# <${KEYS.join("|")}>: <value>': ${JSON.stringify(line)}`);
    } else if (header.has(key)) {
      problems.push(`'# ${key}:' appears twice`);
    } else {
      header.set(key, value);
    }
  }
  for (const required of ["expect", "client", "source"] as const) {
    if (!header.has(required)) problems.push(`missing '# ${required}:' line`);
  }
  if (problems.length > 0) fail(problems);

  const parsed = CorpusEntrySchema.safeParse({
    name,
    set,
    expect: header.get("expect"),
    also: list(header.get("also") ?? ""),
    client: header.get("client"),
    source: header.get("source"),
    secrets: list(header.get("secrets") ?? ""),
    text: lines.slice(separatorAt + 1).join("\n"),
  });
  if (!parsed.success) {
    return fail(parsed.error.issues.map((issue) => `${issue.path.join(".") || "file"}: ${issue.message}`));
  }
  return parsed.data;
}

/**
 * Reads every *.txt file of a corpus directory, in name order, marking each with its set.
 * Subfolders (such as holdout/) are not descended into: each set is loaded from its own folder.
 */
export function loadCorpus(dir: string = CORPUS_DIR, set: CorpusSet = "tuning"): CorpusEntry[] {
  const names = readdirSync(dir)
    .filter((name) => name.endsWith(".txt"))
    .sort();
  if (names.length === 0) throw new Error(`corpus directory ${dir} holds no .txt files`);
  return names.map((name) => parseCorpusFile(name, readFileSync(join(dir, name), "utf8"), set));
}

/** Reads the held-out set (./corpus/holdout/*.txt). */
export function loadHoldout(dir: string = HOLDOUT_DIR): CorpusEntry[] {
  return loadCorpus(dir, "holdout");
}

// Reads what a person pasted after running the evidence script: finds the JSON document inside
// terminal noise (a prompt, the script's progress lines, a BOM, CRLF line ends, a line wrapped by
// the terminal inside a string), checks it is complete, and validates it with the schema. Every
// failure is one sentence that says what to do: not the script's output, cut off, another
// version, or field by field from zod (lib/validation.ts). Pure and isomorphic; the pasted text
// is never echoed back, since a wrong paste can hold anything.
import { messages } from "@/lib/messages";
import { fieldProblems, type FieldProblem } from "@/lib/validation";
import { CLIENT_EVIDENCE_SCHEMA_ID, ClientEvidenceSchema, type ClientEvidence } from "./schema";

/** Far more than a document can grow to (a few KiB); a larger paste is something else. */
export const MAX_EVIDENCE_CHARS = 512 * 1024;

export type EvidenceParseErrorKind = "empty" | "too-large" | "not-evidence" | "truncated" | "other-version" | "invalid";

export interface EvidenceParseError {
  kind: EvidenceParseErrorKind;
  /** One sentence for the person: what is wrong and what to paste instead. */
  message: string;
  /** Field-level problems (`hops.0.port must be a number`), for `invalid`. */
  problems: FieldProblem[];
}

export type EvidenceParseResult = { ok: true; document: ClientEvidence } | { ok: false; error: EvidenceParseError };

const t = messages.evidence.parse;
const MARKER = /\{\s*"schema"\s*:\s*"registry-doctor\/client-evidence@/g;

function fail(kind: EvidenceParseErrorKind, message: string, problems: FieldProblem[] = []): EvidenceParseResult {
  return { ok: false, error: { kind, message, problems } };
}

interface Scan {
  /** The object's text, with raw line breaks inside strings (terminal wrapping) removed. */
  text: string;
  complete: boolean;
  /** Top-level keys in the order they appeared. */
  keys: string[];
}

/**
 * Walks one JSON object from `start`, tracking strings and nesting, to its closing brace. A raw
 * line break inside a string cannot come from the script (it escapes them): it is a terminal's
 * wrap, and is dropped.
 */
function scanObject(text: string, start: number): Scan {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let keyNext = false;
  let current = "";
  let out = "";
  const keys: string[] = [];
  for (let index = start; index < text.length; index += 1) {
    const char = text[index] as string;
    if (inString) {
      if (char === "\n") continue;
      out += char;
      if (escaped) escaped = false;
      else if (char === "\\") escaped = true;
      else if (char === '"') {
        inString = false;
        if (keyNext && depth === 1) keys.push(current);
        keyNext = false;
        continue;
      }
      current += char;
      continue;
    }
    out += char;
    if (char === '"') {
      inString = true;
      current = "";
    } else if (char === "{" || char === "[") {
      depth += 1;
      keyNext = depth === 1;
    } else if (char === "}" || char === "]") {
      depth -= 1;
      if (depth === 0) return { text: out, complete: true, keys };
    } else if (char === "," && depth === 1) {
      keyNext = true;
    }
  }
  return { text: out, complete: false, keys };
}

/** What a paste without the script's document looks like, to say what it is instead. */
function whatItIs(text: string): string {
  if (/"auths"\s*:\s*\{/.test(text) || /"credsStore"\s*:/.test(text)) return t.dockerConfig;
  if (/"vantage"\s*:\s*\{/.test(text) && /"steps"\s*:\s*\[/.test(text)) return t.liveReport;
  if (/Error response from daemon|unauthorized|denied|x509|dial tcp|no such host|Get "https?:\/\//i.test(text)) return t.errorText;
  if (/registry-doctor: /.test(text)) return t.progressOnly;
  return t.noDocument;
}

/** Line and column of an offset, for "not valid JSON near line 12". */
function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split("\n").length;
}

export function parseEvidence(input: string): EvidenceParseResult {
  if (typeof input !== "string") return fail("empty", t.empty);
  if (input.length > MAX_EVIDENCE_CHARS) return fail("too-large", t.tooLarge(Math.ceil(input.length / 1024)));
  const text = input.replace(/\uFEFF/g, "").replace(/\r\n?/g, "\n");
  if (text.trim() === "") return fail("empty", t.empty);

  // The last document in the paste (a second run is the fresher one).
  let start = -1;
  for (const match of text.matchAll(MARKER)) start = match.index ?? start;
  if (start === -1) {
    const other = /\{\s*"schema"\s*:\s*"([^"]{1,100})"/.exec(text);
    if (other?.[1]) return fail("not-evidence", t.notEvidence(t.otherSchema(other[1])));
    return fail("not-evidence", t.notEvidence(whatItIs(text)));
  }

  const scan = scanObject(text, start);
  if (!scan.complete) return fail("truncated", t.truncated(scan.keys.at(-1) ?? "schema"));

  let value: unknown;
  try {
    value = JSON.parse(scan.text);
  } catch (error) {
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : "")?.[1];
    return fail("invalid", t.notJson(position === undefined ? undefined : lineOf(scan.text, Number(position))));
  }

  const schema = (value as { schema?: unknown }).schema;
  if (typeof schema === "string" && schema !== CLIENT_EVIDENCE_SCHEMA_ID) {
    return fail("other-version", t.otherVersion(schema.slice(schema.indexOf("@") + 1, schema.indexOf("@") + 21)));
  }
  if (typeof value === "object" && value !== null && !("complete" in value)) {
    return fail("truncated", t.truncated(scan.keys.at(-1) ?? "schema"));
  }

  const parsed = ClientEvidenceSchema.safeParse(value);
  if (!parsed.success) {
    const problems = fieldProblems(parsed.error);
    return fail(
      "invalid",
      t.shape(
        problems
          .slice(0, 3)
          .map((p) => `${p.field} ${p.message}`)
          .join("; "),
      ),
      problems,
    );
  }
  return { ok: true, document: parsed.data };
}

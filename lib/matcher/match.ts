// The error matcher ("paste your error"): takes any pasted output — one line or a whole terminal
// session — and returns the likely causes, best first, each with the fragment that matched and
// why. Order of work: redact secrets first (nothing after this sees them), normalise what varies
// between terminals and tools, run the signature table (signatures.ts), then rank.
//
// Ranking rules, in words:
// - Where a tool prints several failures, the first is the cause: earlier matches rank higher.
// - "fallback" lines (az acr login trying the admin user after Entra ID failed) rank below any
//   real failure; alone, they still count.
// - "wrapper" lines (ErrImagePull, a bare 403) count only when nothing more specific matched.
// - "noise" lines (Helm/Notary in check-health) are listed as ignored; if nothing else matched,
//   their own cause (check-health-helm-notary-noise) is the answer.
// - A more specific signature replaces the generic ones it `supersedes` where their matches overlap.
// - One entry per cause, scored by its best match.
// Pure and isomorphic; input is capped at 64 KiB and every pattern is bounded.
import type { CauseId } from "@/lib/catalogue/ids";
import { redactSecrets } from "./redact";
import { SIGNATURES, type Signature } from "./signatures";

/** The most text the matcher reads; the API refuses more, and anything past this is ignored. */
export const MAX_INPUT_CHARS = 64 * 1024;

export interface CauseMatch {
  causeId: CauseId;
  /** 0..1, rounded to 2 decimals. */
  score: number;
  /** The matched text, from the redacted input. */
  fragment: string;
  /** Offsets of the fragment in `redactedText`. */
  start: number;
  end: number;
  why: string;
  tellApart?: string;
  signatureId: string;
}

export interface IgnoredFragment {
  fragment: string;
  why: string;
}

export interface MatchResult {
  redactedText: string;
  redactions: number;
  /** Best first, one per cause; empty when nothing fits. */
  matches: CauseMatch[];
  /** Harmless lines, such as HELM_COMMAND_ERROR / NOTARY_*_ERROR in check-health output. */
  ignored: IgnoredFragment[];
}

// ----------------------------------------------------------------------------------------------
// Normalisation: a copy of the text that is easy to match, with a map back to the original.

interface Normalized {
  text: string;
  /** For each character of `text`, where its source starts and ends in the original. */
  from: number[];
  to: number[];
}

/** Prefixes that tools put at the start of a line: timestamps, klog and syslog headers, CI markers. */
const LINE_PREFIX = new RegExp(
  String.raw`^[ \t]{0,40}(?:(?:\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?\]?|[IWEF]\d{4} \d{2}:\d{2}:\d{2}\.\d{1,6}[ \t]{1,20}\d{1,10} [\w.-]{1,100}:\d{1,6}\]|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) {1,2}\d{1,2} \d{2}:\d{2}:\d{2}(?: [\w.-]{1,100})? [\w./@-]{1,100}(?:\[\d{1,10}\])?:|##\[(?:error|warning|debug|command|section)\]|time="[^"]{1,60}" level=\w{1,10}(?: msg=)?)[ \t]{0,20}){1,3}`,
);

/** Things to rewrite inside a line: colour codes, JSON escapes, typographic quotes, odd spaces. */
const REWRITE =
  /\x1b\[[0-9;?]{0,20}[ -/]{0,5}[@-~]|\x1b\][^\x07\x1b]{0,512}(?:\x07|\x1b\\)|\x1b[@-Z\\-_]|\\u00(?:27|22|26|3[cCeE])|\\["\\/]|\\[nrt]|[\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u201f\u2033]|[\t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]|[\u200b-\u200d\u2060\ufeff]/g;

function rewriteOf(token: string): string {
  if (token.startsWith("\x1b")) return "";
  if (token.startsWith("\\u00")) {
    return String.fromCharCode(Number.parseInt(token.slice(2), 16));
  }
  if (token.length === 2 && token.startsWith("\\")) {
    const c = token[1] ?? "";
    return c === "n" || c === "r" || c === "t" ? " " : c;
  }
  if (/[\u2018\u2019\u201a\u201b\u2032]/.test(token)) return "'";
  if (/[\u201c\u201d\u201e\u201f\u2033]/.test(token)) return '"';
  if (/[\u200b-\u200d\u2060\ufeff]/.test(token)) return "";
  return " ";
}

/**
 * Normalise for matching: one space for any run of whitespace (line breaks included, so a message
 * wrapped over lines still matches), straight quotes, decoded JSON escapes, no colour codes, and no
 * timestamp or log-header at the start of a line.
 */
export function normalizeForMatching(original: string): Normalized {
  const text: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const emit = (out: string, start: number, end: number): void => {
    for (const ch of out) {
      if (ch === " " && (text.length === 0 || text[text.length - 1] === " ")) continue;
      text.push(ch);
      from.push(start);
      to.push(end);
    }
  };

  const lineBreaks = /\r\n|\r|\n|\u2028|\u2029/g;
  let lineStart = 0;
  const lines: [number, number, number][] = []; // [start, end, break length]
  for (let m = lineBreaks.exec(original); m !== null; m = lineBreaks.exec(original)) {
    lines.push([lineStart, m.index, m[0].length]);
    lineStart = m.index + m[0].length;
  }
  lines.push([lineStart, original.length, 0]);

  for (const [start, end, breakLength] of lines) {
    const line = original.slice(start, end);
    const prefix = LINE_PREFIX.exec(line);
    let i = prefix ? prefix[0].length : 0;
    REWRITE.lastIndex = i;
    for (let m = REWRITE.exec(line); m !== null; m = REWRITE.exec(line)) {
      for (; i < m.index; i++) emit(line[i] ?? "", start + i, start + i + 1);
      emit(rewriteOf(m[0]), start + m.index, start + m.index + m[0].length);
      i = m.index + m[0].length;
      if (m[0].length === 0) REWRITE.lastIndex++;
    }
    for (; i < line.length; i++) emit(line[i] ?? "", start + i, start + i + 1);
    if (breakLength > 0) emit(" ", end, end + breakLength);
  }
  // Drop a trailing space so offsets never point past the last character.
  if (text[text.length - 1] === " ") {
    text.pop();
    from.pop();
    to.pop();
  }
  return { text: text.join(""), from, to };
}

// ----------------------------------------------------------------------------------------------
// Matching

interface Compiled {
  sig: Signature;
  regex: RegExp;
}

const COMPILED: readonly Compiled[] = SIGNATURES.map((sig) => ({ sig, regex: new RegExp(sig.pattern, "gi") }));
const BY_ID = new Map(COMPILED.map((c) => [c.sig.id, c.sig]));

/** How many occurrences of one signature are looked at (the first is the one that ranks). */
const MAX_OCCURRENCES = 16;
/** How many causes are returned at most. */
const MAX_MATCHES = 10;

interface Hit {
  sig: Signature;
  /** Offsets in the normalised text. */
  start: number;
  end: number;
}

function findHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const { sig, regex } of COMPILED) {
    regex.lastIndex = 0;
    let found = 0;
    for (let m = regex.exec(text); m !== null && found < MAX_OCCURRENCES; m = regex.exec(text)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      hits.push({ sig, start: m.index, end: m.index + m[0].length });
      found++;
    }
  }
  return hits;
}

/** Which signatures supersede each signature id (the reverse of `supersedes`). */
const SUPERSEDED_BY = new Map<string, string[]>();
for (const { sig } of COMPILED) {
  for (const generic of sig.supersedes) SUPERSEDED_BY.set(generic, [...(SUPERSEDED_BY.get(generic) ?? []), sig.id]);
}

/** Drop hits of generic signatures where a more specific one that supersedes them overlaps. */
function applySupersedes(hits: Hit[]): Hit[] {
  const bySig = new Map<string, Hit[]>();
  for (const hit of hits) bySig.set(hit.sig.id, [...(bySig.get(hit.sig.id) ?? []), hit]);
  return hits.filter((hit) => {
    const specific = SUPERSEDED_BY.get(hit.sig.id) ?? [];
    return !specific.some((id) => (bySig.get(id) ?? []).some((other) => other.start < hit.end && hit.start < other.end));
  });
}

/** The earliest hit of each signature. */
function firstPerSignature(hits: Hit[]): Hit[] {
  const first = new Map<string, Hit>();
  for (const hit of hits) {
    const seen = first.get(hit.sig.id);
    if (!seen || hit.start < seen.start) first.set(hit.sig.id, hit);
  }
  return [...first.values()].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Earlier failures weigh more: the first is the cause, later ones are often its consequences. */
function positionFactor(rank: number): number {
  return Math.max(0.6, 1 - 0.08 * rank);
}

/** Fallback lines rank below real failures. */
const FALLBACK_FACTOR = 0.7;

interface Scored {
  causeId: CauseId;
  score: number;
  hit: Hit;
}

function score(primary: Hit[], hasCauseRole: boolean): Scored[] {
  const scored: Scored[] = [];
  primary.forEach((hit, rank) => {
    const role = hit.sig.role === "fallback" && hasCauseRole ? FALLBACK_FACTOR : 1;
    for (const { causeId, weight } of hit.sig.causes) {
      scored.push({ causeId, score: weight * positionFactor(rank) * role, hit });
    }
  });
  return scored;
}

function bestPerCause(scored: Scored[]): Scored[] {
  const best = new Map<CauseId, Scored>();
  for (const s of scored) {
    const seen = best.get(s.causeId);
    if (!seen || s.score > seen.score || (s.score === seen.score && s.hit.start < seen.hit.start)) best.set(s.causeId, s);
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.hit.start - b.hit.start);
}

/** Find the likely causes in pasted error output. Secrets are removed before anything else. */
export function matchErrorText(input: string): MatchResult {
  const { text: redactedText, count: redactions } = redactSecrets(input.slice(0, MAX_INPUT_CHARS));
  const normalized = normalizeForMatching(redactedText);
  const hits = firstPerSignature(applySupersedes(findHits(normalized.text)));

  const original = (hit: Hit): { fragment: string; start: number; end: number } => {
    const start = normalized.from[hit.start] ?? 0;
    const end = normalized.to[hit.end - 1] ?? start;
    return { fragment: redactedText.slice(start, end), start, end };
  };

  const noise = hits.filter((h) => h.sig.role === "noise");
  const causes = hits.filter((h) => h.sig.role === "cause");
  const fallbacks = hits.filter((h) => h.sig.role === "fallback");
  const wrappers = hits.filter((h) => h.sig.role === "wrapper");

  const primary = [...causes, ...fallbacks].sort((a, b) => a.start - b.start || b.end - a.end);
  let scored: Scored[];
  if (primary.length > 0) scored = score(primary, causes.length > 0);
  else if (wrappers.length > 0) scored = score(wrappers, true);
  else scored = score(noise, true);

  const matches: CauseMatch[] = bestPerCause(scored)
    .slice(0, MAX_MATCHES)
    .map(({ causeId, score: value, hit }) => {
      const place = original(hit);
      return {
        causeId,
        score: Math.round(Math.min(1, Math.max(0, value)) * 100) / 100,
        ...place,
        why: hit.sig.why,
        ...(hit.sig.tellApart ? { tellApart: hit.sig.tellApart } : {}),
        signatureId: hit.sig.id,
      };
    });

  const ignored = noise.map((hit) => ({ fragment: original(hit).fragment, why: hit.sig.why }));
  return { redactedText, redactions, matches, ignored };
}

/** A signature by id, for tests and tooling. */
export function signatureById(id: string): Signature | undefined {
  return BY_ID.get(id);
}

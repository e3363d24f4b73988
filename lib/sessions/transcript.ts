// The record of a support session, for a ticket: a timeline (answers, checks with their steps,
// pasted errors with their matches, notes, the diagnosis) with UTC times, the vantage point of each
// check, the app and tree versions, and the chosen cause with the alternatives ruled out and why.
// `transcriptJson` builds the model (a zod-described shape); the Markdown and the print page are
// two renderings of it. The Markdown pieces (answers, fix, verify, also-possible, stamps, escaping)
// are shared with the single-person wizard's "copy summary" (lib/summary.ts), so both read alike.
// Pure and isomorphic: no store, no clock unless none is given. Every free text (a note, a paste,
// a registry typed as a URL with a password in it) passes through the secret redactor again here,
// whatever the store did, so an export cannot carry a credential.
import * as z from "zod";
import { getCause } from "@/lib/catalogue";
import { commandsForClient } from "@/lib/catalogue/clients";
import { CAUSE_IDS, PICKABLE_CLIENTS, type PickableClient } from "@/lib/catalogue/ids";
import type { Cause, Instruction } from "@/lib/catalogue/schema";
import { fillTemplateText, valuesFor } from "@/lib/catalogue/template";
import { matchErrorText } from "@/lib/matcher/match";
import { redactSecrets } from "@/lib/matcher/redact";
import { clientTitles, messages } from "@/lib/messages";
import { CONFIDENCES, HOPS, STEP_IDS, STEP_STATUSES, VANTAGE_KINDS, VERDICTS } from "@/lib/probe/schema";
import { parseRegistryInput, type RegistryTarget } from "@/lib/registry/name";
import { walk } from "@/lib/tree/navigate";
import { TREE } from "@/lib/tree/tree";
import { AUTHORS, type SessionEvent, type SessionState } from "./schema";

// ------------------------------------------------------------------------------------------------
// Shared Markdown pieces (also used by lib/summary.ts).

/** An instant as ISO 8601 in UTC, to the second: 2025-03-01T09:30:00Z. */
export function utcStamp(value: Date | string): string {
  const date = typeof value === "string" ? new Date(value) : value;
  return date.toISOString().replace(/\.\d+Z$/, "Z");
}

/**
 * Person-typed text made inert in Markdown: every character Markdown gives a meaning inline is
 * backslash-escaped, and so is anything at the start of a line that would make a heading, a quote,
 * a list or a rule. Newlines become spaces; use `escapeMarkdownBlock` to keep them.
 */
export function escapeMarkdown(text: string): string {
  return escapeLine(text.replace(/\s*\r?\n\s*/g, " "));
}

function escapeLine(line: string): string {
  const inline = line.replace(/[\\`*_{}[\]<>|~!&]/g, (char) => `\\${char}`);
  return inline.replace(/^(\s*)([#>+=-])/, "$1\\$2").replace(/^(\s*\d+)([.)])/, "$1\\$2");
}

/** Several lines of person-typed text, each escaped, as a block quote (safe inside a list item). */
export function quoteBlock(text: string, indent = ""): string[] {
  return text
    .replace(/\r\n/g, "\n")
    .split("\n")
    .map((line) => (line.trim() === "" ? `${indent}>` : `${indent}> ${escapeLine(line)}`));
}

/** Inline code that survives backticks in the text: the fence is longer than any run inside. */
export function inlineCode(text: string): string {
  const flat = text.replace(/\s*\r?\n\s*/g, " ");
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A fenced code block whose fence no line of the text can close. */
export function codeBlock(text: string, language = "", indent = ""): string[] {
  const longest = Math.max(0, ...[...text.matchAll(/`{3,}/g)].map((run) => run[0].length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return [
    `${indent}${fence}${language}`,
    ...text
      .replace(/\r\n/g, "\n")
      .split("\n")
      .map((line) => `${indent}${line}`),
    `${indent}${fence}`,
  ];
}

/** "Title (`cause-id`)". */
export function causeReference(cause: Pick<Cause, "id" | "title">): string {
  return `${cause.title} (\`${cause.id}\`)`;
}

/** The numbered answers, or a line saying there were none. */
export function answerLines(
  answers: readonly { question: string; answer: string }[],
  none: string = messages.transcript.noAnswers,
): string[] {
  return answers.length > 0 ? answers.map((a, i) => `${i + 1}. ${a.question} — **${a.answer}**`) : [none];
}

function instructionLines(
  list: readonly Instruction[],
  registry: RegistryTarget | undefined,
  client: PickableClient | undefined,
): string[] {
  const values = valuesFor(registry);
  return list.flatMap((step, index) => {
    const lines = [`${index + 1}. ${step.text}${step.where ? ` (${step.where})` : ""}`];
    for (const command of commandsForClient(step.commands, client)) {
      lines.push(
        "",
        "   ```",
        ...fillTemplateText(command.run, values)
          .split("\n")
          .map((line) => `   ${line}`),
        "   ```",
      );
    }
    return lines;
  });
}

/** The cause's first fix, its steps with the person's names filled in, and the other fixes by title. */
export function fixLines(cause: Cause, registry: RegistryTarget | undefined, client: PickableClient | undefined): string[] {
  const fix = cause.fixes[0];
  if (!fix) return [];
  const t = messages.transcript;
  const lines = ["", `### ${t.fixHeading(fix.title)}`, ""];
  if (fix.when) lines.push(`_${t.when}_ ${fix.when}`, "");
  lines.push(...instructionLines(fix.steps, registry, client));
  if (cause.fixes.length > 1)
    lines.push(
      "",
      t.otherFixes(
        cause.fixes
          .slice(1)
          .map((f) => f.title)
          .join("; "),
      ),
    );
  return lines;
}

/** How to check that the fix worked. */
export function verifyLines(cause: Cause, registry: RegistryTarget | undefined, client: PickableClient | undefined): string[] {
  return ["", `### ${messages.transcript.verifyHeading}`, "", ...instructionLines(cause.verify, registry, client)];
}

/** "- Title (`id`): why" for each alternative. */
export function alternativeLines(list: readonly { cause: Pick<Cause, "id" | "title">; why: string }[]): string[] {
  return list.map((alt) => `- ${causeReference(alt.cause)}: ${alt.why}`);
}

/** The italic last line: versions and when the text was made. */
export function footerLine(parts: { appVersion?: string | undefined; treeVersion: string; generatedAt: Date }): string {
  return `_${messages.transcript.footer(parts.appVersion, parts.treeVersion, utcStamp(parts.generatedAt))}_`;
}

// ------------------------------------------------------------------------------------------------
// The model.

const Stamp = z.string().describe("ISO 8601, UTC, to the second (…Z)");
const CauseRef = z.object({ id: z.enum(CAUSE_IDS), title: z.string() });
const Base = { id: z.number().int(), at: Stamp, author: z.enum(AUTHORS) };
const AnswerPair = z.object({ question: z.string(), answer: z.string() });
const Position = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("question"), id: z.string(), question: z.string() }),
  z.object({ kind: z.literal("diagnosis"), id: z.string(), cause: CauseRef }),
]);

export const TranscriptEntrySchema = z.discriminatedUnion("kind", [
  z.object({
    ...Base,
    kind: z.literal("registry"),
    registry: z.string().describe("the login server, or the typed text with secrets removed"),
  }),
  z.object({
    ...Base,
    kind: z.literal("wizard"),
    change: z.enum(["answered", "back", "restart", "changed"]),
    answered: AnswerPair.optional().describe("the answer this event added, when it added one"),
    answers: z.array(AnswerPair).describe("every answer after this event"),
    position: Position,
    client: z.enum(PICKABLE_CLIENTS).optional(),
  }),
  z.object({
    ...Base,
    kind: z.literal("check"),
    vantage: z
      .object({ kind: z.enum(VANTAGE_KINDS), name: z.string(), version: z.string(), seenAs: z.string().optional() })
      .describe("where the check ran"),
    target: z.object({
      host: z.string(),
      port: z.number(),
      scheme: z.string(),
      repository: z.string().optional(),
      reference: z.string().optional(),
      platform: z.string(),
    }),
    verdict: z.enum(VERDICTS),
    steps: z.array(
      z.object({
        hop: z.enum(HOPS),
        host: z.string(),
        id: z.enum(STEP_IDS),
        status: z.enum(STEP_STATUSES),
        ms: z.number(),
        summary: z.string(),
      }),
    ),
    findings: z.array(z.object({ cause: CauseRef, confidence: z.enum(CONFIDENCES), summary: z.string() })),
    warnings: z.array(z.string()),
  }),
  z.object({
    ...Base,
    kind: z.literal("paste"),
    text: z.string().describe("the pasted text, secrets removed"),
    redactions: z.number().int().describe("secrets removed (by the store and here)"),
    matches: z
      .array(z.object({ cause: CauseRef, score: z.number(), fragment: z.string(), why: z.string() }))
      .describe("likely causes, best first"),
  }),
  z.object({ ...Base, kind: z.literal("note"), text: z.string() }),
  z.object({
    ...Base,
    kind: z.literal("evidence"),
    document: z.string().describe("the customer-machine document as JSON text, secrets removed"),
  }),
  z.object({ ...Base, kind: z.literal("diagnosis"), cause: CauseRef, note: z.string().optional() }),
  z.object({ ...Base, kind: z.literal("end") }),
]);
export type TranscriptEntry = z.infer<typeof TranscriptEntrySchema>;

export const TranscriptSchema = z
  .object({
    format: z.literal("registry-doctor-transcript/1"),
    app: z.object({ name: z.string(), version: z.string().describe("package.json version") }),
    tree: z.object({ version: z.string().describe("the decision tree's version (TREE.version)") }),
    session: z.object({
      code: z.string(),
      link: z.string(),
      createdAt: Stamp,
      expiresAt: Stamp,
      endedAt: Stamp.optional(),
    }),
    generatedAt: Stamp,
    registry: z.string().optional().describe("the login server, or the typed text with secrets removed"),
    client: z.enum(PICKABLE_CLIENTS).optional(),
    answers: z.array(AnswerPair).describe("the wizard's answers at the end"),
    position: Position.describe("where the wizard stands at the end"),
    diagnosis: z
      .object({
        cause: CauseRef.extend({ summary: z.string() }),
        source: z.enum(["engineer", "wizard"]).describe("settled on by the engineer, or reached by the wizard's answers"),
        at: Stamp.optional(),
        note: z.string().optional(),
        alternatives: z.array(z.object({ cause: CauseRef, why: z.string() })).describe("causes considered and ruled out, with why"),
      })
      .optional(),
    timeline: z.array(TranscriptEntrySchema).describe("every event, oldest first"),
  })
  .describe("A support session's transcript (GET /api/sessions/<code>/transcript?format=json)");
export type Transcript = z.infer<typeof TranscriptSchema>;

export interface TranscriptContext {
  appVersion: string;
  treeVersion: string;
  /** The session's absolute link, /s/<code>. */
  link: string;
  /** When the transcript is made; defaults to now. */
  generatedAt?: Date;
}

function clean(text: string): { text: string; count: number } {
  return redactSecrets(text);
}

function causeRef(id: (typeof CAUSE_IDS)[number]): { id: (typeof CAUSE_IDS)[number]; title: string } {
  return { id, title: getCause(id).title };
}

/** The registry as a login server when it parses, else what was typed with secrets removed. */
function registryText(raw: string): string {
  const parsed = parseRegistryInput(raw.trim());
  if (parsed.ok) return parsed.target.loginServer;
  // A URL with user:password@ in it: drop the userinfo, then redact whatever else looks secret.
  return clean(raw.trim().replace(/\/\/[^/@\s]*@/, "//")).text;
}

function positionOf(answers: readonly string[]): {
  position: z.infer<typeof Position>;
  pairs: z.infer<typeof AnswerPair>[];
  client?: PickableClient;
} {
  const current = walk(TREE, answers);
  const pairs = current.steps.map((step) => ({ question: step.question.question, answer: step.answer.label }));
  const position: z.infer<typeof Position> =
    current.position.kind === "question"
      ? { kind: "question", id: current.position.id, question: current.position.question }
      : { kind: "diagnosis", id: current.position.id, cause: causeRef(current.position.cause) };
  return { position, pairs, ...(current.client ? { client: current.client } : {}) };
}

type WizardChange = Extract<TranscriptEntry, { kind: "wizard" }>["change"];

function wizardChange(before: readonly string[], after: readonly string[]): WizardChange {
  if (after.length === 0) return "restart";
  const prefix = (short: readonly string[], long: readonly string[]) => short.every((answer, index) => long[index] === answer);
  if (after.length === before.length + 1 && prefix(before, after)) return "answered";
  if (after.length < before.length && prefix(after, before)) return "back";
  return "changed";
}

function entryOf(event: SessionEvent, previousAnswers: readonly string[]): TranscriptEntry {
  const base = { id: event.id, at: utcStamp(event.at), author: event.author };
  const body = event.event;
  switch (body.kind) {
    case "registry":
      return { ...base, kind: "registry", registry: registryText(body.registry) };
    case "wizard": {
      const { position, pairs } = positionOf(body.answers);
      const change = wizardChange(previousAnswers, body.answers);
      const answered = change === "answered" ? pairs.at(-1) : undefined;
      return {
        ...base,
        kind: "wizard",
        change,
        ...(answered ? { answered } : {}),
        answers: pairs,
        position,
        ...(body.client ? { client: body.client } : {}),
      };
    }
    case "check": {
      const report = body.report;
      return {
        ...base,
        kind: "check",
        vantage: {
          kind: report.vantage.kind,
          name: report.vantage.name,
          version: report.vantage.version,
          ...(report.vantage.seenAs ? { seenAs: report.vantage.seenAs } : {}),
        },
        target: {
          host: report.target.host,
          port: report.target.port,
          scheme: report.target.scheme,
          ...(report.target.repository ? { repository: report.target.repository } : {}),
          ...(report.target.reference ? { reference: report.target.reference } : {}),
          platform: report.target.platform,
        },
        verdict: report.verdict,
        steps: report.steps.map((step) => ({
          hop: step.hop,
          host: step.host,
          id: step.id,
          status: step.status,
          ms: Math.round(step.ms),
          summary: clean(step.summary).text,
        })),
        findings: report.findings.map((finding) => ({
          cause: causeRef(finding.causeId),
          confidence: finding.confidence,
          summary: clean(finding.summary).text,
        })),
        warnings: report.warnings.map((warning) => clean(warning.summary).text),
      };
    }
    case "paste": {
      const redacted = clean(body.text);
      const stored = "matches" in body && Array.isArray(body.matches) ? body.matches : undefined;
      const matches = stored
        ? stored.map((match) => ({
            cause: causeRef(match.causeId),
            score: match.score,
            fragment: clean(match.fragment).text,
            why: match.why,
          }))
        : matchErrorText(redacted.text).matches.map((match) => ({
            cause: causeRef(match.causeId),
            score: match.score,
            fragment: match.fragment,
            why: match.why,
          }));
      const storedCount = "redactions" in body && typeof body.redactions === "number" ? body.redactions : 0;
      return { ...base, kind: "paste", text: redacted.text, redactions: storedCount + redacted.count, matches };
    }
    case "note":
      return { ...base, kind: "note", text: clean(body.text).text };
    case "evidence": {
      let document: string;
      try {
        document = JSON.stringify(body.document, null, 2) ?? "null";
      } catch {
        document = "null";
      }
      return { ...base, kind: "evidence", document: clean(document).text };
    }
    case "diagnosis":
      return { ...base, kind: "diagnosis", cause: causeRef(body.causeId), ...(body.note ? { note: clean(body.note).text } : {}) };
    case "end":
      return { ...base, kind: "end" };
  }
}

/** The causes that came up and were not chosen, each with why it was ruled out. */
function alternativesFor(
  chosen: (typeof CAUSE_IDS)[number],
  timeline: readonly TranscriptEntry[],
  position: z.infer<typeof Position>,
  answers: readonly string[],
): { cause: z.infer<typeof CauseRef>; why: string }[] {
  const t = messages.transcript;
  const seen = new Map<string, { cause: z.infer<typeof CauseRef>; why: string }>();
  const add = (id: (typeof CAUSE_IDS)[number], why: string) => {
    if (id !== chosen && !seen.has(id)) seen.set(id, { cause: causeRef(id), why });
  };
  if (position.kind === "diagnosis") {
    add(position.cause.id, t.ruledOutWizard);
    const leaf = walk(TREE, answers).position;
    if (leaf.kind === "diagnosis") for (const alt of leaf.alsoPossible) add(alt.cause, t.ruledOutTellApart(alt.tellApart));
  }
  for (const entry of timeline) {
    if (entry.kind === "paste")
      for (const match of entry.matches) add(match.cause.id, t.ruledOutPaste(entry.at, Math.round(match.score * 100)));
    if (entry.kind === "check")
      for (const finding of entry.findings) add(finding.cause.id, t.ruledOutCheck(entry.at, messages.check.confidence[finding.confidence]));
    if (entry.kind === "diagnosis") add(entry.cause.id, t.ruledOutEarlier(entry.at));
  }
  return [...seen.values()];
}

/** The transcript model: what both the Markdown and the JSON export say. */
export function transcriptJson(state: SessionState, context: TranscriptContext): Transcript {
  const timeline: TranscriptEntry[] = [];
  let answers: readonly string[] = [];
  for (const event of state.events) {
    timeline.push(entryOf(event, answers));
    if (event.event.kind === "wizard") answers = event.event.answers;
  }
  const end = positionOf(state.wizard.answers);
  const client = state.wizard.client ?? end.client;

  const settled = [...state.events].reverse().find((event) => event.event.kind === "diagnosis");
  let diagnosis: Transcript["diagnosis"];
  if (settled && settled.event.kind === "diagnosis") {
    const cause = getCause(settled.event.causeId);
    diagnosis = {
      cause: { id: cause.id, title: cause.title, summary: cause.summary },
      source: "engineer",
      at: utcStamp(settled.at),
      ...(settled.event.note ? { note: clean(settled.event.note).text } : {}),
      alternatives: alternativesFor(cause.id, timeline, end.position, state.wizard.answers),
    };
  } else if (end.position.kind === "diagnosis") {
    const cause = getCause(end.position.cause.id);
    diagnosis = {
      cause: { id: cause.id, title: cause.title, summary: cause.summary },
      source: "wizard",
      alternatives: alternativesFor(cause.id, timeline, end.position, state.wizard.answers),
    };
  }

  return TranscriptSchema.parse({
    format: "registry-doctor-transcript/1",
    app: { name: messages.app.name, version: context.appVersion },
    tree: { version: context.treeVersion },
    session: {
      code: state.code,
      link: context.link,
      createdAt: utcStamp(state.createdAt),
      expiresAt: utcStamp(state.expiresAt),
      ...(state.endedAt ? { endedAt: utcStamp(state.endedAt) } : {}),
    },
    generatedAt: utcStamp(context.generatedAt ?? new Date()),
    ...(state.registry ? { registry: registryText(state.registry) } : {}),
    ...(client ? { client } : {}),
    answers: end.pairs,
    position: end.position,
    ...(diagnosis ? { diagnosis } : {}),
    timeline,
  });
}

// ------------------------------------------------------------------------------------------------
// Markdown.

/** One timeline entry as a Markdown list item (first line) and its indented continuation. */
function entryLines(entry: TranscriptEntry, index: number): string[] {
  const t = messages.transcript;
  const head = `${index + 1}. \`${entry.at}\` **${t.author[entry.author]}** — `;
  const indent = "   ";
  switch (entry.kind) {
    case "registry":
      return [head + (entry.registry === "" ? t.event.registryCleared : t.event.registry(inlineCode(entry.registry)))];
    case "wizard": {
      const where =
        entry.position.kind === "question" ? t.event.nowAt(entry.position.question) : t.event.reached(causeReference(entry.position.cause));
      const what =
        entry.change === "answered" && entry.answered
          ? t.event.answered(entry.answered.question, `**${entry.answered.answer}**`)
          : entry.change === "restart"
            ? t.event.restarted
            : entry.change === "back"
              ? t.event.wentBack(entry.answers.length)
              : t.event.changed(entry.answers.length);
      return [`${head}${what} ${where}`];
    }
    case "check": {
      const lines = [
        head +
          t.event.check(
            inlineCode(`${entry.target.host}${entry.target.port === 443 || entry.target.port === 80 ? "" : `:${entry.target.port}`}`),
            t.verdict[entry.verdict],
          ),
        `${indent}- ${t.event.vantage(t.vantageKind[entry.vantage.kind], inlineCode(entry.vantage.name), entry.vantage.version, entry.vantage.seenAs ? inlineCode(entry.vantage.seenAs) : undefined)}`,
      ];
      if (entry.target.repository)
        lines.push(
          `${indent}- ${t.event.checkTarget(inlineCode(`${entry.target.repository}:${entry.target.reference ?? "latest"}`), entry.target.platform)}`,
        );
      lines.push(
        ...entry.steps.map(
          (step) =>
            `${indent}- ${messages.check.hop[step.hop]} ${inlineCode(step.id)} ${messages.check.status[step.status]} (${step.ms} ms, ${inlineCode(step.host)}): ${escapeMarkdown(step.summary)}`,
        ),
      );
      for (const finding of entry.findings)
        lines.push(
          `${indent}- ${t.event.finding(causeReference(finding.cause), messages.check.confidence[finding.confidence])}: ${escapeMarkdown(finding.summary)}`,
        );
      for (const warning of entry.warnings) lines.push(`${indent}- ${t.event.warning}: ${escapeMarkdown(warning)}`);
      return lines;
    }
    case "paste": {
      const lines = [head + t.event.paste(entry.redactions), "", ...codeBlock(entry.text, "text", indent), ""];
      if (entry.matches.length === 0) lines.push(`${indent}${t.event.noMatch}`);
      for (const match of entry.matches.slice(0, 3)) {
        lines.push(
          `${indent}- ${t.event.match(causeReference(match.cause), Math.round(match.score * 100))}: ${inlineCode(match.fragment)} — ${escapeMarkdown(match.why)}`,
        );
      }
      return lines;
    }
    case "note":
      return [head + t.event.note, "", ...quoteBlock(entry.text, indent)];
    case "evidence":
      return [head + t.event.evidence, "", ...codeBlock(entry.document, "json", indent)];
    case "diagnosis": {
      const lines = [head + t.event.diagnosis(causeReference(entry.cause))];
      if (entry.note) lines.push("", ...quoteBlock(entry.note, indent));
      return lines;
    }
    case "end":
      return [head + t.event.end];
  }
}

function markdownOf(transcript: Transcript): string {
  const t = messages.transcript;
  const diagnosis = transcript.diagnosis;
  const cause = diagnosis ? getCause(diagnosis.cause.id) : undefined;
  const parsedRegistry = transcript.registry ? parseRegistryInput(transcript.registry) : undefined;
  const registry = parsedRegistry?.ok ? parsedRegistry.target : undefined;
  const s = transcript.session;

  const lines = [
    `## ${t.heading(s.code, diagnosis ? diagnosis.cause.title : t.noDiagnosisYet)}`,
    "",
    `- **${t.sessionLabel}:** ${inlineCode(s.code)} · ${t.started(s.createdAt)} · ${s.endedAt ? t.endedAt(s.endedAt) : t.openUntil(s.expiresAt)}`,
    `- **${t.registryLabel}:** ${transcript.registry ? inlineCode(transcript.registry) : t.notGiven}`,
    `- **${t.clientLabel}:** ${transcript.client ? clientTitles[transcript.client] : t.notGiven}`,
    `- **${t.diagnosisLabel}:** ${diagnosis ? causeReference(diagnosis.cause) : t.notSettled}`,
    `- **${t.linkLabel}:** ${transcript.session.link}`,
    `- **${t.versionsLabel}:** ${t.versions(transcript.app.version, transcript.tree.version)}`,
  ];

  if (diagnosis && cause) {
    lines.push(
      "",
      `### ${t.diagnosisHeading}`,
      "",
      `**${causeReference(diagnosis.cause)}** — ${diagnosis.source === "engineer" && diagnosis.at ? t.settledBy(diagnosis.at) : t.reachedByWizard}`,
      "",
      cause.summary,
    );
    if (diagnosis.note) lines.push("", ...quoteBlock(diagnosis.note));
    if (diagnosis.alternatives.length > 0) lines.push("", `#### ${t.alternativesHeading}`, "", ...alternativeLines(diagnosis.alternatives));
  }

  lines.push("", `### ${t.answersHeading}`, "", ...answerLines(transcript.answers, t.noAnswersYet));
  if (transcript.position.kind === "question") lines.push("", t.openQuestion(transcript.position.question));

  lines.push("", `### ${t.timelineHeading}`, "");
  if (transcript.timeline.length === 0) lines.push(t.emptyTimeline);
  transcript.timeline.forEach((entry, index) => lines.push(...entryLines(entry, index)));

  if (cause) lines.push(...fixLines(cause, registry, transcript.client), ...verifyLines(cause, registry, transcript.client));

  lines.push(
    "",
    footerLine({ appVersion: transcript.app.version, treeVersion: transcript.tree.version, generatedAt: new Date(transcript.generatedAt) }),
  );
  return lines.join("\n");
}

/** The session as Markdown, ready to paste into a ticket. */
export function renderTranscriptMarkdown(state: SessionState, context: TranscriptContext): string {
  return markdownOf(transcriptJson(state, context));
}

/** The Markdown of an already-built transcript (the print page builds the model once). */
export function transcriptMarkdown(transcript: Transcript): string {
  return markdownOf(transcript);
}

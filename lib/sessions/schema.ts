// Support sessions: the shapes an engineer and a customer share, as zod schemas — the events each
// side appends, the state both see (a fold of the events), and the HTTP API's bodies. Types are
// inferred; the store, the routes, the UI and the transcript all use these. Nothing here may hold
// a secret: credentials never enter a session, pasted text is redacted before it is stored.
import * as z from "zod";
import { CauseIdSchema } from "@/lib/catalogue/schema";
import { PICKABLE_CLIENTS } from "@/lib/catalogue/ids";
import { ReportSchema } from "@/lib/probe/schema";
import { MatchResponseSchema } from "@/lib/matcher/response-schema";

/** Read aloud on a call: no 0/O/1/I, three groups of three, e.g. K7F-3QX-M2D (32^9 ≈ 3.5e13 codes). */
export const CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ" as const;
export const SessionCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .transform((code) => code.replace(/[\s_]+/g, "-"))
  .pipe(z.string().regex(/^[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]{3}$/, "is not a session code; codes look like K7F-3QX-M2D"));

export const AUTHORS = ["engineer", "customer"] as const;
export type Author = (typeof AUTHORS)[number];

const MAX_TEXT = 64 * 1024;

/** What either side can add to a session. The `kind` is the event's name in the API and the store. */
export const SessionEventInputSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("registry"), registry: z.string().trim().max(512).describe("the registry as typed (never a credential)") }),
  z.object({
    kind: z.literal("wizard"),
    answers: z
      .array(z.string().regex(/^[a-z0-9-]+\.[a-z0-9-]+$/))
      .max(50)
      .describe("the wizard's answers in order, as in its URL"),
    client: z.enum(PICKABLE_CLIENTS).optional(),
  }),
  z.object({ kind: z.literal("check"), report: ReportSchema.describe("a live check's report (the server's vantage)") }),
  z.object({
    kind: z.literal("paste"),
    text: z.string().min(1).max(MAX_TEXT).describe("pasted error output; redacted before it is stored"),
  }),
  z.object({ kind: z.literal("note"), text: z.string().trim().min(1).max(8000).describe("the engineer's note (engineer only)") }),
  z.object({
    kind: z.literal("evidence"),
    document: z.unknown().describe("the JSON printed by the customer-machine script, validated by lib/evidence"),
  }),
  z.object({
    kind: z.literal("diagnosis"),
    causeId: CauseIdSchema,
    note: z.string().max(2000).optional().describe("the cause the engineer settles on"),
  }),
  z.object({ kind: z.literal("end") }),
]);
export type SessionEventInput = z.infer<typeof SessionEventInputSchema>;
export type SessionEventKind = SessionEventInput["kind"];

/** Events only the engineer (holder of the engineer's secret) may add. */
export const ENGINEER_ONLY: readonly SessionEventKind[] = ["note", "end", "diagnosis"];

/** One likely cause of a pasted error, as /api/match presents it; stored with the paste. */
export const PasteMatchSchema = MatchResponseSchema.shape.matches.element;
export type PasteMatch = z.infer<typeof PasteMatchSchema>;

const [RegistryInput, WizardInput, CheckInput, PasteInput, NoteInput, EvidenceInput, DiagnosisInput, EndInput] =
  SessionEventInputSchema.options;

/**
 * An event's payload as stored: the input after the store has made it safe (texts redacted, check
 * reports scrubbed of credential-like keys, evidence validated by lib/evidence and its strings
 * redacted), and a paste extended with its matches.
 */
export const StoredSessionEventBodySchema = z.discriminatedUnion("kind", [
  RegistryInput,
  WizardInput,
  CheckInput,
  PasteInput.extend({
    text: z.string().describe("the pasted text after redaction (secrets replaced by [REDACTED])"),
    redactions: z.number().int().nonnegative().optional().describe("how many secrets were hidden before storing"),
    matches: z.array(PasteMatchSchema).optional().describe("the likely causes, best first, from lib/matcher"),
  }),
  NoteInput,
  EvidenceInput,
  DiagnosisInput,
  EndInput,
]);
export type StoredSessionEventBody = z.infer<typeof StoredSessionEventBodySchema>;

/** An event as stored and sent to subscribers: who, when (UTC), and the redacted payload. */
export const SessionEventSchema = z.object({
  id: z.number().int().positive().describe("increasing per store; SSE uses it as Last-Event-ID"),
  at: z.iso.datetime(),
  author: z.enum(AUTHORS),
  event: StoredSessionEventBodySchema,
});
export type SessionEvent = z.infer<typeof SessionEventSchema>;

export const SessionStateSchema = z.object({
  code: SessionCodeSchema,
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  endedAt: z.iso.datetime().optional(),
  registry: z.string().optional(),
  wizard: z.object({ answers: z.array(z.string()), client: z.enum(PICKABLE_CLIENTS).optional() }),
  events: z.array(SessionEventSchema).describe("the whole timeline, oldest first"),
  lastEventId: z.number().int().nonnegative(),
  viewer: z
    .enum(AUTHORS)
    .optional()
    .describe("GET /api/sessions/<code> only: engineer when the request carries this session's engineer cookie"),
});
export type SessionState = z.infer<typeof SessionStateSchema>;

export const CreateSessionResponseSchema = z.object({
  code: SessionCodeSchema,
  url: z.string().describe("the link the customer opens: /s/<code>"),
  expiresAt: z.iso.datetime(),
});
export type CreateSessionResponse = z.infer<typeof CreateSessionResponseSchema>;

/** POST /api/sessions: an empty body, or the registry the engineer already knows. */
export const CreateSessionRequestSchema = z
  .object({
    registry: z.string().trim().max(512).optional().describe("the registry as typed, to start the session with (never a credential)"),
  })
  .strict();
export type CreateSessionRequest = z.infer<typeof CreateSessionRequestSchema>;

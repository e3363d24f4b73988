// Support sessions: the shapes an engineer and a customer share, as zod schemas — the events each
// side appends, the state both see (a fold of the events), and the HTTP API's bodies. Types are
// inferred; the store, the routes, the UI and the transcript all use these. Nothing here may hold
// a secret: credentials never enter a session, pasted text is redacted before it is stored.
import { z } from "zod";
import { CauseIdSchema } from "@/lib/catalogue/schema";
import { PICKABLE_CLIENTS } from "@/lib/catalogue/ids";
import { ReportSchema } from "@/lib/probe/schema";

/** Read aloud on a call: no 0/O/1/I, three groups of three, e.g. K7F-3QX-M2D (31^9 ≈ 2.6e13 codes). */
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
    answers: z.array(z.string().regex(/^[a-z0-9-]+\.[a-z0-9-]+$/)).max(50).describe("the wizard's answers in order, as in its URL"),
    client: z.enum(PICKABLE_CLIENTS).optional(),
  }),
  z.object({ kind: z.literal("check"), report: ReportSchema.describe("a live check's report (the server's vantage)") }),
  z.object({ kind: z.literal("paste"), text: z.string().min(1).max(MAX_TEXT).describe("pasted error output; redacted before it is stored") }),
  z.object({ kind: z.literal("note"), text: z.string().trim().min(1).max(8000).describe("the engineer's note (engineer only)") }),
  z.object({
    kind: z.literal("evidence"),
    document: z.unknown().describe("the JSON printed by the customer-machine script, validated by lib/evidence"),
  }),
  z.object({ kind: z.literal("diagnosis"), causeId: CauseIdSchema, note: z.string().max(2000).optional().describe("the cause the engineer settles on") }),
  z.object({ kind: z.literal("end") }),
]);
export type SessionEventInput = z.infer<typeof SessionEventInputSchema>;
export type SessionEventKind = SessionEventInput["kind"];

/** Events only the engineer (holder of the engineer's secret) may add. */
export const ENGINEER_ONLY: readonly SessionEventKind[] = ["note", "end", "diagnosis"];

/** An event as stored and sent to subscribers: who, when (UTC), and the redacted payload. */
export const SessionEventSchema = z.object({
  id: z.number().int().positive().describe("increasing per store; SSE uses it as Last-Event-ID"),
  at: z.iso.datetime(),
  author: z.enum(AUTHORS),
  event: SessionEventInputSchema,
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
});
export type SessionState = z.infer<typeof SessionStateSchema>;

export const CreateSessionResponseSchema = z.object({
  code: SessionCodeSchema,
  url: z.string().describe("the link the customer opens: /s/<code>"),
  expiresAt: z.iso.datetime(),
});

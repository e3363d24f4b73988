// The shape of a cause in the catalogue: the single source of truth for what a diagnosis page,
// a wizard leaf and a live-check finding can say. Types are inferred from these schemas.
// Content is English; every string here is user-facing content, reviewed as data.
import * as z from "zod";
import { CAUSE_GROUPS, CAUSE_IDS, CLIENT_IDS, REGISTRY_KINDS, SEED_IDS } from "./ids";

export const CauseIdSchema = z.enum(CAUSE_IDS).describe("stable kebab-case cause id");
export const CauseGroupSchema = z.enum(CAUSE_GROUPS);
export const ClientIdSchema = z.enum(CLIENT_IDS);
export const RegistryKindSchema = z.enum(REGISTRY_KINDS);
export const SeedIdSchema = z.enum(SEED_IDS);

export const CommandSchema = z
  .object({
    client: ClientIdSchema.describe("the tool this command is for"),
    run: z.string().min(1).describe("command template; {loginServer}, {registryName}, … are filled from the registry (see template.ts)"),
    note: z.string().optional().describe("one short line shown under the command"),
  })
  .strict();

export const InstructionSchema = z
  .object({
    text: z.string().min(1).describe("what to do or look at, in plain words"),
    where: z.string().optional().describe("where to look: a portal blade, a file path, a menu"),
    commands: z.array(CommandSchema).default([]),
    good: z.string().optional().describe("what the output looks like when all is well"),
    bad: z.string().optional().describe("what the output looks like when this cause is present"),
  })
  .strict();

export const FixOptionSchema = z
  .object({
    title: z.string().min(1),
    when: z.string().optional().describe("the situation this fix is for, when there are several"),
    steps: z.array(InstructionSchema).min(1),
  })
  .strict();

export const SourceSchema = z
  .object({
    seed: SeedIdSchema.optional().describe("the seed article the content comes from"),
    section: z.string().optional().describe("the seed's section, e.g. 'Error 4'"),
    title: z.string().optional(),
    url: z.url().optional().describe("a public source beyond the seeds"),
  })
  .strict()
  .refine((s) => s.seed !== undefined || s.url !== undefined, "a source names a seed or a URL");

export const TellApartSchema = z
  .object({
    cause: CauseIdSchema,
    how: z.string().min(1).describe("the command, question or evidence that tells the two apart"),
  })
  .strict();

export const CauseSchema = z
  .object({
    id: CauseIdSchema,
    group: CauseGroupSchema,
    title: z.string().min(1).max(90).describe("short headline, sentence case, no trailing period"),
    summary: z.string().min(1).max(220).describe("one or two sentences: page description and link preview"),
    explanation: z.array(z.string().min(1)).min(1).describe("why this happens, in plain words; one paragraph each"),
    appliesTo: z.array(RegistryKindSchema).min(1),
    symptoms: z.array(z.string().min(1)).min(1).describe("what the person notices"),
    errorTexts: z.array(z.string().min(1)).describe("verbatim error lines that point here; <placeholders> for variable parts"),
    confirm: z.array(InstructionSchema).min(1).describe("how to confirm it, per client, with good and bad output"),
    fixes: z.array(FixOptionSchema).min(1).describe("one or more ways to fix it"),
    verify: z.array(InstructionSchema).min(1).describe("how to see that the fix worked"),
    related: z.array(CauseIdSchema).default([]),
    tellApart: z.array(TellApartSchema).default([]).describe("causes that look alike, and what separates them"),
    cannotSee: z.array(z.string().min(1)).default([]).describe("what Registry Doctor cannot see from where it runs, for this cause"),
    sources: z.array(SourceSchema).min(1),
  })
  .strict();

export type Command = z.infer<typeof CommandSchema>;
export type Instruction = z.infer<typeof InstructionSchema>;
export type FixOption = z.infer<typeof FixOptionSchema>;
export type Cause = z.infer<typeof CauseSchema>;
/** What a data file writes: defaults may be left out. */
export type CauseInput = z.input<typeof CauseSchema>;
export type InstructionInput = z.input<typeof InstructionSchema>;

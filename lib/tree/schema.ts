// The decision tree's node shape: the single source of truth for questions, answers and
// diagnosis leaves. The tree is isomorphic data (the browser can walk it); its wording is
// content, reviewable by a support engineer.
import * as z from "zod";
import { PICKABLE_CLIENTS } from "@/lib/catalogue/ids";
import { CauseIdSchema, InstructionSchema } from "@/lib/catalogue/schema";

export const NodeIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "node ids are kebab-case")
  .describe("stable node id; links carry it, so never rename one");

export const AnswerSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "answer ids are kebab-case")
      .describe("stable answer id, unique within its question"),
    label: z.string().min(1).describe("what the person clicks"),
    hint: z.string().optional().describe("one line under the label: how to recognise this answer"),
    next: NodeIdSchema.describe("the node this answer leads to"),
    client: z.enum(PICKABLE_CLIENTS).optional().describe("answering this tells us the client the person uses"),
  })
  .strict();

export const QuestionNodeSchema = z
  .object({
    kind: z.literal("question"),
    id: NodeIdSchema,
    question: z.string().min(1),
    help: z.string().optional().describe("why we ask, or what the terms mean"),
    whereToLook: z
      .array(InstructionSchema)
      .default([])
      .describe("where to find the answer if the person does not know it: a command, a portal blade, a file"),
    answers: z.array(AnswerSchema).min(2),
  })
  .strict();

export const AlsoPossibleSchema = z
  .object({
    cause: CauseIdSchema,
    tellApart: z.string().min(1).describe("the command, question or evidence that tells this cause from the diagnosis"),
  })
  .strict();

export const DiagnosisNodeSchema = z
  .object({
    kind: z.literal("diagnosis"),
    id: NodeIdSchema,
    cause: CauseIdSchema,
    alsoPossible: z.array(AlsoPossibleSchema).default([]),
  })
  .strict();

export const TreeNodeSchema = z.discriminatedUnion("kind", [QuestionNodeSchema, DiagnosisNodeSchema]);

export const TreeSchema = z
  .object({
    version: z.string().min(1).describe("bumped when answers change meaning; links record it"),
    start: NodeIdSchema,
    nodes: z.array(TreeNodeSchema).min(1),
  })
  .strict();

export type Answer = z.infer<typeof AnswerSchema>;
export type QuestionNode = z.infer<typeof QuestionNodeSchema>;
export type DiagnosisNode = z.infer<typeof DiagnosisNodeSchema>;
export type TreeNode = z.infer<typeof TreeNodeSchema>;
export type Tree = z.infer<typeof TreeSchema>;
export type TreeInput = z.input<typeof TreeSchema>;
export type TreeNodeInput = z.input<typeof TreeNodeSchema>;

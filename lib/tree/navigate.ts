// Walks the decision tree from the answers a URL carries. The URL is the wizard's whole state
// (`/wizard?a=<question>.<answer>&a=…&registry=…&client=…`), so back/forward, refresh and a pasted
// link all restore the same position. Answers that no longer fit the tree (a link made before the
// tree changed) are dropped and reported, never an error. Pure and isomorphic.
import * as z from "zod";
import { CAUSE_IDS, PICKABLE_CLIENTS, PROBE_CAUSE_IDS, type CauseId, type PickableClient } from "@/lib/catalogue/ids";
import { nodeById, shortestPathToCause } from "./graph";
import type { Answer, QuestionNode, Tree, TreeNode } from "./schema";

/** The wizard's search parameters: the single source of truth for what a wizard link carries. */
export const WizardParamsSchema = z.object({
  a: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
    .describe("answers in order, each `<questionId>.<answerId>`"),
  registry: z.string().max(512).optional().describe("the registry as the person typed it (never a credential)"),
  client: z.enum(PICKABLE_CLIENTS).optional().catch(undefined).describe("the client to show commands for"),
  e: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]).filter(isCauseIdText))
    .describe("causes a live check found, most likely first: its evidence pre-selects answers"),
});

function isCauseIdText(value: string): value is CauseId {
  return (CAUSE_IDS as readonly string[]).includes(value);
}
export type WizardParams = z.output<typeof WizardParamsSchema>;

export interface WalkStep {
  question: QuestionNode;
  answer: Answer;
  /** The answers up to and including this one: the link that re-opens this step's result. */
  answers: string[];
}

export type DropReason = "malformed" | "unknown-question" | "unknown-answer" | "not-on-path";

export interface DroppedAnswer {
  raw: string;
  reason: DropReason;
}

export interface Walk {
  steps: WalkStep[];
  position: TreeNode;
  dropped: DroppedAnswer[];
  /** The client the answers tell us, if any; `?client=` overrides it. */
  client?: PickableClient;
}

export function encodeAnswer(questionId: string, answerId: string): string {
  return `${questionId}.${answerId}`;
}

function decodeAnswer(raw: string): { questionId: string; answerId: string } | undefined {
  const match = /^([a-z0-9-]+)\.([a-z0-9-]+)$/.exec(raw);
  return match ? { questionId: match[1] ?? "", answerId: match[2] ?? "" } : undefined;
}

function nodeOrThrow(tree: Tree, id: string): TreeNode {
  const node = nodeById(tree, id);
  if (!node) throw new Error(`tree node ${id} is referenced but missing`);
  return node;
}

/** Follow the answers from the start; stop at the first question not answered. */
export function walk(tree: Tree, answers: readonly string[]): Walk {
  const steps: WalkStep[] = [];
  const dropped: DroppedAnswer[] = [];
  let position = nodeOrThrow(tree, tree.start);
  let client: PickableClient | undefined;
  const used: string[] = [];

  for (const raw of answers) {
    const decoded = decodeAnswer(raw);
    if (!decoded) {
      dropped.push({ raw, reason: "malformed" });
      continue;
    }
    if (position.kind !== "question" || decoded.questionId !== position.id) {
      dropped.push({ raw, reason: nodeById(tree, decoded.questionId) ? "not-on-path" : "unknown-question" });
      continue;
    }
    const answer = position.answers.find((candidate) => candidate.id === decoded.answerId);
    if (!answer) {
      dropped.push({ raw, reason: "unknown-answer" });
      continue;
    }
    used.push(raw);
    steps.push({ question: position, answer, answers: [...used] });
    if (answer.client) client = answer.client;
    position = nodeOrThrow(tree, answer.next);
  }
  return { steps, position, dropped, ...(client ? { client } : {}) };
}

const remainingCache = new WeakMap<Tree, Map<string, number>>();
/** The most questions left between a node and any diagnosis (0 at a diagnosis). */
export function maxQuestionsLeft(tree: Tree, nodeId: string): number {
  let cache = remainingCache.get(tree);
  if (!cache) {
    cache = new Map();
    remainingCache.set(tree, cache);
  }
  const known = cache.get(nodeId);
  if (known !== undefined) return known;
  const node = nodeOrThrow(tree, nodeId);
  const value = node.kind === "diagnosis" ? 0 : 1 + Math.max(...node.answers.map((a) => maxQuestionsLeft(tree, a.next)));
  cache.set(nodeId, value);
  return value;
}

export interface Progress {
  answered: number;
  atMostLeft: number;
  /** 0..1, for a progress bar. */
  fraction: number;
}

export function progressOf(tree: Tree, current: Walk): Progress {
  const answered = current.steps.length;
  const atMostLeft = maxQuestionsLeft(tree, current.position.id);
  const total = answered + atMostLeft;
  return { answered, atMostLeft, fraction: total === 0 ? 1 : answered / total };
}

export interface WizardLinkState {
  answers: readonly string[];
  registry?: string | undefined;
  client?: PickableClient | undefined;
  /** Causes a live check found; kept so the evidence stays visible while the person moves. */
  evidence?: readonly string[] | undefined;
}

/** The wizard URL for a state. Carries only answers, the registry name and the client. */
export function wizardHref(state: WizardLinkState): string {
  const params = new URLSearchParams();
  if (state.registry) params.set("registry", state.registry);
  if (state.client) params.set("client", state.client);
  for (const cause of state.evidence ?? []) params.append("e", cause);
  for (const answer of state.answers) params.append("a", answer);
  const query = params.toString();
  return query ? `/wizard?${query}` : "/wizard";
}

/**
 * The answers that lead from the start to the first diagnosis of a cause (shortest path), for
 * "start the wizard from here" and for jumping in from a pasted error. Undefined if unreachable.
 */
export function answersToCause(tree: Tree, causeId: CauseId): string[] | undefined {
  return shortestPathToCause(tree, causeId)?.map((step) => encodeAnswer(step.question, step.answer));
}

/**
 * What a live check's evidence says at each question: the answer on the way to its most likely
 * cause. The wizard pre-selects it, marks it "from the live check", and shows any answer the
 * person chose instead as an override.
 */
export function evidenceAnswers(tree: Tree, evidence: readonly CauseId[]): Map<string, string> {
  const top = evidence[0];
  const path = top ? shortestPathToCause(tree, top) : null;
  return new Map((path ?? []).map((step) => [step.question, step.answer]));
}

const PROBE_CAUSES = new Set<string>(PROBE_CAUSE_IDS);
const probeCauseCache = new WeakMap<Tree, Map<string, Set<string>>>();
/** The causes a live check can name that lie below a node. */
function probeCausesBelow(tree: Tree, nodeId: string): Set<string> {
  let cache = probeCauseCache.get(tree);
  if (!cache) {
    cache = new Map();
    probeCauseCache.set(tree, cache);
  }
  const known = cache.get(nodeId);
  if (known) return known;
  const node = nodeOrThrow(tree, nodeId);
  const causes = new Set<string>();
  if (node.kind === "diagnosis") {
    if (PROBE_CAUSES.has(node.cause)) causes.add(node.cause);
  } else {
    for (const answer of node.answers) for (const cause of probeCausesBelow(tree, answer.next)) causes.add(cause);
  }
  cache.set(nodeId, causes);
  return causes;
}

/** A question the live check could answer: at least two of its answers lead to different causes it can see. */
export function checkCanDecide(tree: Tree, questionId: string): boolean {
  const node = nodeById(tree, questionId);
  if (!node || node.kind !== "question") return false;
  const signatures = new Set(
    node.answers.map((answer) => [...probeCausesBelow(tree, answer.next)].sort().join(",")).filter((signature) => signature !== ""),
  );
  return signatures.size >= 2;
}

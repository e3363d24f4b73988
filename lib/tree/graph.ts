// Small pure helpers over a decision tree: look-ups, reachability, cycle and dead-end checks, and
// the shortest way from the start to a node (for "start the wizard from here" links to a cause).
// Isomorphic and side-effect free; the data tests and the UI both use them.
import type { CauseId } from "@/lib/catalogue/ids";
import type { Answer, DiagnosisNode, QuestionNode, Tree, TreeNode } from "./schema";

/** One click in the wizard: the question that was asked and the answer picked. */
export interface AnswerStep {
  question: string;
  answer: string;
}

/** A `next` that points nowhere: which question and answer hold it. */
export interface DanglingLink {
  question: string;
  answer: string;
  next: string;
}

/** The node with this id, or undefined. */
export function nodeById(tree: Tree, id: string): TreeNode | undefined {
  return indexOf(tree).get(id);
}

/** The question node with this id, or undefined (also when the id names a diagnosis). */
export function questionById(tree: Tree, id: string): QuestionNode | undefined {
  const node = nodeById(tree, id);
  return node?.kind === "question" ? node : undefined;
}

/** The answer `answerId` of question `questionId`, or undefined. */
export function answerOf(tree: Tree, questionId: string, answerId: string): Answer | undefined {
  return questionById(tree, questionId)?.answers.find((a) => a.id === answerId);
}

/** Ids a node leads to, in answer order, without repeats (a diagnosis leads nowhere). */
export function successors(node: TreeNode): string[] {
  return node.kind === "question" ? [...new Set(node.answers.map((a) => a.next))] : [];
}

/** Every node id reachable from `id` (including `id` itself when it exists), following existing links only. */
export function reachableFrom(tree: Tree, id: string): Set<string> {
  const index = indexOf(tree);
  const seen = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (seen.has(current)) continue;
    const node = index.get(current);
    if (!node) continue;
    seen.add(current);
    for (const next of successors(node)) if (!seen.has(next)) stack.push(next);
  }
  return seen;
}

/** Ids of nodes that cannot be reached from the tree's start, in data order. */
export function unreachableNodes(tree: Tree): string[] {
  const reachable = reachableFrom(tree, tree.start);
  return tree.nodes.filter((n) => !reachable.has(n.id)).map((n) => n.id);
}

/** Node ids that occur more than once, each listed once. */
export function duplicateNodeIds(tree: Tree): string[] {
  return duplicates(tree.nodes.map((n) => n.id));
}

/** Answer ids repeated within one question, as "question/answer". */
export function duplicateAnswerIds(tree: Tree): string[] {
  return tree.nodes.flatMap((n) => (n.kind === "question" ? duplicates(n.answers.map((a) => a.id)).map((a) => `${n.id}/${a}`) : []));
}

/** Answers whose `next` names no node. */
export function danglingLinks(tree: Tree): DanglingLink[] {
  const index = indexOf(tree);
  return tree.nodes.flatMap((n) =>
    n.kind === "question" ? n.answers.filter((a) => !index.has(a.next)).map((a) => ({ question: n.id, answer: a.id, next: a.next })) : [],
  );
}

/** A cycle as the list of node ids that form it (first id repeated at the end), or null when the tree is acyclic. */
export function findCycle(tree: Tree): string[] | null {
  const index = indexOf(tree);
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  const visit = (id: string): string[] | null => {
    const seen = state.get(id);
    if (seen === "done") return null;
    if (seen === "open") return [...path.slice(path.indexOf(id)), id];
    const node = index.get(id);
    if (!node) return null;
    state.set(id, "open");
    path.push(id);
    for (const next of successors(node)) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(id, "done");
    return null;
  };
  for (const node of tree.nodes) {
    const cycle = visit(node.id);
    if (cycle) return cycle;
  }
  return null;
}

/** Question nodes from which some path never reaches a diagnosis (a missing `next`, or a loop with no way out). */
export function deadEnds(tree: Tree): string[] {
  const index = indexOf(tree);
  // A node "finishes" when every answer leads to a node that finishes; diagnoses finish. Iterate to a fixed point.
  const finishes = new Set(tree.nodes.filter((n) => n.kind === "diagnosis").map((n) => n.id));
  let changed = true;
  while (changed) {
    changed = false;
    for (const node of tree.nodes) {
      if (finishes.has(node.id) || node.kind !== "question") continue;
      if (node.answers.length > 0 && node.answers.every((a) => finishes.has(a.next) && index.has(a.next))) {
        finishes.add(node.id);
        changed = true;
      }
    }
  }
  return tree.nodes.filter((n) => !finishes.has(n.id)).map((n) => n.id);
}

/** The greatest number of questions on any path from `from` (default: the start) to a diagnosis; Infinity if a cycle is reachable. */
export function longestQuestionPath(tree: Tree, from: string = tree.start): number {
  const index = indexOf(tree);
  const memo = new Map<string, number>();
  const open = new Set<string>();
  const depth = (id: string): number => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    if (open.has(id)) return Infinity;
    const node = index.get(id);
    if (!node || node.kind === "diagnosis") return 0;
    open.add(id);
    const result = 1 + Math.max(0, ...successors(node).map(depth));
    open.delete(id);
    memo.set(id, result);
    return result;
  };
  return depth(from);
}

/** Diagnosis nodes grouped by the cause they name, in data order. */
export function leavesByCause(tree: Tree): Map<CauseId, DiagnosisNode[]> {
  const byCause = new Map<CauseId, DiagnosisNode[]>();
  for (const node of tree.nodes) {
    if (node.kind !== "diagnosis") continue;
    const list = byCause.get(node.cause) ?? [];
    list.push(node);
    byCause.set(node.cause, list);
  }
  return byCause;
}

/** Causes named by a diagnosis node that is reachable from the start. */
export function reachableCauses(tree: Tree): Set<CauseId> {
  const reachable = reachableFrom(tree, tree.start);
  const causes = new Set<CauseId>();
  for (const node of tree.nodes) if (node.kind === "diagnosis" && reachable.has(node.id)) causes.add(node.cause);
  return causes;
}

/** Fewest {question, answer} clicks from the start to the first node (BFS, answer order) matching `predicate`; [] if the start matches, null if none. */
export function shortestAnswerPathTo(tree: Tree, predicate: (node: TreeNode) => boolean): AnswerStep[] | null {
  const index = indexOf(tree);
  const startNode = index.get(tree.start);
  if (!startNode) return null;
  const cameFrom = new Map<string, { from: string; answer: string } | null>([[tree.start, null]]);
  const queue = [tree.start];
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head]!;
    const node = index.get(id)!;
    if (predicate(node)) return stepsTo(id, cameFrom);
    if (node.kind !== "question") continue;
    for (const answer of node.answers) {
      if (cameFrom.has(answer.next) || !index.has(answer.next)) continue;
      cameFrom.set(answer.next, { from: id, answer: answer.id });
      queue.push(answer.next);
    }
  }
  return null;
}

/** Shortest answer path to a diagnosis of `cause` (see shortestAnswerPathTo). */
export function shortestPathToCause(tree: Tree, cause: CauseId): AnswerStep[] | null {
  return shortestAnswerPathTo(tree, (node) => node.kind === "diagnosis" && node.cause === cause);
}

/** Replays answer steps from the start: the node reached, or null if a step does not fit (navigate.ts's walk is the forgiving, URL-facing one). */
export function followAnswers(tree: Tree, steps: readonly AnswerStep[]): TreeNode | null {
  let current = nodeById(tree, tree.start);
  for (const step of steps) {
    if (!current || current.kind !== "question" || current.id !== step.question) return null;
    const answer = current.answers.find((a) => a.id === step.answer);
    if (!answer) return null;
    current = nodeById(tree, answer.next);
  }
  return current ?? null;
}

/** The {question, answer} pairs that lead straight to node `id`. */
export function parentsOf(tree: Tree, id: string): AnswerStep[] {
  return tree.nodes.flatMap((n) =>
    n.kind === "question" ? n.answers.filter((a) => a.next === id).map((a) => ({ question: n.id, answer: a.id })) : [],
  );
}

/** Number of question nodes. */
export function questionCount(tree: Tree): number {
  return tree.nodes.filter((n) => n.kind === "question").length;
}

/** Number of diagnosis nodes. */
export function diagnosisCount(tree: Tree): number {
  return tree.nodes.filter((n) => n.kind === "diagnosis").length;
}

// ---- internals -------------------------------------------------------------------------------

const INDEXES = new WeakMap<Tree, Map<string, TreeNode>>();

/** id → node, first occurrence wins; cached per tree object (trees are treated as immutable). */
function indexOf(tree: Tree): Map<string, TreeNode> {
  let index = INDEXES.get(tree);
  if (!index) {
    index = new Map();
    for (const node of tree.nodes) if (!index.has(node.id)) index.set(node.id, node);
    INDEXES.set(tree, index);
  }
  return index;
}

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of ids) (seen.has(id) ? repeated : seen).add(id);
  return [...repeated];
}

function stepsTo(id: string, cameFrom: Map<string, { from: string; answer: string } | null>): AnswerStep[] {
  const steps: AnswerStep[] = [];
  let link = cameFrom.get(id);
  while (link) {
    steps.unshift({ question: link.from, answer: link.answer });
    link = cameFrom.get(link.from);
  }
  return steps;
}

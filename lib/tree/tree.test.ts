import { describe, expect, it } from "vitest";
import { CAUSE_IDS, LOCAL_CAUSE_IDS, PROBE_CAUSE_IDS } from "@/lib/catalogue/ids";
import { unknownPlaceholders } from "@/lib/catalogue/template";
import {
  answerOf,
  danglingLinks,
  deadEnds,
  diagnosisCount,
  duplicateAnswerIds,
  duplicateNodeIds,
  findCycle,
  leavesByCause,
  longestQuestionPath,
  nodeById,
  parentsOf,
  questionById,
  questionCount,
  reachableCauses,
  reachableFrom,
  shortestAnswerPathTo,
  shortestPathToCause,
  successors,
  followAnswers,
  unreachableNodes,
} from "./graph";
import { TreeSchema, type Tree, type TreeInput } from "./schema";
import { TREE } from "./tree";

const MAX_QUESTIONS_ON_A_PATH = 7;

const questions = TREE.nodes.flatMap((n) => (n.kind === "question" ? [n] : []));
const diagnoses = TREE.nodes.flatMap((n) => (n.kind === "diagnosis" ? [n] : []));

describe("the decision tree (data)", () => {
  it("parses against the schema", () => {
    expect(TreeSchema.safeParse(TREE).success).toBe(true);
    expect(nodeById(TREE, TREE.start)?.kind).toBe("question");
  });

  it("has unique node ids, and unique answer ids within each question", () => {
    expect(duplicateNodeIds(TREE)).toEqual([]);
    expect(duplicateAnswerIds(TREE)).toEqual([]);
  });

  it("names questions q-… and diagnoses d-<cause-id>[-<context>]", () => {
    for (const q of questions) expect(q.id, q.id).toMatch(/^q-/);
    for (const d of diagnoses) expect(d.id === `d-${d.cause}` || d.id.startsWith(`d-${d.cause}-`), d.id).toBe(true);
  });

  it("points every answer at an existing node", () => {
    expect(danglingLinks(TREE)).toEqual([]);
  });

  it("reaches every node from the start", () => {
    expect(unreachableNodes(TREE)).toEqual([]);
  });

  it("has no cycles", () => {
    expect(findCycle(TREE)).toBeNull();
  });

  it("has no dead ends: every question offers two or more answers and every path ends at a diagnosis", () => {
    for (const q of questions) expect(q.answers.length, q.id).toBeGreaterThanOrEqual(2);
    expect(deadEnds(TREE)).toEqual([]);
  });

  it("branches at every question, or at least learns the client", () => {
    // "Not sure" may share a destination with a real answer (the most common cause), so answers may share a `next`;
    // a question must still fork — or be a tool picker whose answers tell the wizard which client's commands to show.
    for (const q of questions) {
      const clients = new Set(q.answers.flatMap((a) => (a.client ? [a.client] : [])));
      expect(successors(q).length >= 2 || clients.size >= 2, q.id).toBe(true);
    }
  });

  it(`asks at most ${MAX_QUESTIONS_ON_A_PATH} questions on any path`, () => {
    expect(longestQuestionPath(TREE)).toBeLessThanOrEqual(MAX_QUESTIONS_ON_A_PATH);
  });

  it("reaches every cause in the catalogue's id list with at least one diagnosis", () => {
    const reached = reachableCauses(TREE);
    expect(CAUSE_IDS.filter((id) => !reached.has(id))).toEqual([]);
  });

  it("reaches every cause id of the probe contract (server-side and local)", () => {
    const reached = reachableCauses(TREE);
    for (const id of [...PROBE_CAUSE_IDS, ...LOCAL_CAUSE_IDS]) expect(reached.has(id), id).toBe(true);
  });

  it("finds a shortest answer path to every cause, and replaying it lands on that cause", () => {
    for (const cause of CAUSE_IDS) {
      const path = shortestPathToCause(TREE, cause);
      expect(path, cause).not.toBeNull();
      const end = followAnswers(TREE, path!);
      expect(end?.kind === "diagnosis" && end.cause, cause).toBe(cause);
    }
  });

  it("offers 1–3 distinct look-alike causes per diagnosis, none of them the diagnosis itself", () => {
    for (const d of diagnoses) {
      const others = d.alsoPossible.map((a) => a.cause);
      expect(others.length, d.id).toBeGreaterThanOrEqual(1);
      expect(others.length, d.id).toBeLessThanOrEqual(3);
      expect(others, d.id).not.toContain(d.cause);
      expect(new Set(others).size, d.id).toBe(others.length);
    }
  });

  it("keeps the wording short and plain: questions end with '?', labels ≤ 80 characters", () => {
    for (const q of questions) {
      expect(q.question, q.id).toMatch(/\?$/);
      for (const a of q.answers) expect(a.label.length, `${q.id}/${a.id}: ${a.label}`).toBeLessThanOrEqual(80);
    }
  });

  it("uses only known placeholders in whereToLook commands, and the right form of the registry name", () => {
    for (const q of questions) {
      for (const step of q.whereToLook) {
        for (const command of step.commands) {
          expect(unknownPlaceholders(command.run), `${q.id}: ${command.run}`).toEqual([]);
          expect(command.run, `${q.id}: ${command.run}`).not.toMatch(
            /az (acr|aks) [^\n]*(--name|-n|--registry|--registry-name) \{loginServer\}/,
          );
          expect(command.run, `${q.id}: ${command.run}`).not.toMatch(/(docker|podman|helm registry) login \{registryName\}/);
        }
      }
    }
  });

  it("tells every question a person may not know the answer to where to look", () => {
    // Questions about what the person is doing are exempt; everything that needs a look at a command,
    // a blade or a file says where.
    const knownWithoutLooking = new Set([
      "q-start",
      "q-login-tool",
      "q-pull-tool",
      "q-azure-service",
      "q-redhat-what",
      "q-health-ok",
      "q-pull-denied",
    ]);
    for (const q of questions) {
      if (knownWithoutLooking.has(q.id)) continue;
      expect(q.whereToLook.length, q.id).toBeGreaterThanOrEqual(1);
    }
  });

  it("offers an escape hatch (not sure / something else) on most questions", () => {
    const escape = /not sure|something else|none of these|can't|other/i;
    const without = questions.filter((q) => !q.answers.some((a) => escape.test(a.label)));
    // The entry points and tool pickers are answerable by anyone; the rest should let a person say "I don't know".
    expect(without.length).toBeLessThanOrEqual(Math.ceil(questions.length / 3));
  });
});

// ---- graph.ts on tiny hand-made trees ------------------------------------------------------------

function tree(input: TreeInput): Tree {
  return TreeSchema.parse(input);
}

/** start → a: tag-not-found; b: second question → x: rate-limited, y: tag-not-found (again). */
const SMALL = tree({
  version: "t",
  start: "q-one",
  nodes: [
    {
      kind: "question",
      id: "q-one",
      question: "One?",
      answers: [
        { id: "a", label: "A", next: "d-tag" },
        { id: "b", label: "B", next: "q-two" },
      ],
    },
    {
      kind: "question",
      id: "q-two",
      question: "Two?",
      answers: [
        { id: "x", label: "X", next: "d-rate" },
        { id: "y", label: "Y", next: "d-tag-again" },
      ],
    },
    { kind: "diagnosis", id: "d-tag", cause: "tag-not-found" },
    { kind: "diagnosis", id: "d-rate", cause: "rate-limited" },
    { kind: "diagnosis", id: "d-tag-again", cause: "tag-not-found" },
  ],
});

/** q-one ↔ q-two loop: each has a way out, but a path can go round for ever. */
const CYCLIC = tree({
  version: "t",
  start: "q-one",
  nodes: [
    {
      kind: "question",
      id: "q-one",
      question: "One?",
      answers: [
        { id: "a", label: "A", next: "q-two" },
        { id: "b", label: "B", next: "d-tag" },
      ],
    },
    {
      kind: "question",
      id: "q-two",
      question: "Two?",
      answers: [
        { id: "x", label: "X", next: "q-one" },
        { id: "y", label: "Y", next: "d-tag" },
      ],
    },
    { kind: "diagnosis", id: "d-tag", cause: "tag-not-found" },
  ],
});

/** q-orphan and d-rate cannot be reached; q-one's second answer points nowhere; an id and an answer id repeat. */
const BROKEN = tree({
  version: "t",
  start: "q-one",
  nodes: [
    {
      kind: "question",
      id: "q-one",
      question: "One?",
      answers: [
        { id: "a", label: "A", next: "d-tag" },
        { id: "a", label: "A again", next: "nowhere" },
      ],
    },
    {
      kind: "question",
      id: "q-orphan",
      question: "Orphan?",
      answers: [
        { id: "x", label: "X", next: "d-rate" },
        { id: "y", label: "Y", next: "d-tag" },
      ],
    },
    { kind: "diagnosis", id: "d-tag", cause: "tag-not-found" },
    { kind: "diagnosis", id: "d-rate", cause: "rate-limited" },
    { kind: "diagnosis", id: "d-tag", cause: "repository-not-found" },
  ],
});

/** The first answer reaches rate-limited in three clicks, the second in two: BFS must pick the second. */
const DETOUR = tree({
  version: "t",
  start: "q-one",
  nodes: [
    {
      kind: "question",
      id: "q-one",
      question: "One?",
      answers: [
        { id: "long", label: "Long way", next: "q-two" },
        { id: "short", label: "Short way", next: "q-four" },
      ],
    },
    {
      kind: "question",
      id: "q-two",
      question: "Two?",
      answers: [
        { id: "on", label: "On", next: "q-three" },
        { id: "off", label: "Off", next: "d-tag" },
      ],
    },
    {
      kind: "question",
      id: "q-three",
      question: "Three?",
      answers: [
        { id: "on", label: "On", next: "d-rate" },
        { id: "off", label: "Off", next: "d-tag" },
      ],
    },
    {
      kind: "question",
      id: "q-four",
      question: "Four?",
      answers: [
        { id: "on", label: "On", next: "d-rate" },
        { id: "off", label: "Off", next: "d-tag" },
      ],
    },
    { kind: "diagnosis", id: "d-tag", cause: "tag-not-found" },
    { kind: "diagnosis", id: "d-rate", cause: "rate-limited" },
  ],
});

describe("graph helpers", () => {
  it("looks up nodes, questions and answers", () => {
    expect(nodeById(SMALL, "q-two")?.kind).toBe("question");
    expect(nodeById(SMALL, "missing")).toBeUndefined();
    expect(questionById(SMALL, "d-tag")).toBeUndefined();
    expect(answerOf(SMALL, "q-one", "b")?.next).toBe("q-two");
    expect(answerOf(SMALL, "q-one", "z")).toBeUndefined();
  });

  it("lists successors and parents", () => {
    expect(successors(nodeById(SMALL, "q-one")!)).toEqual(["d-tag", "q-two"]);
    expect(successors(nodeById(SMALL, "d-tag")!)).toEqual([]);
    expect(parentsOf(SMALL, "q-two")).toEqual([{ question: "q-one", answer: "b" }]);
  });

  it("computes reachability and finds nothing wrong in a sound tree", () => {
    expect([...reachableFrom(SMALL, "q-two")].sort()).toEqual(["d-rate", "d-tag-again", "q-two"]);
    expect(unreachableNodes(SMALL)).toEqual([]);
    expect(findCycle(SMALL)).toBeNull();
    expect(deadEnds(SMALL)).toEqual([]);
    expect(danglingLinks(SMALL)).toEqual([]);
    expect(duplicateNodeIds(SMALL)).toEqual([]);
    expect(duplicateAnswerIds(SMALL)).toEqual([]);
  });

  it("counts nodes and measures the longest path in questions", () => {
    expect(questionCount(SMALL)).toBe(2);
    expect(diagnosisCount(SMALL)).toBe(3);
    expect(longestQuestionPath(SMALL)).toBe(2);
    expect(longestQuestionPath(SMALL, "q-two")).toBe(1);
    expect(longestQuestionPath(DETOUR)).toBe(3);
  });

  it("groups leaves by cause", () => {
    const byCause = leavesByCause(SMALL);
    expect(byCause.get("tag-not-found")?.map((d) => d.id)).toEqual(["d-tag", "d-tag-again"]);
    expect(byCause.get("rate-limited")?.map((d) => d.id)).toEqual(["d-rate"]);
    expect([...reachableCauses(SMALL)].sort()).toEqual(["rate-limited", "tag-not-found"]);
  });

  it("finds the shortest answer path breadth-first, and followAnswers() replays it", () => {
    const path = shortestAnswerPathTo(DETOUR, (n) => n.id === "d-rate");
    expect(path).toEqual([
      { question: "q-one", answer: "short" },
      { question: "q-four", answer: "on" },
    ]);
    expect(followAnswers(DETOUR, path!)?.id).toBe("d-rate");
    expect(shortestPathToCause(SMALL, "rate-limited")).toEqual([
      { question: "q-one", answer: "b" },
      { question: "q-two", answer: "x" },
    ]);
    expect(shortestAnswerPathTo(SMALL, (n) => n.id === "q-one")).toEqual([]);
    expect(shortestPathToCause(SMALL, "clock-skew")).toBeNull();
  });

  it("refuses to replay steps that do not fit the tree", () => {
    expect(followAnswers(SMALL, [])?.id).toBe("q-one");
    expect(followAnswers(SMALL, [{ question: "q-two", answer: "x" }])).toBeNull();
    expect(followAnswers(SMALL, [{ question: "q-one", answer: "nope" }])).toBeNull();
    expect(
      followAnswers(SMALL, [
        { question: "q-one", answer: "a" },
        { question: "q-two", answer: "x" },
      ]),
    ).toBeNull();
  });

  it("detects a cycle, and counts it as a dead end and an unbounded path", () => {
    expect(findCycle(CYCLIC)).toEqual(["q-one", "q-two", "q-one"]);
    expect(deadEnds(CYCLIC).sort()).toEqual(["q-one", "q-two"]);
    expect(longestQuestionPath(CYCLIC)).toBe(Infinity);
    // BFS still terminates on a cyclic tree.
    expect(shortestPathToCause(CYCLIC, "tag-not-found")).toEqual([{ question: "q-one", answer: "b" }]);
  });

  it("detects unreachable nodes, dangling links and duplicate ids", () => {
    expect(unreachableNodes(BROKEN)).toEqual(["q-orphan", "d-rate"]);
    expect(reachableCauses(BROKEN).has("rate-limited")).toBe(false);
    expect(danglingLinks(BROKEN)).toEqual([{ question: "q-one", answer: "a", next: "nowhere" }]);
    expect(deadEnds(BROKEN)).toContain("q-one");
    expect(duplicateNodeIds(BROKEN)).toEqual(["d-tag"]);
    expect(duplicateAnswerIds(BROKEN)).toEqual(["q-one/a"]);
    expect(findCycle(BROKEN)).toBeNull();
  });
});

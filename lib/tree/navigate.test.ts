import { describe, expect, it } from "vitest";
import {
  answersToCause,
  checkCanDecide,
  evidenceAnswers,
  maxQuestionsLeft,
  progressOf,
  walk,
  wizardHref,
  WizardParamsSchema,
} from "./navigate";
import { TreeSchema } from "./schema";

// A small tree of our own, so these tests speak about navigation, not about today's content.
const tree = TreeSchema.parse({
  version: "test",
  start: "what",
  nodes: [
    {
      kind: "question",
      id: "what",
      question: "What fails?",
      answers: [
        { id: "login", label: "Login", next: "tool" },
        { id: "pull", label: "Pull", next: "d-tag" },
      ],
    },
    {
      kind: "question",
      id: "tool",
      question: "Which tool?",
      answers: [
        { id: "podman", label: "podman", next: "d-creds", client: "podman" },
        { id: "docker", label: "docker", next: "d-daemon", client: "docker" },
      ],
    },
    { kind: "diagnosis", id: "d-creds", cause: "credentials-invalid" },
    {
      kind: "diagnosis",
      id: "d-daemon",
      cause: "docker-daemon-not-running",
      alsoPossible: [{ cause: "docker-client-too-old", tellApart: "docker version" }],
    },
    { kind: "diagnosis", id: "d-tag", cause: "tag-not-found" },
  ],
});

describe("walk", () => {
  it("starts at the first question with no answers", () => {
    const result = walk(tree, []);
    expect(result.position.id).toBe("what");
    expect(result.steps).toEqual([]);
  });

  it("follows answers to a diagnosis and learns the client", () => {
    const result = walk(tree, ["what.login", "tool.podman"]);
    expect(result.position).toMatchObject({ kind: "diagnosis", cause: "credentials-invalid" });
    expect(result.client).toBe("podman");
    expect(result.steps.map((s) => s.answers)).toEqual([["what.login"], ["what.login", "tool.podman"]]);
  });

  it("drops answers that no longer exist, with a reason, and keeps the rest", () => {
    const result = walk(tree, ["what.login", "gone.question", "tool.kubectl", "tool.docker", "not an answer"]);
    expect(result.position.id).toBe("d-daemon");
    expect(result.dropped).toEqual([
      { raw: "gone.question", reason: "unknown-question" },
      { raw: "tool.kubectl", reason: "unknown-answer" },
      { raw: "not an answer", reason: "malformed" },
    ]);
  });

  it("drops answers to questions that are not on the path", () => {
    const result = walk(tree, ["what.pull", "tool.docker"]);
    expect(result.position.id).toBe("d-tag");
    expect(result.dropped).toEqual([{ raw: "tool.docker", reason: "not-on-path" }]);
  });
});

describe("progress", () => {
  it("counts the longest way left", () => {
    expect(maxQuestionsLeft(tree, "what")).toBe(2);
    expect(progressOf(tree, walk(tree, ["what.login"]))).toEqual({ answered: 1, atMostLeft: 1, fraction: 0.5 });
    expect(progressOf(tree, walk(tree, ["what.pull"])).fraction).toBe(1);
  });
});

describe("links", () => {
  it("carry answers, registry and client, and nothing else", () => {
    const href = wizardHref({ answers: ["what.login", "tool.docker"], registry: "myreg.azurecr.io", client: "docker" });
    expect(href).toBe("/wizard?registry=myreg.azurecr.io&client=docker&a=what.login&a=tool.docker");
    const params = WizardParamsSchema.parse(Object.fromEntries(new URL(href, "http://x").searchParams));
    expect(params.client).toBe("docker");
  });

  it("read one or many answers and ignore an unknown client", () => {
    expect(WizardParamsSchema.parse({ a: "what.login" }).a).toEqual(["what.login"]);
    expect(WizardParamsSchema.parse({ a: ["what.login", "tool.docker"], client: "nope" })).toEqual({
      a: ["what.login", "tool.docker"],
      client: undefined,
      e: [],
    });
  });

  it("find the shortest way into the wizard for a cause", () => {
    expect(answersToCause(tree, "tag-not-found")).toEqual(["what.pull"]);
    expect(answersToCause(tree, "docker-daemon-not-running")).toEqual(["what.login", "tool.docker"]);
    expect(answersToCause(tree, "rate-limited")).toBeUndefined();
  });
});

describe("live-check evidence", () => {
  it("points each question on the way to the most likely cause at its answer", () => {
    expect(evidenceAnswers(tree, ["tag-not-found", "credentials-invalid"])).toEqual(new Map([["what", "pull"]]));
    expect(evidenceAnswers(tree, [])).toEqual(new Map());
  });

  it("keeps only known cause ids from a link", () => {
    expect(WizardParamsSchema.parse({ e: ["tag-not-found", "not-a-cause"] }).e).toEqual(["tag-not-found"]);
    expect(wizardHref({ answers: ["what.pull"], evidence: ["tag-not-found"] })).toBe("/wizard?e=tag-not-found&a=what.pull");
  });

  it("offers the check only where its evidence would choose between answers", () => {
    // "What fails?" splits credentials-invalid (seen by the check) from tag-not-found (seen too).
    expect(checkCanDecide(tree, "what")).toBe(true);
    // "Which tool?" leads to credentials-invalid or docker-daemon-not-running, and the check sees only one of them.
    expect(checkCanDecide(tree, "tool")).toBe(false);
  });
});

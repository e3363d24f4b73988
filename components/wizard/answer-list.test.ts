import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { messages } from "@/lib/messages";
import type { QuestionNode } from "@/lib/tree/schema";
import { AnswerList } from "./answer-list";

const question: QuestionNode = {
  kind: "question",
  id: "q-where",
  question: "Where does it fail?",
  whereToLook: [],
  answers: [
    { id: "login", label: "docker login", hint: "Error response from daemon", next: "q-login" },
    { id: "pull", label: "docker pull", next: "q-pull" },
  ],
};

describe("AnswerList", () => {
  it("offers each answer as a link when choosing one is a new URL", () => {
    const html = renderToStaticMarkup(
      createElement(AnswerList, { question, choose: (answer) => ({ href: `/wizard?a=${answer.id}` }), suggestedAnswer: "pull" }),
    );
    expect(html).toContain(`<ul aria-label="${messages.wizard.answersLabel}"`);
    expect(html).toMatch(/<a data-answer="login" class="[^"]*no-underline[^"]*" href="\/wizard\?a=login">/);
    expect(html).toContain("Error response from daemon</span>");
    expect(html).toMatch(/data-answer="pull" data-suggested="true" class="[^"]*border-emerald-600/);
    expect(html).toContain(messages.wizard.suggestedByCheck);
    expect(html).not.toContain("<button");
  });

  it("offers each answer as a button when choosing one is an action, disabled when it cannot be taken", () => {
    const html = renderToStaticMarkup(createElement(AnswerList, { question, choose: () => ({ onClick: () => {}, disabled: true }) }));
    expect(html).toMatch(/<button type="button" data-answer="login" disabled="" class="[^"]*w-full text-left/);
    expect(html).not.toContain("data-suggested");
    expect(html).not.toContain("<a ");
  });
});

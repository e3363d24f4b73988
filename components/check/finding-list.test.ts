import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { messages } from "@/lib/messages";
import type { Report } from "@/lib/probe/schema";
import { FindingList, WarningList } from "./finding-list";

const findings: Report["findings"] = [
  {
    causeId: "tag-not-found",
    confidence: "certain",
    summary: "The tag 9.9 is not there.",
    message: { key: "x", params: {} },
    evidence: [],
  },
];
const causeTitles = { "tag-not-found": "The tag does not exist" };

describe("FindingList", () => {
  it("links each finding to its diagnosis with the registry filled in", () => {
    const html = renderToStaticMarkup(
      createElement(FindingList, { findings, heading: "What the check found", causeTitles, registry: "myreg.azurecr.io" }),
    );
    expect(html).toContain('<h3 class="text-lg font-semibold">What the check found</h3>');
    expect(html).toContain('data-finding="tag-not-found"');
    expect(html).toContain('href="/diagnosis/tag-not-found?registry=myreg.azurecr.io"');
    expect(html).toContain("The tag does not exist");
    expect(html).toContain(messages.check.confidence.certain);
  });

  it("links without a registry when there is none, and shows what follows only with findings", () => {
    const after = createElement("p", null, "Continue");
    const html = renderToStaticMarkup(createElement(FindingList, { findings, heading: "h", causeTitles, registry: "" }, after));
    expect(html).toContain('href="/diagnosis/tag-not-found"');
    expect(html).toMatch(/<\/ol><p>Continue<\/p>$/);
    expect(renderToStaticMarkup(createElement(FindingList, { findings: [], heading: "h", causeTitles, registry: "" }, after))).toBe("");
  });
});

describe("WarningList", () => {
  it("lists the warnings under one heading, or nothing", () => {
    const html = renderToStaticMarkup(createElement(WarningList, { warnings: [{ key: "w", summary: "Slow DNS.", params: {} }] }));
    expect(html).toContain(messages.check.warningsHeading);
    expect(html).toContain("<li>Slow DNS.</li>");
    expect(renderToStaticMarkup(createElement(WarningList, { warnings: [] }))).toBe("");
  });
});

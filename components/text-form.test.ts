import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TextForm } from "./text-form";

type Props = ComponentProps<typeof TextForm>;
const base: Props = {
  label: "Error output",
  name: "text",
  rows: 6,
  submitLabel: "Add",
  workingLabel: "Adding…",
  emptyMessage: "Paste something first.",
  busy: false,
  onSend: async () => true,
};
const render = (props: Partial<Props> = {}) => renderToStaticMarkup(createElement(TextForm, { ...base, ...props }));
const attribute = (html: string, tag: string, name: string) => new RegExp(`<${tag}[^>]* ${name}="([^"]*)"`).exec(html)?.[1];

describe("TextForm", () => {
  it("labels the box and ties the hint and the status region to it", () => {
    const html = render({ hint: "Secrets are removed." });
    const id = attribute(html, "textarea", "id");
    expect(attribute(html, "label", "for")).toBe(id);
    expect(html).toContain(`<p id="${id}-hint"`);
    expect(attribute(html, "textarea", "aria-describedby")).toBe(`${id}-hint ${id}-status`);
    expect(html).toMatch(new RegExp(`<div id="${id}-status" aria-live="polite"`));
  });

  it("without a hint, the box is described by its status region alone", () => {
    const html = render();
    const id = attribute(html, "textarea", "id");
    expect(html).not.toContain("-hint");
    expect(attribute(html, "textarea", "aria-describedby")).toBe(`${id}-status`);
  });

  it("says what went wrong in the status region and marks the box invalid", () => {
    const html = render({ error: "The session has ended." });
    expect(attribute(html, "textarea", "aria-invalid")).toBe("true");
    expect(html).toMatch(/aria-live="polite"[^>]*>.*The session has ended\./);
    expect(attribute(render(), "textarea", "aria-invalid")).toBe("false");
  });

  it("shows terminal output in monospace without spell-check, and prose as prose", () => {
    const verbatim = render({ verbatim: true });
    expect(attribute(verbatim, "textarea", "spellCheck")).toBe("false");
    expect(attribute(verbatim, "textarea", "class")).toContain("font-mono");
    const prose = render({ maxLength: 8000 });
    expect(prose).not.toMatch(/spellCheck/i);
    expect(attribute(prose, "textarea", "class")).not.toContain("font-mono");
    expect(attribute(prose, "textarea", "maxLength")).toBe("8000");
  });

  it("says it is working, and cannot be sent twice, while busy", () => {
    const html = render({ busy: true });
    expect(html).toMatch(/<button type="submit" disabled=""[^>]*>Adding…<\/button>/);
    expect(render()).toMatch(/<button type="submit"[^>]*>Add<\/button>/);
  });

  it("announces what it is given after the errors, in the same region", () => {
    const html = render({ error: "Failed.", children: createElement("p", { "data-result": "" }, "Three causes fit.") });
    expect(html).toMatch(/aria-live="polite"[^>]*><p[^>]*>Failed\.<\/p><p data-result="">Three causes fit\.<\/p><\/div>/);
  });
});

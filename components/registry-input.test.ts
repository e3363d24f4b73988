import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { messages } from "@/lib/messages";
import { RegistryInput } from "./registry-input";

const render = (props: Partial<ComponentProps<typeof RegistryInput>> = {}) =>
  renderToStaticMarkup(createElement(RegistryInput, { value: "", onChange: () => {}, ...props }));
const attribute = (html: string, tag: string, name: string) => new RegExp(`<${tag}[^>]* ${name}="([^"]*)"`).exec(html)?.[1];

describe("RegistryInput", () => {
  it("labels the box and ties the hint and what the name means to it", () => {
    const html = render();
    const id = attribute(html, "input", "id");
    expect(attribute(html, "label", "for")).toBe(id);
    expect(attribute(html, "input", "aria-describedby")).toBe(`${id}-hint ${id}-status`);
    expect(html).toContain(`<p id="${id}-hint" class="text-sm text-slate-600 dark:text-slate-400">${messages.registry.hint}</p>`);
    expect(attribute(html, "input", "aria-invalid")).toBe("false");
  });

  it("says what a name means once it parses", () => {
    const html = render({ value: "myregistry.azurecr.io" });
    expect(attribute(html, "input", "aria-invalid")).toBe("false");
    expect(html).toContain(messages.registry.loginServer);
  });

  it("marks a name that does not parse as invalid and says why", () => {
    const html = render({ value: "My Registry" });
    expect(attribute(html, "input", "aria-invalid")).toBe("true");
    expect(html).toMatch(/aria-live="polite"[^>]*><p class="text-red-700/);
  });

  it("marks the box invalid when the name could not be passed on", () => {
    const html = render({ value: "myregistry.azurecr.io", error: "Could not share it." });
    expect(attribute(html, "input", "aria-invalid")).toBe("true");
    expect(html).toContain("Could not share it.");
  });

  it("adds the caller's sentence to the hint, and its markers and controls to the box", () => {
    const html = render({
      hintMore: "Shared with the session.",
      readOnly: true,
      "data-session-registry": true,
      children: createElement("button", { type: "button" }, "Clear"),
    });
    expect(html).toContain(`${messages.registry.hint} Shared with the session.</p>`);
    expect(html).toMatch(/<input[^>]* readOnly=""/);
    expect(html).toMatch(/<input[^>]* data-session-registry="true"/);
    expect(html).toMatch(/<input [^>]*\/><button type="button">Clear<\/button><\/div>/);
  });
});

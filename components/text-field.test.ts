import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TextField } from "./text-field";

const render = (props: Partial<ComponentProps<typeof TextField>> = {}) =>
  renderToStaticMarkup(createElement(TextField, { id: "f-registry", name: "registry", label: "Registry", ...props }));
const attribute = (html: string, tag: string, name: string) => new RegExp(`<${tag}[^>]* ${name}="([^"]*)"`).exec(html)?.[1];

describe("TextField", () => {
  it("describes the input by its hint and its problem, whichever there are", () => {
    expect(attribute(render(), "input", "aria-describedby")).toBeUndefined();
    expect(attribute(render({ hint: "The login server." }), "input", "aria-describedby")).toBe("f-registry-hint");
    expect(attribute(render({ problem: "Has a space." }), "input", "aria-describedby")).toBe("f-registry-error");
    const both = render({ hint: "The login server.", problem: "Has a space." });
    expect(attribute(both, "input", "aria-describedby")).toBe("f-registry-hint f-registry-error");
    expect(attribute(both, "input", "aria-invalid")).toBe("true");
    expect(both).toContain('<p id="f-registry-error" class="mt-1 text-sm text-red-700 dark:text-red-300">Has a space.</p>');
  });

  it("announces the problem at once when the page was loaded to show it", () => {
    expect(render({ problem: "Has a space.", alertProblem: true })).toContain('<p id="f-registry-error" role="alert"');
  });

  it("lets the caller set the input's own attributes over the defaults", () => {
    const html = render({ type: "password", autoComplete: "new-password", required: true });
    expect(attribute(html, "input", "type")).toBe("password");
    expect(attribute(html, "input", "autoComplete")).toBe("new-password");
    expect(attribute(html, "input", "spellCheck")).toBe("false");
    expect(html).toMatch(/<input[^>]* required=""/);
  });
});

import { describe, expect, it } from "vitest";
import { getCause } from "@/lib/catalogue";
import { parseRegistryInput } from "@/lib/registry/name";
import { renderTicketSummary } from "./summary";

const registry = parseRegistryInput("contoso.azurecr.io");

describe("the wizard's ticket summary", () => {
  const summary = renderTicketSummary({
    cause: getCause("registry-ip-denied"),
    answers: [{ question: "What do you see?", answer: "denied" }],
    alsoPossible: [{ cause: getCause("network-restricted-service"), tellApart: "Only from Azure services?" }],
    registry: registry.ok ? registry.target : undefined,
    client: "docker",
    link: "https://doctor.example/wizard?registry=contoso.azurecr.io",
    treeVersion: "1",
    generatedAt: new Date("2025-03-01T09:30:00.456Z"),
  });

  it("keeps its sections, in order", () => {
    const headings = summary.split("\n").filter((line) => line.startsWith("#"));
    expect(headings[0]).toMatch(/^## Registry Doctor: /);
    expect(headings.slice(1).map((h) => h.replace(/:.*$/, ""))).toEqual([
      "### Answers given",
      "### Fix",
      "### Check that it worked",
      "### Also possible",
    ]);
  });

  it("names the cause, the registry, the client and the link", () => {
    expect(summary).toContain("(`registry-ip-denied`)");
    expect(summary).toContain("- **Registry:** `contoso.azurecr.io`");
    expect(summary).toContain("- **Client:** Docker");
    expect(summary).toContain("- **Link:** https://doctor.example/wizard?registry=contoso.azurecr.io");
    expect(summary).toContain("1. What do you see? — **denied**");
    expect(summary).toContain("(`network-restricted-service`): Only from Azure services?");
  });

  it("ends with the tree version and the UTC time", () => {
    expect(summary.split("\n").at(-1)).toBe("_Tree version 1 · 2025-03-01T09:30:00Z (UTC)_");
  });
});

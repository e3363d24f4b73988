import { describe, expect, it } from "vitest";
import { CAUSES, findCause } from "./index";
import { CAUSE_IDS, LOCAL_CAUSE_IDS, PICKABLE_CLIENTS, PROBE_CAUSE_IDS } from "./ids";
import type { Instruction } from "./schema";
import { unknownPlaceholders } from "./template";

function instructionsOf(causeId: string): Instruction[] {
  const cause = findCause(causeId);
  if (!cause) return [];
  return [...cause.confirm, ...cause.fixes.flatMap((fix) => fix.steps), ...cause.verify];
}

describe("cause catalogue", () => {
  it("has exactly one entry for every declared cause id", () => {
    const ids = CAUSES.map((cause) => cause.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...CAUSE_IDS].sort());
  });

  it("has a page-worthy entry for every cause id in the probe contract", () => {
    for (const id of [...PROBE_CAUSE_IDS, ...LOCAL_CAUSE_IDS]) {
      const cause = findCause(id);
      expect(cause, id).toBeDefined();
      expect(cause?.fixes.length, id).toBeGreaterThan(0);
    }
  });

  it.each(CAUSES.map((cause) => [cause.id]))("%s uses only known placeholders in its commands", (id) => {
    for (const step of instructionsOf(id)) {
      for (const command of step.commands) {
        expect(unknownPlaceholders(command.run), `${id}: ${command.run}`).toEqual([]);
      }
    }
  });

  it.each(CAUSES.map((cause) => [cause.id]))("%s links only to other existing causes", (id) => {
    const cause = findCause(id)!;
    for (const other of [...cause.related, ...cause.tellApart.map((t) => t.cause)]) {
      expect(other, `${id} → ${other}`).not.toBe(id);
      expect(findCause(other), `${id} → ${other}`).toBeDefined();
    }
  });

  it.each(CAUSES.map((cause) => [cause.id]))("%s says how to confirm, fix and verify with at least one command", (id) => {
    const commands = instructionsOf(id).flatMap((step) => step.commands);
    expect(commands.length, id).toBeGreaterThan(0);
  });

  it("gives ACR login commands the right form of the name", () => {
    for (const cause of CAUSES) {
      for (const step of instructionsOf(cause.id)) {
        for (const command of step.commands) {
          // az acr login --name takes the resource name, never the login server.
          expect(command.run, `${cause.id}: ${command.run}`).not.toMatch(/az acr (login|check-health)[^\n]*(--name|-n) \{loginServer\}/);
          // docker/podman/helm login take the login server, never the bare resource name.
          expect(command.run, `${cause.id}: ${command.run}`).not.toMatch(/(docker|podman|helm registry) login \{registryName\}/);
        }
      }
    }
  });

  it("offers commands for several clients where the client matters", () => {
    const pickable = new Set<string>(PICKABLE_CLIENTS);
    const multiClient = CAUSES.filter((cause) => {
      const clients = new Set(
        instructionsOf(cause.id)
          .flatMap((s) => s.commands.map((c) => c.client))
          .filter((c) => pickable.has(c)),
      );
      return clients.size >= 3;
    });
    // Most causes are met from more than one tool; the catalogue must speak to each of them.
    expect(multiClient.length).toBeGreaterThanOrEqual(Math.floor(CAUSES.length / 2));
  });
});

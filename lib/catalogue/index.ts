// The cause catalogue: every cause's content, parsed once against its schema, and the look-ups
// the pages, the wizard and the matcher use. Isomorphic: no server-only imports.
import * as z from "zod";
import { azureCauses } from "./causes/azure";
import { credentialCauses } from "./causes/credentials";
import { networkCauses } from "./causes/network";
import { registryCauses } from "./causes/registry";
import { CAUSE_IDS, type CauseGroup, type CauseId } from "./ids";
import { CauseSchema, type Cause } from "./schema";

/** Every cause, in catalogue order; parsing here makes a malformed entry fail at import. */
export const CAUSES: readonly Cause[] = z
  .array(CauseSchema)
  .parse([...credentialCauses, ...azureCauses, ...networkCauses, ...registryCauses]);

const BY_ID = new Map<string, Cause>(CAUSES.map((cause) => [cause.id, cause]));

export function isCauseId(id: string): id is CauseId {
  return (CAUSE_IDS as readonly string[]).includes(id);
}

export function findCause(id: string): Cause | undefined {
  return BY_ID.get(id);
}

/** For ids the type system already vouches for; a missing one is a catalogue bug. */
export function getCause(id: CauseId): Cause {
  const cause = BY_ID.get(id);
  if (!cause) throw new Error(`cause ${id} is declared in ids.ts but has no catalogue entry`);
  return cause;
}

export function causesInGroup(group: CauseGroup): Cause[] {
  return CAUSES.filter((cause) => cause.group === group);
}

// Which of a step's commands to show for the client a person uses. Isomorphic.
import { PICKABLE_CLIENTS, type PickableClient } from "./ids";
import type { Command } from "./schema";

const PICKABLE = new Set<string>(PICKABLE_CLIENTS);

export function isPickableClient(value: string | null | undefined): value is PickableClient {
  return value !== null && value !== undefined && PICKABLE.has(value);
}

/**
 * The person's own client's commands, plus the ones every reader needs (curl, the portal, helm,
 * PowerShell, shell). If the step has nothing for their client, show everything: hiding the only
 * way to do a step would be worse than showing another tool's.
 */
export function commandsForClient(commands: readonly Command[], client: PickableClient | undefined): Command[] {
  if (!client) return [...commands];
  const own = commands.filter((command) => command.client === client);
  if (own.length === 0) return [...commands];
  return commands.filter((command) => command.client === client || !PICKABLE.has(command.client));
}

"use client";
// Fills a step's commands from the URL (?registry=, ?client=) so a static diagnosis page still
// shows the person's own registry name and client.
import { useSearchParams } from "next/navigation";
import { isPickableClient } from "@/lib/catalogue/clients";
import type { PickableClient } from "@/lib/catalogue/ids";
import type { Command } from "@/lib/catalogue/schema";
import { valuesFor } from "@/lib/catalogue/template";
import { parseRegistryInput } from "@/lib/registry/name";
import { CommandList } from "./command-list";

export function LiveCommands({ commands, defaultClient }: { commands: readonly Command[]; defaultClient?: PickableClient | undefined }) {
  const params = useSearchParams();
  const registry = params.get("registry");
  const parsed = registry ? parseRegistryInput(registry) : undefined;
  const clientParam = params.get("client");
  const client = isPickableClient(clientParam) ? clientParam : defaultClient;
  return <CommandList commands={commands} values={valuesFor(parsed?.ok ? parsed.target : undefined)} client={client} />;
}

// The Markdown a support engineer pastes into a ticket: answers given, the diagnosis, the fix with
// the person's own names filled in, what else it could be, and the link back. Pure; no secrets can
// reach it because none are in its inputs (the registry name is refused if it carries one).
import { commandsForClient } from "@/lib/catalogue/clients";
import type { PickableClient } from "@/lib/catalogue/ids";
import type { Cause, Instruction } from "@/lib/catalogue/schema";
import { fillTemplateText, valuesFor } from "@/lib/catalogue/template";
import { clientTitles } from "@/lib/messages";
import type { RegistryTarget } from "@/lib/registry/name";

export interface TicketSummaryInput {
  cause: Cause;
  answers: { question: string; answer: string }[];
  alsoPossible: { cause: Cause; tellApart: string }[];
  registry?: RegistryTarget | undefined;
  client?: PickableClient | undefined;
  link: string;
  treeVersion: string;
  generatedAt: Date;
}

function steps(list: readonly Instruction[], input: TicketSummaryInput): string[] {
  const values = valuesFor(input.registry);
  return list.flatMap((step, index) => {
    const lines = [`${index + 1}. ${step.text}${step.where ? ` (${step.where})` : ""}`];
    for (const command of commandsForClient(step.commands, input.client)) {
      lines.push("", "   ```", ...fillTemplateText(command.run, values).split("\n").map((line) => `   ${line}`), "   ```");
    }
    return lines;
  });
}

export function renderTicketSummary(input: TicketSummaryInput): string {
  const { cause } = input;
  const fix = cause.fixes[0];
  const lines = [
    `## Registry Doctor: ${cause.title}`,
    "",
    `- **Diagnosis:** ${cause.title} (\`${cause.id}\`)`,
    `- **Registry:** ${input.registry ? `\`${input.registry.loginServer}\`` : "not given"}`,
    `- **Client:** ${input.client ? clientTitles[input.client] : "not given"}`,
    `- **Link:** ${input.link}`,
    "",
    cause.summary,
    "",
    "### Answers given",
    "",
    ...(input.answers.length > 0 ? input.answers.map((a, i) => `${i + 1}. ${a.question} — **${a.answer}**`) : ["(none: opened directly)"]),
  ];
  if (fix) {
    lines.push("", `### Fix: ${fix.title}`, "");
    if (fix.when) lines.push(`_When:_ ${fix.when}`, "");
    lines.push(...steps(fix.steps, input));
    if (cause.fixes.length > 1) lines.push("", `Other fixes: ${cause.fixes.slice(1).map((f) => f.title).join("; ")} (see the link).`);
  }
  lines.push("", "### Check that it worked", "", ...steps(cause.verify, input));
  if (input.alsoPossible.length > 0) {
    lines.push("", "### Also possible", "", ...input.alsoPossible.map((alt) => `- ${alt.cause.title} (\`${alt.cause.id}\`): ${alt.tellApart}`));
  }
  lines.push("", `_Tree version ${input.treeVersion} · ${input.generatedAt.toISOString().replace(/\.\d+Z$/, "Z")} (UTC)_`);
  return lines.join("\n");
}

// The Markdown a support engineer pastes into a ticket: answers given, the diagnosis, the fix with
// the person's own names filled in, what else it could be, and the link back. Pure; no secrets can
// reach it because none are in its inputs (the registry name is refused if it carries one). Built
// from the same pieces as a support session's transcript (lib/sessions/transcript.ts), so the two
// read alike in a ticket.
import type { PickableClient } from "@/lib/catalogue/ids";
import type { Cause } from "@/lib/catalogue/schema";
import { clientTitles, messages } from "@/lib/messages";
import type { RegistryTarget } from "@/lib/registry/name";
import { alternativeLines, answerLines, causeReference, fixLines, footerLine, verifyLines } from "@/lib/sessions/transcript";

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

export function renderTicketSummary(input: TicketSummaryInput): string {
  const { cause } = input;
  const t = messages.transcript;
  const lines = [
    `## ${t.summaryHeading(cause.title)}`,
    "",
    `- **${t.diagnosisLabel}:** ${causeReference(cause)}`,
    `- **${t.registryLabel}:** ${input.registry ? `\`${input.registry.loginServer}\`` : t.notGiven}`,
    `- **${t.clientLabel}:** ${input.client ? clientTitles[input.client] : t.notGiven}`,
    `- **${t.linkLabel}:** ${input.link}`,
    "",
    cause.summary,
    "",
    `### ${t.answersHeading}`,
    "",
    ...answerLines(input.answers),
    ...fixLines(cause, input.registry, input.client),
    ...verifyLines(cause, input.registry, input.client),
  ];
  if (input.alsoPossible.length > 0) {
    lines.push(
      "",
      `### ${t.alsoPossibleHeading}`,
      "",
      ...alternativeLines(input.alsoPossible.map((alt) => ({ cause: alt.cause, why: alt.tellApart }))),
    );
  }
  lines.push("", footerLine({ treeVersion: input.treeVersion, generatedAt: input.generatedAt }));
  return lines.join("\n");
}

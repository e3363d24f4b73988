// Carries a live check's findings into the wizard. The link holds the answers that lead to the
// most likely cause plus the causes themselves (`e=`), so the wizard can mark each answer as
// "from the live check" and show where the person chose otherwise. Pure and light: the paths are
// computed on the server and passed in, so the browser does not need the whole tree.
import type { PickableClient } from "@/lib/catalogue/ids";
import type { Report } from "./schema";

/** For each cause the check can name: the answers that lead to it in the wizard. */
export type WizardPaths = Record<string, string[]>;

export function wizardHrefForFindings(
  report: Pick<Report, "findings">,
  registry: string,
  paths: WizardPaths,
  client?: PickableClient,
): string {
  const params = new URLSearchParams();
  if (registry) params.set("registry", registry);
  if (client) params.set("client", client);
  for (const finding of report.findings) params.append("e", finding.causeId);
  const top = report.findings[0];
  for (const answer of (top && paths[top.causeId]) ?? []) params.append("a", answer);
  return `/wizard?${params.toString()}`;
}

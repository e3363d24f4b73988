// The end of a check: the verdict, the findings (each linked to its diagnosis with the registry
// filled in), warnings, where the check ran, and — after "Run again" — what changed.
import Link from "next/link";
import { messages } from "@/lib/messages";
import type { Report } from "@/lib/probe/schema";
import { wizardHrefForFindings, type WizardPaths } from "@/lib/probe/evidence";
import { FindingList, WarningList } from "./finding-list";

function changes(previous: Report, current: Report) {
  const before = new Map(previous.steps.map((step) => [`${step.hop}:${step.id}`, step.status]));
  return current.steps.flatMap((step) => {
    const was = before.get(`${step.hop}:${step.id}`);
    return was && was !== step.status ? [{ step: `${messages.check.hop[step.hop]} ${step.id}`, from: was, to: step.status }] : [];
  });
}

export function CheckReport({
  report,
  previous,
  causeTitles,
  wizardPaths,
  registry,
}: {
  report: Report;
  previous?: Report | undefined;
  causeTitles: Record<string, string>;
  wizardPaths: WizardPaths;
  registry: string;
}) {
  const t = messages.check;
  const diff = previous ? changes(previous, report) : undefined;
  return (
    <section aria-labelledby="verdict" data-verdict={report.verdict} className="space-y-4">
      <h2 id="verdict" className="text-xl font-semibold">
        {report.verdict === "healthy" ? t.healthy : report.verdict === "problem" ? t.problem : t.inconclusive}
      </h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {t.vantage(report.vantage.name)} {t.vantageLimit}
      </p>
      <FindingList findings={report.findings} heading={t.findingsHeading} causeTitles={causeTitles} registry={registry}>
        <p>
          <Link href={wizardHrefForFindings(report, registry, wizardPaths)}>{t.continueInWizard}</Link>
        </p>
      </FindingList>
      <WarningList warnings={report.warnings} />
      {diff ? (
        <div data-changes>
          <h3 className="text-lg font-semibold">{t.changedHeading}</h3>
          {diff.length === 0 ? (
            <p>{t.nothingChanged}</p>
          ) : (
            <ul className="list-disc pl-6">
              {diff.map((change) => (
                <li key={change.step}>{t.changed(change.step, t.status[change.from], t.status[change.to])}</li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </section>
  );
}

// The answers so far; each links back to its question so one answer can be changed.
import Link from "next/link";
import type { PickableClient } from "@/lib/catalogue/ids";
import { messages } from "@/lib/messages";
import { wizardHref, type WalkStep } from "@/lib/tree/navigate";

export function Trail({
  steps,
  registry,
  client,
  evidence = [],
  suggested = new Map(),
}: {
  steps: readonly WalkStep[];
  registry?: string | undefined;
  client?: PickableClient | undefined;
  evidence?: readonly string[];
  /** question id → the answer the live check's evidence points to */
  suggested?: ReadonlyMap<string, string>;
}) {
  if (steps.length === 0) return null;
  const t = messages.wizard;
  return (
    <nav aria-label={t.trailHeading} className="no-print">
      <h2 className="text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">{t.trailHeading}</h2>
      <ol className="mt-2 space-y-1 text-sm">
        {steps.map((step) => (
          <li key={step.question.id} className="flex flex-wrap items-baseline gap-x-2">
            <span className="text-slate-700 dark:text-slate-300">{step.question.question}</span>
            <span className="font-medium">{step.answer.label}</span>
            <EvidenceTag step={step} suggested={suggested.get(step.question.id)} />
            <Link
              href={wizardHref({ answers: step.answers.slice(0, -1), registry, client, evidence })}
              aria-label={`${t.trailChange}: ${step.question.question}`}
            >
              {t.trailChange}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** "from the live check", or the check's answer when the person chose another. */
function EvidenceTag({ step, suggested }: { step: WalkStep; suggested: string | undefined }) {
  if (!suggested) return null;
  const t = messages.wizard;
  if (suggested === step.answer.id) {
    return (
      <span className="rounded bg-emerald-100 px-1.5 text-xs text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100">
        {t.fromCheck}
      </span>
    );
  }
  const label = step.question.answers.find((answer) => answer.id === suggested)?.label ?? suggested;
  return (
    <span className="rounded bg-amber-100 px-1.5 text-xs text-amber-900 dark:bg-amber-900 dark:text-amber-100">{t.overrode(label)}</span>
  );
}

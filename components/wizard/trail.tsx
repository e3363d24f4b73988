// The answers so far; each links back to its question so one answer can be changed.
import Link from "next/link";
import type { PickableClient } from "@/lib/catalogue/ids";
import { messages } from "@/lib/messages";
import { wizardHref, type WalkStep } from "@/lib/tree/navigate";

export function Trail({ steps, registry, client }: { steps: readonly WalkStep[]; registry?: string | undefined; client?: PickableClient | undefined }) {
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
            <Link href={wizardHref({ answers: step.answers.slice(0, -1), registry, client })} aria-label={`${t.trailChange}: ${step.question.question}`}>
              {t.trailChange}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}

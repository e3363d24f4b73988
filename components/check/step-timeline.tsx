// The check's steps as a waterfall: one row per (hop, step) in the order they finished, each bar
// placed after the ones before it and as long as the step took. Plain list markup underneath, so a
// screen reader reads "Registry · dns · passed · 12 ms — …".
import { messages } from "@/lib/messages";
import type { StepResult } from "@/lib/probe/schema";

const STATUS_STYLE = {
  pass: "bg-emerald-600 dark:bg-emerald-400",
  fail: "bg-red-600 dark:bg-red-400",
  warn: "bg-amber-500 dark:bg-amber-300",
  skip: "bg-slate-300 dark:bg-slate-600",
} as const;

const STATUS_ICON = { pass: "✓", fail: "✗", warn: "!", skip: "–" } as const;

export function StepTimeline({ steps, running }: { steps: readonly StepResult[]; running: boolean }) {
  const t = messages.check;
  const total = Math.max(
    1,
    steps.reduce((sum, step) => sum + step.ms, 0),
  );
  // Each bar starts where the steps before it ended: a running sum, computed before rendering.
  const offsets = steps.map((_, index) => steps.slice(0, index).reduce((sum, step) => sum + step.ms, 0));
  return (
    <section aria-labelledby="steps-heading">
      <h2 id="steps-heading" className="text-xl font-semibold">
        {t.stepsHeading}
      </h2>
      <ol className="mt-3 space-y-2" aria-busy={running}>
        {steps.map((step, index) => {
          const left = ((offsets[index] ?? 0) / total) * 100;
          const width = Math.max(0.5, (step.ms / total) * 100);
          return (
            <li
              key={`${step.hop}-${step.id}`}
              data-step={`${step.hop}:${step.id}`}
              data-status={step.status}
              className="grid gap-1 sm:grid-cols-[16rem_1fr] sm:gap-3"
            >
              <div className="flex items-baseline gap-2 text-sm">
                <span aria-hidden="true" className="w-4 text-center font-bold">
                  {STATUS_ICON[step.status]}
                </span>
                <span className="text-slate-600 dark:text-slate-400">{t.hop[step.hop]}</span>
                <span className="font-mono font-medium">{step.id}</span>
                <span className="sr-only">{t.status[step.status]}</span>
                <span className="ml-auto text-slate-600 tabular-nums dark:text-slate-400">{Math.round(step.ms)} ms</span>
              </div>
              <div>
                <div className="relative h-2 rounded bg-slate-100 dark:bg-slate-800" aria-hidden="true">
                  <div className={`absolute h-2 rounded ${STATUS_STYLE[step.status]}`} style={{ left: `${left}%`, width: `${width}%` }} />
                </div>
                <p className="mt-1 text-sm break-words">
                  <span className="font-mono text-xs text-slate-600 dark:text-slate-400">{step.host}</span> {step.summary}
                </p>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

// The wizard's end: the cause with its fix, why we concluded it (the answers), what else fits the
// same answers and how to tell them apart, and the ticket summary and link to share.
import { CauseLink, CauseView } from "@/components/cause/cause-view";
import { CopyButton } from "@/components/copy-button";
import type { PickableClient } from "@/lib/catalogue/ids";
import type { Cause } from "@/lib/catalogue/schema";
import { clientTitles, messages } from "@/lib/messages";
import type { WalkStep } from "@/lib/tree/navigate";
import { FocusHeading } from "./focus-heading";

export function DiagnosisView({
  cause,
  steps,
  alsoPossible,
  client,
  registry,
  summary,
  link,
  focusKey,
}: {
  cause: Cause;
  steps: readonly WalkStep[];
  alsoPossible: { cause: Cause; tellApart: string }[];
  client?: PickableClient | undefined;
  registry?: string | undefined;
  summary: string;
  link: string;
  focusKey: string;
}) {
  const t = messages.wizard;
  return (
    <section aria-labelledby="question" data-diagnosis={cause.id}>
      <FocusHeading
        id="question"
        focusKey={focusKey}
        className="text-sm font-semibold tracking-wide text-emerald-800 uppercase dark:text-emerald-300"
      >
        {t.diagnosisHeading}
      </FocusHeading>
      <CauseView cause={cause} level={2} defaultClient={client} />

      <h3 className="mt-8 text-xl font-semibold">{t.whyHeading}</h3>
      <p className="mt-2">{t.whyIntro}</p>
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        {steps.map((step) => (
          <li key={step.question.id}>
            {step.question.question} <strong>{step.answer.label}</strong>
          </li>
        ))}
      </ol>

      {alsoPossible.length > 0 ? (
        <>
          <h3 className="mt-8 text-xl font-semibold">{t.alsoPossibleHeading}</h3>
          <p className="mt-2">{t.alsoPossibleIntro}</p>
          <ul className="mt-2 space-y-2" data-also-possible>
            {alsoPossible.map((alt) => (
              <li key={alt.cause.id}>
                <CauseLink id={alt.cause.id} /> — {alt.tellApart}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <section aria-labelledby="share" className="no-print mt-8 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
        <h3 id="share" className="text-xl font-semibold">
          {t.shareHeading}
        </h3>
        <p className="mt-2">{t.shareCarries}</p>
        <ul className="mt-1 list-disc pl-6" data-share-carries>
          <li>{t.shareAnswers(steps.length)}</li>
          {registry ? <li>{t.shareRegistry(registry)}</li> : null}
          {client ? <li>{t.shareClient(clientTitles[client])}</li> : null}
        </ul>
        <p className="mt-1 text-sm">{t.shareNoSecrets}</p>
        <p className="mt-2 font-mono text-sm break-all" data-share-link>
          {link}
        </p>
        <div className="mt-3 flex flex-wrap gap-2">
          <CopyButton text={link} label={t.copyLink} className="text-sm" />
          <CopyButton text={summary} label={t.copySummary} className="text-sm" />
        </div>
        <details className="mt-3">
          <summary className="cursor-pointer text-sm">{t.summaryPreview}</summary>
          <pre
            className="mt-2 max-h-96 overflow-auto rounded bg-slate-100 p-3 text-xs whitespace-pre-wrap dark:bg-slate-900"
            data-ticket-summary
          >
            {summary}
          </pre>
        </details>
      </section>
    </section>
  );
}

"use client";
// The wizard inside a session: the same tree and the same pure navigation as /wizard
// (lib/tree/navigate.ts), but an answer appends a `wizard` event instead of changing the URL, so
// the other side sees the new position. Answers are buttons; focus moves to the next question only
// for the person who answered, never under the other person's hands.
import Link from "next/link";
import { useEffect, useRef } from "react";
import { CommandList } from "@/components/cause/command-list";
import type { CauseId, PickableClient } from "@/lib/catalogue/ids";
import { valuesFor } from "@/lib/catalogue/template";
import { AnswerList } from "@/components/wizard/answer-list";
import { ProgressBar } from "@/components/wizard/progress-bar";
import { messages } from "@/lib/messages";
import { parseRegistryInput } from "@/lib/registry/name";
import { encodeAnswer, progressOf, walk } from "@/lib/tree/navigate";
import { TREE } from "@/lib/tree/tree";
import type { CauseInfo } from "./session-view";

const button =
  "rounded border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-60 dark:border-slate-600 dark:hover:bg-slate-800";

export function SessionWizard({
  answers,
  client,
  registry,
  causes,
  readOnly,
  busy,
  canSettle,
  settled,
  onAnswers,
  onSettle,
}: {
  answers: readonly string[];
  client?: PickableClient | undefined;
  registry?: string | undefined;
  causes: Record<string, CauseInfo>;
  readOnly: boolean;
  busy: boolean;
  canSettle: boolean;
  /** The cause the engineer settled on, if any. */
  settled?: CauseId | undefined;
  onAnswers: (answers: string[]) => void;
  onSettle: (cause: CauseId) => void;
}) {
  const t = messages.sessions.page;
  const w = messages.wizard;
  const current = walk(TREE, answers);
  const used = current.steps.at(-1)?.answers ?? [];
  const progress = progressOf(TREE, current);
  const chosenClient = client ?? current.client;
  const parsed = registry ? parseRegistryInput(registry) : undefined;
  const values = valuesFor(parsed?.ok ? parsed.target : undefined);

  // Focus follows the person who answered: set before posting, honoured when the state catches up.
  const pending = useRef<string | undefined>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  const key = used.join("|");
  useEffect(() => {
    if (pending.current !== undefined && pending.current === key) {
      pending.current = undefined;
      heading.current?.focus();
    }
  }, [key]);

  function go(next: string[]) {
    pending.current = next.join("|");
    onAnswers(next);
  }

  const position = current.position;
  return (
    <div className="space-y-4">
      <div>
        <ProgressBar progress={progress} labelId="session-progress-label" />
      </div>

      {current.steps.length > 0 ? (
        <div>
          <h3 className="text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">{w.trailHeading}</h3>
          <ol className="mt-2 space-y-1 text-sm" data-session-trail>
            {current.steps.map((step) => (
              <li key={step.question.id} className="flex flex-wrap items-baseline gap-x-2">
                <span className="text-slate-700 dark:text-slate-300">{step.question.question}</span>
                <span className="font-medium">{step.answer.label}</span>
                {readOnly ? null : (
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() => go(step.answers.slice(0, -1))}
                    aria-label={`${w.trailChange}: ${step.question.question}`}
                    className="text-blue-700 underline underline-offset-2 disabled:opacity-60 dark:text-sky-300"
                  >
                    {w.trailChange}
                  </button>
                )}
              </li>
            ))}
          </ol>
          {readOnly ? null : (
            <div className="mt-3 flex flex-wrap gap-2">
              <button type="button" className={button} disabled={busy} onClick={() => go(used.slice(0, -1))}>
                ← {w.back}
              </button>
              <button type="button" className={button} disabled={busy} onClick={() => go([])}>
                {w.restart}
              </button>
            </div>
          )}
        </div>
      ) : null}

      {position.kind === "question" ? (
        <section aria-labelledby="session-question" data-node={position.id}>
          <h3 id="session-question" ref={heading} tabIndex={-1} className="text-xl font-bold sm:text-2xl">
            {position.question}
          </h3>
          {position.help ? <p className="mt-2 text-slate-700 dark:text-slate-300">{position.help}</p> : null}
          <AnswerList
            question={position}
            choose={(answer) => ({ onClick: () => go([...used, encodeAnswer(position.id, answer.id)]), disabled: readOnly || busy })}
          />
          {position.whereToLook.length > 0 ? (
            <details className="mt-4 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
              <summary className="cursor-pointer font-medium">{w.whereToLook}</summary>
              <ol className="mt-3 list-decimal space-y-4 pl-6">
                {position.whereToLook.map((step, index) => (
                  <li key={index} className="pl-1">
                    <p>{step.text}</p>
                    {step.where ? (
                      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
                        <span className="font-medium">{messages.cause.where}</span> {step.where}
                      </p>
                    ) : null}
                    <CommandList commands={step.commands} values={values} client={chosenClient} />
                  </li>
                ))}
              </ol>
            </details>
          ) : null}
        </section>
      ) : (
        <section aria-labelledby="session-question" data-diagnosis={position.cause}>
          <p className="text-sm font-semibold tracking-wide text-emerald-800 uppercase dark:text-emerald-300">{t.diagnosisReached}</p>
          <h3 id="session-question" ref={heading} tabIndex={-1} className="text-xl font-bold sm:text-2xl">
            {causes[position.cause]?.title ?? position.cause}
          </h3>
          <p className="mt-2">{causes[position.cause]?.summary}</p>
          <p className="mt-2 flex flex-wrap items-center gap-4">
            <Link href={`/diagnosis/${position.cause}${parsed?.ok ? `?registry=${encodeURIComponent(registry ?? "")}` : ""}`}>
              {t.openDiagnosis}
            </Link>
            {canSettle && settled !== position.cause ? (
              <button type="button" className={button} disabled={busy} onClick={() => onSettle(position.cause)}>
                {t.settle}
              </button>
            ) : null}
          </p>
          {position.alsoPossible.length > 0 ? (
            <>
              <h4 className="mt-4 font-semibold">{w.alsoPossibleHeading}</h4>
              <p className="mt-1 text-sm">{w.alsoPossibleIntro}</p>
              <ul className="mt-2 space-y-2 text-sm">
                {position.alsoPossible.map((alt) => (
                  <li key={alt.cause}>
                    <Link href={`/diagnosis/${alt.cause}`}>{causes[alt.cause]?.title ?? alt.cause}</Link> — {alt.tellApart}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      )}
    </div>
  );
}

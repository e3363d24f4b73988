// A question's answers as the wizard and a session's wizard both show them: each answer's label and
// one-line hint, and the one a live check points to marked. How an answer is chosen is the
// caller's: a link to the next step's URL (/wizard), or a button that tells the session.
import Link from "next/link";
import { messages } from "@/lib/messages";
import type { Answer, QuestionNode } from "@/lib/tree/schema";

export type ChooseAnswer = { href: string } | { onClick: () => void; disabled: boolean };

const option =
  "block rounded-lg border px-4 py-3 text-slate-900 hover:border-blue-700 hover:bg-blue-50 dark:text-slate-100 dark:hover:border-sky-300 dark:hover:bg-slate-900";

export function AnswerList({
  question,
  choose,
  suggestedAnswer,
}: {
  question: QuestionNode;
  choose: (answer: Answer) => ChooseAnswer;
  /** The answer a live check's evidence points to here, pre-selected but overridable. */
  suggestedAnswer?: string | undefined;
}) {
  const t = messages.wizard;
  return (
    <ul aria-label={t.answersLabel} className="mt-4 grid gap-3">
      {question.answers.map((answer) => {
        const suggested = answer.id === suggestedAnswer;
        const border = suggested
          ? "border-emerald-600 ring-2 ring-emerald-600/40 dark:border-emerald-400"
          : "border-slate-300 dark:border-slate-600";
        const how = choose(answer);
        const text = (
          <>
            <span className="font-medium">{answer.label}</span>
            {suggested ? (
              <span className="ml-2 rounded bg-emerald-100 px-1.5 text-xs text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100">
                {t.suggestedByCheck}
              </span>
            ) : null}
            {answer.hint ? (
              <span className="mt-1 block font-mono text-sm break-words text-slate-600 dark:text-slate-400">{answer.hint}</span>
            ) : null}
          </>
        );
        return (
          <li key={answer.id}>
            {"href" in how ? (
              <Link
                href={how.href}
                data-answer={answer.id}
                data-suggested={suggested ? "true" : undefined}
                className={`${option} ${border} no-underline`}
              >
                {text}
              </Link>
            ) : (
              <button
                type="button"
                data-answer={answer.id}
                data-suggested={suggested ? "true" : undefined}
                disabled={how.disabled}
                onClick={how.onClick}
                className={`${option} ${border} w-full text-left disabled:cursor-not-allowed disabled:opacity-70`}
              >
                {text}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}

// One question: what we ask, why, where to look if unsure, and the answers as plain links (so the
// wizard works with the keyboard, without JavaScript, and with the browser's back button).
import Link from "next/link";
import { InstructionList } from "@/components/cause/instruction-list";
import type { PickableClient } from "@/lib/catalogue/ids";
import { messages } from "@/lib/messages";
import { encodeAnswer, wizardHref } from "@/lib/tree/navigate";
import type { QuestionNode } from "@/lib/tree/schema";
import { AnswerList } from "./answer-list";
import { FocusHeading } from "./focus-heading";

export function QuestionView({
  question,
  answers,
  registry,
  client,
  evidence = [],
  suggestedAnswer,
  offerCheck = false,
  focusKey,
}: {
  question: QuestionNode;
  answers: readonly string[];
  registry?: string | undefined;
  client?: PickableClient | undefined;
  evidence?: readonly string[];
  /** The answer a live check's evidence points to here, pre-selected but overridable. */
  suggestedAnswer?: string | undefined;
  /** The live check could answer this question: offer it. */
  offerCheck?: boolean;
  focusKey: string;
}) {
  const t = messages.wizard;
  return (
    <section aria-labelledby="question" data-node={question.id}>
      <FocusHeading id="question" focusKey={focusKey} className="text-2xl font-bold">
        {question.question}
      </FocusHeading>
      {question.help ? <p className="mt-2 text-slate-700 dark:text-slate-300">{question.help}</p> : null}
      <AnswerList
        question={question}
        choose={(answer) => ({
          href: wizardHref({ answers: [...answers, encodeAnswer(question.id, answer.id)], registry, client, evidence }),
        })}
        suggestedAnswer={suggestedAnswer}
      />
      {offerCheck ? (
        <p className="mt-4">
          <Link href={`/check${registry ? `?registry=${encodeURIComponent(registry)}` : ""}`}>{messages.check.offerFromWizard}</Link>
          <span className="text-sm text-slate-600 dark:text-slate-400"> — {t.offerCheckHint}</span>
        </p>
      ) : null}
      {question.whereToLook.length > 0 ? (
        <details className="mt-6 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
          <summary className="cursor-pointer font-medium">{t.whereToLook}</summary>
          <div className="mt-3">
            <InstructionList steps={question.whereToLook} defaultClient={client} />
          </div>
        </details>
      ) : null}
    </section>
  );
}

// One numbered list of steps (confirm, fix or verify), each with where to look, its commands for
// the person's client, and what good and bad output look like.
import { Suspense } from "react";
import type { PickableClient } from "@/lib/catalogue/ids";
import type { Instruction } from "@/lib/catalogue/schema";
import { messages } from "@/lib/messages";
import { CommandList } from "./command-list";
import { LiveCommands } from "./live-commands";

export function InstructionList({ steps, defaultClient }: { steps: readonly Instruction[]; defaultClient?: PickableClient | undefined }) {
  const t = messages.cause;
  return (
    <ol className="list-decimal space-y-4 pl-6">
      {steps.map((step, index) => (
        <li key={index} className="pl-1">
          <p>{step.text}</p>
          {step.where ? (
            <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
              <span className="font-medium">{t.where}</span> {step.where}
            </p>
          ) : null}
          {step.commands.length > 0 ? (
            <Suspense fallback={<CommandList commands={step.commands} values={{}} client={defaultClient} />}>
              <LiveCommands commands={step.commands} defaultClient={defaultClient} />
            </Suspense>
          ) : null}
          {step.good || step.bad ? (
            <dl className="mt-2 grid gap-1 text-sm sm:grid-cols-[auto_1fr] sm:gap-x-2">
              {step.good ? (
                <>
                  <dt className="font-medium text-emerald-800 dark:text-emerald-300">{t.good}</dt>
                  <dd className="break-words">{step.good}</dd>
                </>
              ) : null}
              {step.bad ? (
                <>
                  <dt className="font-medium text-red-800 dark:text-red-300">{t.bad}</dt>
                  <dd className="break-words">{step.bad}</dd>
                </>
              ) : null}
            </dl>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { Suspense } from "react";
import { RegistryField } from "@/components/registry-field";
import { StartSession } from "@/components/sessions/start-session";
import { DiagnosisView } from "@/components/wizard/diagnosis-view";
import { ProgressBar } from "@/components/wizard/progress-bar";
import { QuestionView } from "@/components/wizard/question-view";
import { Trail } from "@/components/wizard/trail";
import { getCause } from "@/lib/catalogue";
import { messages } from "@/lib/messages";
import { parseRegistryInput } from "@/lib/registry/name";
import { renderTicketSummary } from "@/lib/summary";
import { checkCanDecide, evidenceAnswers, progressOf, walk, wizardHref, WizardParamsSchema } from "@/lib/tree/navigate";
import { TREE } from "@/lib/tree/tree";

export const metadata: Metadata = { title: messages.wizard.title, description: messages.wizard.description };

async function origin(): Promise<string> {
  const list = await headers();
  const host = list.get("x-forwarded-host") ?? list.get("host") ?? "localhost:3000";
  const proto = list.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}

export default async function WizardPage({ searchParams }: PageProps<"/wizard">) {
  const raw = await searchParams;
  const parsedParams = WizardParamsSchema.safeParse(raw);
  // A mangled link still opens: anything unreadable is treated as absent.
  const params = parsedParams.success ? parsedParams.data : { a: [], registry: undefined, client: undefined, e: [] };
  const registryTarget = params.registry ? parseRegistryInput(params.registry) : undefined;
  const registry = registryTarget?.ok ? params.registry : undefined;
  const current = walk(TREE, params.a);
  const answers = current.steps.at(-1)?.answers ?? [];
  const client = params.client ?? current.client;
  const progress = progressOf(TREE, current);
  const evidence = params.e;
  const suggested = evidenceAnswers(TREE, evidence);
  const focusKey = answers.join("|");
  const t = messages.wizard;
  const link = `${await origin()}${wizardHref({ answers, registry, client: params.client, evidence })}`;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">{t.title}</h1>
        <StartSession variant="secondary" registry={registry} answers={answers} client={params.client} />
      </div>
      {current.dropped.length > 0 ? (
        <p
          role="status"
          className="rounded border border-amber-400 bg-amber-50 p-3 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
        >
          {t.droppedNotice(current.dropped.length)}
        </p>
      ) : null}
      <Suspense fallback={null}>
        <RegistryField />
      </Suspense>

      <div className="no-print">
        <ProgressBar progress={progress} labelId="progress-label" />
        <div className="mt-3 flex gap-4">
          {answers.length > 0 ? (
            <>
              <Link href={wizardHref({ answers: answers.slice(0, -1), registry, client: params.client, evidence })} rel="prev">
                ← {t.back}
              </Link>
              <Link href={wizardHref({ answers: [], registry, client: params.client })}>{t.restart}</Link>
            </>
          ) : null}
        </div>
      </div>

      <Trail steps={current.steps} registry={registry} client={params.client} evidence={evidence} suggested={suggested} />

      {current.position.kind === "question" ? (
        <QuestionView
          question={current.position}
          answers={answers}
          registry={registry}
          client={params.client}
          evidence={evidence}
          suggestedAnswer={suggested.get(current.position.id)}
          offerCheck={evidence.length === 0 && checkCanDecide(TREE, current.position.id)}
          focusKey={focusKey}
        />
      ) : (
        (() => {
          const cause = getCause(current.position.cause);
          const alsoPossible = current.position.alsoPossible.map((alt) => ({ cause: getCause(alt.cause), tellApart: alt.tellApart }));
          const summary = renderTicketSummary({
            cause,
            answers: current.steps.map((step) => ({ question: step.question.question, answer: step.answer.label })),
            alsoPossible,
            registry: registryTarget?.ok ? registryTarget.target : undefined,
            client,
            link,
            treeVersion: TREE.version,
            generatedAt: new Date(),
          });
          return (
            <DiagnosisView
              cause={cause}
              steps={current.steps}
              alsoPossible={alsoPossible}
              client={client}
              registry={registry}
              summary={summary}
              link={link}
              focusKey={focusKey}
            />
          );
        })()
      )}
    </div>
  );
}

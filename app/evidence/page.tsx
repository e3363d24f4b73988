// /evidence?registry=…&repository=… — the evidence script filled in for that registry, and the box
// its output is pasted into (components/evidence/evidence-panel.tsx). The registry comes from the
// URL, so a link from /check or a support session opens it ready to run.
import type { Metadata } from "next";
import { EvidencePanel } from "@/components/evidence/evidence-panel";
import { TextField } from "@/components/text-field";
import { CAUSES } from "@/lib/catalogue";
import { planScript } from "@/lib/evidence/script";
import { messages } from "@/lib/messages";
import { sentenceFor } from "@/lib/validation";

export const metadata: Metadata = { title: messages.evidence.title, description: messages.evidence.description };

type SearchParams = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

export default async function EvidencePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const raw = await searchParams;
  const t = messages.evidence;
  const registry = one(raw.registry) ?? "";
  const repository = one(raw.repository);
  const reference = one(raw.tag);
  const plan = registry ? planScript({ registry, repository, reference }) : undefined;
  const problem = plan && !plan.ok ? t.badRegistry(sentenceFor(plan.problems)) : undefined;
  const causeTitles = Object.fromEntries(CAUSES.map((cause) => [cause.id, cause.title]));

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p>{t.intro}</p>
      <form
        method="get"
        action="/evidence"
        className="space-y-4 rounded-lg border border-slate-200 p-4 dark:border-slate-700"
        aria-labelledby="evidence-form-heading"
      >
        <h2 id="evidence-form-heading" className="text-lg font-semibold">
          {t.formHeading}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            id="evidence-registry"
            name="registry"
            label={t.formRegistry}
            hint={t.formRegistryHint}
            problem={problem}
            alertProblem
            defaultValue={registry}
            required
            placeholder="myregistry.azurecr.io"
          />
          <TextField
            id="evidence-repository"
            name="repository"
            label={t.formRepository}
            hint={t.formRepositoryHint}
            defaultValue={repository ?? ""}
            placeholder="team/app"
          />
        </div>
        <button
          type="submit"
          className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 dark:bg-sky-300 dark:text-slate-950"
        >
          {t.formSubmit}
        </button>
      </form>
      {plan?.ok ? (
        <EvidencePanel
          key={plan.fileName + (repository ?? "")}
          script={plan.script}
          fileName={plan.fileName}
          what={plan.what}
          registry={registry}
          repository={repository}
          causeTitles={causeTitles}
        />
      ) : null}
    </div>
  );
}

// /evidence?registry=…&repository=… — the evidence script filled in for that registry, and the box
// its output is pasted into (components/evidence/evidence-panel.tsx). The registry comes from the
// URL, so a link from /check or a support session opens it ready to run.
import type { Metadata } from "next";
import { EvidencePanel } from "@/components/evidence/evidence-panel";
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
  const input = "mt-1 w-full rounded border border-slate-400 bg-white px-3 py-2 font-mono text-sm dark:border-slate-500 dark:bg-slate-900";

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
          <div>
            <label htmlFor="evidence-registry" className="block font-medium">
              {t.formRegistry}
            </label>
            <p id="evidence-registry-hint" className="text-sm text-slate-600 dark:text-slate-400">
              {t.formRegistryHint}
            </p>
            <input
              id="evidence-registry"
              name="registry"
              defaultValue={registry}
              required
              placeholder="myregistry.azurecr.io"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              aria-describedby={problem ? "evidence-registry-hint evidence-registry-error" : "evidence-registry-hint"}
              aria-invalid={problem ? true : undefined}
              className={input}
            />
            {problem ? (
              <p id="evidence-registry-error" role="alert" className="mt-1 text-sm text-red-700 dark:text-red-300">
                {problem}
              </p>
            ) : null}
          </div>
          <div>
            <label htmlFor="evidence-repository" className="block font-medium">
              {t.formRepository}
            </label>
            <p id="evidence-repository-hint" className="text-sm text-slate-600 dark:text-slate-400">
              {t.formRepositoryHint}
            </p>
            <input
              id="evidence-repository"
              name="repository"
              defaultValue={repository ?? ""}
              placeholder="team/app"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              aria-describedby="evidence-repository-hint"
              className={input}
            />
          </div>
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

import { hostname } from "node:os";
import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Suspense } from "react";
import { CheckForm } from "@/components/check/check-form";
import { getCause } from "@/lib/catalogue";
import { PROBE_CAUSE_IDS } from "@/lib/catalogue/ids";
import { messages } from "@/lib/messages";
import { answersToCause } from "@/lib/tree/navigate";
import { TREE } from "@/lib/tree/tree";

export const metadata: Metadata = { title: messages.check.title, description: messages.check.description };

export default async function CheckPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // Rendered per request: the page names the server the check runs from.
  await connection();
  const t = messages.check;
  // The same registry (and repository), seen from the customer's machine instead.
  const query = new URLSearchParams();
  for (const name of ["registry", "repository", "tag"]) {
    const value = (await searchParams)[name];
    if (typeof value === "string" && value.trim() !== "") query.set(name, value.trim());
  }
  const evidenceHref = `/evidence${query.size > 0 ? `?${query.toString()}` : ""}`;
  // The island gets only what it shows: titles and wizard paths of the causes a check can name.
  const causeTitles = Object.fromEntries(PROBE_CAUSE_IDS.map((id) => [id, getCause(id).title]));
  const wizardPaths = Object.fromEntries(PROBE_CAUSE_IDS.map((id) => [id, answersToCause(TREE, id) ?? []]));
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p>{t.intro}</p>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {t.vantage(hostname())} {t.vantageLimit}{" "}
        <Link href={evidenceHref} title={messages.evidence.linkFromCheckHint}>
          {messages.evidence.linkFromCheck}
        </Link>
      </p>
      <Suspense fallback={null}>
        <CheckForm causeTitles={causeTitles} wizardPaths={wizardPaths} />
      </Suspense>
    </div>
  );
}

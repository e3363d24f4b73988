import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { CarryLink } from "@/components/carry-link";
import { CauseView } from "@/components/cause/cause-view";
import { RegistryField } from "@/components/registry-field";
import { findCause } from "@/lib/catalogue";
import { CAUSE_IDS } from "@/lib/catalogue/ids";
import { messages } from "@/lib/messages";
import { answersToCause, wizardHref } from "@/lib/tree/navigate";
import { TREE } from "@/lib/tree/tree";

// One static page per cause; an unknown id is a 404 with suggestions (app/not-found.tsx).
export const dynamicParams = false;

export function generateStaticParams() {
  return CAUSE_IDS.map((causeId) => ({ causeId }));
}

export async function generateMetadata({ params }: PageProps<"/diagnosis/[causeId]">): Promise<Metadata> {
  const { causeId } = await params;
  const cause = findCause(causeId);
  if (!cause) return {};
  return {
    title: cause.title,
    description: cause.summary,
    alternates: { canonical: `/diagnosis/${cause.id}` },
    openGraph: { title: cause.title, description: cause.summary, type: "article", url: `/diagnosis/${cause.id}` },
    twitter: { card: "summary", title: cause.title, description: cause.summary },
  };
}

export default async function DiagnosisPage({ params }: PageProps<"/diagnosis/[causeId]">) {
  const { causeId } = await params;
  const cause = findCause(causeId);
  if (!cause) notFound();
  const answers = answersToCause(TREE, cause.id) ?? [];
  const wizardLink = wizardHref({ answers });
  return (
    <div className="space-y-6">
      <Suspense fallback={null}>
        <RegistryField />
      </Suspense>
      <CauseView cause={cause} level={1} />
      <p className="no-print">
        <Suspense fallback={<a href={wizardLink}>{messages.cause.startWizard}</a>}>
          <CarryLink
            href={wizardLink}
            className="inline-block rounded bg-blue-700 px-4 py-2 font-medium text-white no-underline hover:bg-blue-800 dark:bg-sky-300 dark:text-slate-950"
          >
            {messages.cause.startWizard}
          </CarryLink>
        </Suspense>
      </p>
    </div>
  );
}

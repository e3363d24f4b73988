import type { Metadata } from "next";
import { DiagnosisSearch, type DiagnosisEntry } from "@/components/diagnoses/diagnosis-search";
import { CAUSES } from "@/lib/catalogue";
import { CAUSE_GROUPS } from "@/lib/catalogue/ids";
import { groupTitles, messages } from "@/lib/messages";

export const metadata: Metadata = {
  title: messages.diagnoses.title,
  description: messages.diagnoses.description,
};

export default function DiagnosisIndexPage() {
  // The search island gets only what it shows and searches: no fixes, no commands.
  const entries: DiagnosisEntry[] = CAUSES.map((cause) => ({
    id: cause.id,
    title: cause.title,
    summary: cause.summary,
    group: cause.group,
    searchText: [cause.id, cause.title, cause.summary, ...cause.symptoms, ...cause.errorTexts].join("\n").toLowerCase(),
  }));
  const groups = CAUSE_GROUPS.map((id) => ({ id, title: groupTitles[id] }));
  return (
    <div>
      <h1 className="text-3xl font-bold">{messages.diagnoses.title}</h1>
      <p className="mt-2">{messages.diagnoses.description}</p>
      <DiagnosisSearch entries={entries} groups={groups} />
    </div>
  );
}

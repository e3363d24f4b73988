// /s/<code>/print — the session's transcript laid out for paper (the engineer's; the customer gets
// a sentence). Same model as the Markdown and JSON exports.
import type { Metadata } from "next";
import Link from "next/link";
import { lookupSession, safeDecode } from "@/components/sessions/load-session";
import { PrintButton } from "@/components/sessions/print-button";
import { requestOrigin } from "@/components/sessions/request-origin";
import { SessionMissing } from "@/components/sessions/session-missing";
import { TranscriptView } from "@/components/sessions/transcript-view";
import { messages } from "@/lib/messages";
import { transcriptJson } from "@/lib/sessions/transcript";
import { TREE } from "@/lib/tree/tree";
import packageJson from "@/package.json";

export async function generateMetadata({ params }: PageProps<"/s/[code]/print">): Promise<Metadata> {
  const { code } = await params;
  return { title: messages.sessions.print.title(safeDecode(code).toUpperCase().slice(0, 11)), robots: { index: false } };
}

export default async function PrintPage({ params }: PageProps<"/s/[code]/print">) {
  const typed = safeDecode((await params).code);
  const lookup = await lookupSession(typed);
  if (lookup.kind !== "found") return <SessionMissing lookup={lookup} typed={typed} />;
  const t = messages.sessions.print;
  const back = (
    <Link href={`/s/${lookup.code}`} className="no-print">
      {t.back}
    </Link>
  );
  if (lookup.viewer !== "engineer") {
    return (
      <div className="space-y-4">
        <h1 className="text-3xl font-bold">{t.title(lookup.code)}</h1>
        <p>{t.onlyEngineer}</p>
        {back}
      </div>
    );
  }
  const transcript = transcriptJson(lookup.state, {
    appVersion: packageJson.version,
    treeVersion: TREE.version,
    link: `${await requestOrigin()}/s/${lookup.code}`,
  });
  return (
    <div className="space-y-4">
      <p className="no-print flex flex-wrap items-center gap-4">
        <PrintButton />
        {back}
      </p>
      <TranscriptView transcript={transcript} />
    </div>
  );
}

// /s/<code> — a support session both sides share. The server reads the state and who is looking
// (the engineer's cookie); the live view takes it from there (components/sessions/session-view).
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CopyButton } from "@/components/copy-button";
import { lookupSession, safeDecode } from "@/components/sessions/load-session";
import { requestOrigin } from "@/components/sessions/request-origin";
import { SessionMissing } from "@/components/sessions/session-missing";
import { SessionView, type CauseInfo } from "@/components/sessions/session-view";
import { CAUSES } from "@/lib/catalogue";
import { messages } from "@/lib/messages";

export async function generateMetadata({ params }: PageProps<"/s/[code]">): Promise<Metadata> {
  const { code } = await params;
  return { title: messages.sessions.page.title(safeDecode(code).toUpperCase().slice(0, 11)), robots: { index: false } };
}

export default async function SessionPage({ params }: PageProps<"/s/[code]">) {
  const typed = safeDecode((await params).code);
  const lookup = await lookupSession(typed);
  if (lookup.kind !== "found") return <SessionMissing lookup={lookup} typed={typed} />;
  if (lookup.code !== typed) redirect(`/s/${lookup.code}`);

  const { code, state, viewer } = lookup;
  const t = messages.sessions.page;
  const origin = await requestOrigin();
  const link = `${origin}/s/${code}`;
  // The island gets only what it shows of the catalogue: each cause's title and one-line summary.
  const causes: Record<string, CauseInfo> = Object.fromEntries(
    CAUSES.map((cause) => [cause.id, { title: cause.title, summary: cause.summary }]),
  );
  const exportLinks =
    viewer === "engineer"
      ? {
          markdown: `/api/sessions/${code}/transcript?format=md`,
          json: `/api/sessions/${code}/transcript?format=json`,
          print: `/s/${code}/print`,
        }
      : undefined;

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">
          {t.heading} <span className="font-mono whitespace-nowrap">{code}</span>
        </h1>
        <p className="text-slate-700 dark:text-slate-300" data-you-are={viewer}>
          {t.youAre[viewer]}
        </p>
      </header>

      {viewer === "engineer" ? (
        <section
          aria-labelledby="share-heading"
          className="no-print rounded-lg border border-blue-200 bg-blue-50 p-4 dark:border-sky-900 dark:bg-slate-900"
        >
          <h2 id="share-heading" className="sr-only">
            {t.codeLabel}
          </h2>
          <p className="font-mono text-3xl font-bold tracking-widest sm:text-4xl" data-session-code>
            {code}
          </p>
          <p className="mt-2">
            {t.share} <span className="font-mono break-all">{origin}/join</span> {t.shareOr}
          </p>
          <p className="mt-1 font-mono text-sm break-all" data-session-link>
            {link}
          </p>
          <div className="mt-3 flex flex-wrap gap-2">
            <CopyButton text={code} label={t.copyCode} className="text-sm" />
            <CopyButton text={link} label={t.copyLink} className="text-sm" />
          </div>
        </section>
      ) : null}

      <SessionView initial={state} viewer={viewer} causes={causes} exportLinks={exportLinks} />
    </div>
  );
}

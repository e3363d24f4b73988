"use client";
// "Paste your error": sends the text to /api/match and shows the ranked causes, each with the
// fragment that matched highlighted in context, why it points there, and one click onwards.
// The text stays in the box whatever happens.
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { TextForm } from "@/components/text-form";
import { messages } from "@/lib/messages";
import type { MatchResponse } from "@/lib/matcher/response-schema";

async function postMatch(text: string): Promise<MatchResponse> {
  const response = await fetch("/api/match", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ text }),
  });
  const body: unknown = await response.json().catch(() => ({}));
  if (!response.ok) {
    const message = typeof body === "object" && body !== null && "error" in body ? String(body.error) : messages.home.requestFailed;
    throw new Error(message);
  }
  return body as MatchResponse;
}

function Excerpt({ text, start, end }: { text: string; start: number; end: number }) {
  // A line or two of context around the match, so the person sees where it came from.
  const from = Math.max(0, text.lastIndexOf("\n", Math.max(0, start - 1)) + 1);
  const lineEnd = text.indexOf("\n", end);
  const to = lineEnd === -1 ? text.length : lineEnd;
  const before = text.slice(Math.max(from, start - 160), start);
  const after = text.slice(end, Math.min(to, end + 160));
  return (
    <pre className="mt-2 overflow-x-auto rounded bg-slate-100 p-2 text-sm break-all whitespace-pre-wrap dark:bg-slate-900">
      <code>
        {before}
        <mark className="rounded bg-amber-200 px-0.5 text-slate-950 dark:bg-amber-400">{text.slice(start, end)}</mark>
        {after}
      </code>
    </pre>
  );
}

export function PasteError() {
  const t = messages.home;
  const mutation = useMutation({ mutationFn: postMatch });
  return (
    <TextForm
      label={t.pasteLabel}
      name="text"
      rows={8}
      verbatim
      placeholder={t.pastePlaceholder}
      submitLabel={t.pasteSubmit}
      workingLabel={t.pasteWorking}
      emptyMessage={t.pasteEmpty}
      busy={mutation.isPending}
      error={mutation.isError ? mutation.error.message : undefined}
      onSend={(text) => mutation.mutate(text)}
    >
      {mutation.data ? <Results result={mutation.data} /> : null}
    </TextForm>
  );
}

function Results({ result }: { result: MatchResponse }) {
  const t = messages.home;
  return (
    <div data-match-results>
      {result.redactions > 0 ? <p className="text-sm text-slate-700 dark:text-slate-300">{t.pasteRedacted(result.redactions)}</p> : null}
      {result.matches.length === 0 ? (
        <p>
          {t.pasteNoMatch} <Link href="/wizard">{t.wizardStart}</Link>
        </p>
      ) : (
        <>
          <h3 className="mt-2 text-xl font-semibold">{t.pasteResultsHeading}</h3>
          <ol className="mt-2 space-y-4">
            {result.matches.map((match) => (
              <li key={match.causeId} data-cause={match.causeId} className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <Link href={match.href} className="text-lg font-semibold">
                    {match.title}
                  </Link>
                  <span className="text-sm text-slate-600 dark:text-slate-400">{t.score(match.score)}</span>
                </div>
                <p className="mt-1 text-sm">
                  <span className="font-medium">{t.why}:</span> {match.why}
                </p>
                <p className="mt-2 text-sm font-medium">{t.matchedText}</p>
                <Excerpt text={result.redactedText} start={match.start} end={match.end} />
                {match.tellApart ? (
                  <p className="mt-2 text-sm">
                    <span className="font-medium">{t.tellApart}:</span> {match.tellApart}
                  </p>
                ) : null}
                <p className="mt-2 flex flex-wrap gap-4 text-sm">
                  <Link href={match.href}>{t.openDiagnosis}</Link>
                  {match.wizardHref ? <Link href={match.wizardHref}>{t.openInWizard}</Link> : null}
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
      {result.ignored.length > 0 ? (
        <details className="mt-4">
          <summary className="cursor-pointer text-sm">{t.pasteIgnored}</summary>
          <ul className="mt-2 list-disc pl-6 text-sm">
            {result.ignored.map((item, index) => (
              <li key={index}>
                <code>{item.fragment}</code> — {item.why}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

// The transcript as a printable page: the same model the Markdown and JSON exports are made from
// (lib/sessions/transcript.ts), laid out for paper — black on white whatever the screen's colour
// scheme, long lines wrapped, entries kept whole across page breaks, no navigation
// (the site header and footer are hidden while this page is shown).
import { clientTitles, messages } from "@/lib/messages";
import type { Transcript, TranscriptEntry } from "@/lib/sessions/transcript";

const PRINT_CSS = `
body > header, body > footer { display: none !important; }
@page { margin: 14mm; }
@media print {
  body { background: #fff !important; color: #000 !important; }
  [data-transcript] * { color: #000 !important; background: transparent !important; border-color: #999 !important; }
  main { padding: 0 !important; max-width: none !important; }
}`;

function host(entry: Extract<TranscriptEntry, { kind: "check" }>): string {
  return `${entry.target.host}${entry.target.port === 443 || entry.target.port === 80 ? "" : `:${entry.target.port}`}`;
}

function Entry({ entry }: { entry: TranscriptEntry }) {
  const e = messages.transcript.event;
  const c = messages.check;
  switch (entry.kind) {
    case "registry":
      return <p>{entry.registry === "" ? e.registryCleared : e.registry(entry.registry)}</p>;
    case "wizard": {
      const what =
        entry.change === "answered" && entry.answered
          ? e.answered(entry.answered.question, entry.answered.answer)
          : entry.change === "restart"
            ? e.restarted
            : entry.change === "back"
              ? e.wentBack(entry.answers.length)
              : e.changed(entry.answers.length);
      const where = entry.position.kind === "question" ? e.nowAt(entry.position.question) : e.reached(entry.position.cause.title);
      return (
        <p>
          {what} {where}
        </p>
      );
    }
    case "check":
      return (
        <div>
          <p>{e.check(host(entry), messages.transcript.verdict[entry.verdict])}</p>
          <p>
            {e.vantage(
              messages.transcript.vantageKind[entry.vantage.kind],
              entry.vantage.name,
              entry.vantage.version,
              entry.vantage.seenAs,
            )}
          </p>
          <ul className="mt-1 list-disc pl-5 text-sm">
            {entry.steps.map((step, index) => (
              <li key={index}>
                {c.hop[step.hop]} <span className="font-mono">{step.id}</span> {c.status[step.status]} ({step.ms} ms,{" "}
                <span className="font-mono break-all">{step.host}</span>): {step.summary}
              </li>
            ))}
            {entry.findings.map((finding) => (
              <li key={finding.cause.id}>
                {e.finding(`${finding.cause.title} (${finding.cause.id})`, c.confidence[finding.confidence])}: {finding.summary}
              </li>
            ))}
            {entry.warnings.map((warning, index) => (
              <li key={`w${index}`}>
                {e.warning}: {warning}
              </li>
            ))}
          </ul>
        </div>
      );
    case "paste":
      return (
        <div>
          <p>{e.paste(entry.redactions)}</p>
          <pre className="mt-1 border p-2 text-xs break-all whitespace-pre-wrap">{entry.text}</pre>
          {entry.matches.length === 0 ? <p className="text-sm">{e.noMatch}</p> : null}
          <ul className="mt-1 list-disc pl-5 text-sm">
            {entry.matches.slice(0, 3).map((match) => (
              <li key={match.cause.id}>
                {e.match(`${match.cause.title} (${match.cause.id})`, Math.round(match.score * 100))}:{" "}
                <code className="break-all">{match.fragment}</code> — {match.why}
              </li>
            ))}
          </ul>
        </div>
      );
    case "note":
      return (
        <div>
          <p className="sr-only">{e.note}</p>
          <p className="whitespace-pre-wrap">{entry.text}</p>
        </div>
      );
    case "evidence":
      return (
        <div>
          <p>{e.evidence}</p>
          <pre className="mt-1 border p-2 text-xs break-all whitespace-pre-wrap">{entry.document}</pre>
        </div>
      );
    case "diagnosis":
      return (
        <div>
          <p>{e.diagnosis(`${entry.cause.title} (${entry.cause.id})`)}</p>
          {entry.note ? <p className="whitespace-pre-wrap">{entry.note}</p> : null}
        </div>
      );
    case "end":
      return <p>{e.end}</p>;
  }
}

export function TranscriptView({ transcript }: { transcript: Transcript }) {
  const t = messages.transcript;
  const s = transcript.session;
  const d = transcript.diagnosis;
  return (
    <article data-transcript className="space-y-6 text-slate-900 dark:text-slate-100 print:text-sm">
      <style>{PRINT_CSS}</style>
      <header>
        <h1 className="text-2xl font-bold">{messages.sessions.print.title(s.code)}</h1>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-semibold">{t.sessionLabel}</dt>
          <dd>
            <span className="font-mono">{s.code}</span> · {t.started(s.createdAt)} ·{" "}
            {s.endedAt ? t.endedAt(s.endedAt) : t.openUntil(s.expiresAt)}
          </dd>
          <dt className="font-semibold">{t.registryLabel}</dt>
          <dd className="font-mono break-all">{transcript.registry ?? t.notGiven}</dd>
          <dt className="font-semibold">{t.clientLabel}</dt>
          <dd>{transcript.client ? clientTitles[transcript.client] : t.notGiven}</dd>
          <dt className="font-semibold">{t.diagnosisLabel}</dt>
          <dd>{d ? `${d.cause.title} (${d.cause.id})` : t.notSettled}</dd>
          <dt className="font-semibold">{t.linkLabel}</dt>
          <dd className="break-all">{s.link}</dd>
          <dt className="font-semibold">{t.versionsLabel}</dt>
          <dd>{t.versions(transcript.app.version, transcript.tree.version)}</dd>
        </dl>
      </header>

      {d ? (
        <section aria-labelledby="t-diagnosis" className="break-inside-avoid">
          <h2 id="t-diagnosis" className="text-xl font-semibold">
            {t.diagnosisHeading}
          </h2>
          <p className="mt-1">
            <strong>
              {d.cause.title} ({d.cause.id})
            </strong>{" "}
            — {d.source === "engineer" && d.at ? t.settledBy(d.at) : t.reachedByWizard}
          </p>
          <p className="mt-1">{d.cause.summary}</p>
          {d.note ? <p className="mt-1 whitespace-pre-wrap">{d.note}</p> : null}
          {d.alternatives.length > 0 ? (
            <>
              <h3 className="mt-3 font-semibold">{t.alternativesHeading}</h3>
              <ul className="mt-1 list-disc pl-5 text-sm">
                {d.alternatives.map((alt) => (
                  <li key={alt.cause.id}>
                    {alt.cause.title} ({alt.cause.id}): {alt.why}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="t-answers" className="break-inside-avoid">
        <h2 id="t-answers" className="text-xl font-semibold">
          {t.answersHeading}
        </h2>
        {transcript.answers.length === 0 ? (
          <p className="mt-1">{t.noAnswersYet}</p>
        ) : (
          <ol className="mt-1 list-decimal pl-6">
            {transcript.answers.map((pair, index) => (
              <li key={index}>
                {pair.question} — <strong>{pair.answer}</strong>
              </li>
            ))}
          </ol>
        )}
        {transcript.position.kind === "question" ? <p className="mt-1">{t.openQuestion(transcript.position.question)}</p> : null}
      </section>

      <section aria-labelledby="t-timeline">
        <h2 id="t-timeline" className="text-xl font-semibold">
          {t.timelineHeading}
        </h2>
        {transcript.timeline.length === 0 ? <p className="mt-1">{t.emptyTimeline}</p> : null}
        <ol className="mt-2 space-y-3">
          {transcript.timeline.map((entry) => (
            <li key={entry.id} className="break-inside-avoid border-l-2 border-slate-400 pl-3" data-entry={entry.kind}>
              <p className="text-sm">
                <time dateTime={entry.at} className="font-mono">
                  {entry.at}
                </time>{" "}
                · <strong>{messages.sessions.author[entry.author]}</strong>
              </p>
              <Entry entry={entry} />
            </li>
          ))}
        </ol>
      </section>

      <p className="text-sm italic">{t.footer(transcript.app.version, transcript.tree.version, transcript.generatedAt)}</p>
    </article>
  );
}

// The session's timeline: every event, oldest first, with who did it and when (UTC). Sentences
// are the transcript's (messages.transcript.event), so the page and the exported Markdown say the
// same thing. Hook-free: rendered inside the live view, it follows the state it is given.
import Link from "next/link";
import type { CauseId } from "@/lib/catalogue/ids";
import { messages } from "@/lib/messages";
import type { Author, SessionEvent } from "@/lib/sessions/schema";
import { walk } from "@/lib/tree/navigate";
import { TREE } from "@/lib/tree/tree";
import type { CauseInfo } from "./session-view";

/** 2025-03-01T09:30:00.123Z → 2025-03-01 09:30:00 */
export function utcText(iso: string): string {
  return new Date(iso)
    .toISOString()
    .replace("T", " ")
    .replace(/\.\d+Z$/, "")
    .replace(/Z$/, "");
}

/** One plain sentence for an event, for the screen-reader announcement of the other side's changes. */
export function eventSentence(event: SessionEvent, title: (id: string) => string): string {
  const e = messages.transcript.event;
  const body = event.event;
  switch (body.kind) {
    case "registry":
      return body.registry === "" ? e.registryCleared : e.registry(body.registry);
    case "wizard": {
      const position = walk(TREE, body.answers).position;
      return position.kind === "question" ? e.nowAt(position.question) : e.reached(title(position.cause));
    }
    case "check":
      return e.check(body.report.target.host, messages.transcript.verdict[body.report.verdict]);
    case "paste":
      return messages.sessions.page.pasted;
    case "note":
      return `${e.note} ${body.text}`;
    case "evidence":
      return e.evidence;
    case "diagnosis":
      return e.diagnosis(title(body.causeId));
    case "end":
      return e.end;
  }
}

const button =
  "rounded border border-slate-300 px-2 py-1 text-xs font-medium hover:bg-slate-100 disabled:opacity-60 dark:border-slate-600 dark:hover:bg-slate-800";

export function SessionTimeline({
  events,
  viewer,
  causes,
  canSettle,
  busy,
  onSettle,
}: {
  events: readonly SessionEvent[];
  viewer: Author;
  causes: Record<string, CauseInfo>;
  canSettle: boolean;
  busy: boolean;
  onSettle: (cause: CauseId) => void;
}) {
  const t = messages.sessions.page;
  if (events.length === 0) return <p className="text-slate-700 dark:text-slate-300">{t.timelineEmpty}</p>;
  const title = (id: string) => causes[id]?.title ?? id;
  // Each wizard event is told against the answers before it ("answered", "went back", …).
  const items = events.reduce<{ list: { event: SessionEvent; before: readonly string[] }[]; answers: readonly string[] }>(
    (acc, event) => ({
      list: [...acc.list, { event, before: acc.answers }],
      answers: event.event.kind === "wizard" ? event.event.answers : acc.answers,
    }),
    { list: [], answers: [] },
  ).list;
  return (
    <ol className="space-y-3" data-timeline>
      {items.map(({ event, before }) => (
        <li
          key={event.id}
          data-event={event.event.kind}
          data-author={event.author}
          className={`rounded-lg border-l-4 bg-slate-50 p-3 dark:bg-slate-900 ${event.author === "engineer" ? "border-blue-700 dark:border-sky-400" : "border-emerald-700 dark:border-emerald-400"}`}
        >
          <p className="flex flex-wrap items-baseline gap-x-2 text-sm text-slate-700 dark:text-slate-300">
            <time dateTime={event.at} className="font-mono tabular-nums">
              {messages.sessions.utc(utcText(event.at))}
            </time>
            <span className="font-semibold text-slate-900 dark:text-slate-100">{messages.sessions.author[event.author]}</span>
            {event.author === viewer ? <span>{t.you}</span> : null}
          </p>
          <div className="mt-1 break-words">
            <EventBody event={event} before={before} title={title} canSettle={canSettle} busy={busy} onSettle={onSettle} />
          </div>
        </li>
      ))}
    </ol>
  );
}

function EventBody({
  event,
  before,
  title,
  canSettle,
  busy,
  onSettle,
}: {
  event: SessionEvent;
  before: readonly string[];
  title: (id: string) => string;
  canSettle: boolean;
  busy: boolean;
  onSettle: (cause: CauseId) => void;
}) {
  const e = messages.transcript.event;
  const t = messages.sessions.page;
  const c = messages.check;
  const body = event.event;
  switch (body.kind) {
    case "registry":
      return <p>{body.registry === "" ? e.registryCleared : e.registry(body.registry)}</p>;
    case "wizard": {
      const current = walk(TREE, body.answers);
      const last = current.steps.at(-1);
      const grew = body.answers.length === before.length + 1 && before.every((answer, index) => body.answers[index] === answer);
      const shrank = body.answers.length < before.length && body.answers.every((answer, index) => before[index] === answer);
      const what =
        body.answers.length === 0
          ? e.restarted
          : grew && last
            ? e.answered(last.question.question, last.answer.label)
            : shrank
              ? e.wentBack(current.steps.length)
              : e.changed(current.steps.length);
      const where = current.position.kind === "question" ? e.nowAt(current.position.question) : e.reached(title(current.position.cause));
      return (
        <p>
          {what} <span className="text-slate-700 dark:text-slate-300">{where}</span>
        </p>
      );
    }
    case "check": {
      const report = body.report;
      const host = `${report.target.host}${report.target.port === 443 || report.target.port === 80 ? "" : `:${report.target.port}`}`;
      return (
        <div data-check-verdict={report.verdict}>
          <p className="font-medium">{e.check(host, messages.transcript.verdict[report.verdict])}</p>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            {e.vantage(
              messages.transcript.vantageKind[report.vantage.kind],
              report.vantage.name,
              report.vantage.version,
              report.vantage.seenAs,
            )}
          </p>
          {report.findings.length > 0 ? (
            <ul className="mt-2 space-y-1 text-sm">
              {report.findings.map((finding) => (
                <li key={finding.causeId} data-finding={finding.causeId}>
                  <Link href={`/diagnosis/${finding.causeId}`}>{title(finding.causeId)}</Link> ({c.confidence[finding.confidence]}) —{" "}
                  {finding.summary}
                  {canSettle ? (
                    <>
                      {" "}
                      <button type="button" className={button} disabled={busy} onClick={() => onSettle(finding.causeId)}>
                        {t.settle}
                      </button>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
          <details className="mt-2 text-sm">
            <summary className="cursor-pointer">{t.checkSteps(report.steps.length)}</summary>
            <ol className="mt-2 space-y-1">
              {report.steps.map((step, index) => (
                <li key={index} data-step={`${step.hop}:${step.id}`} data-status={step.status}>
                  <span className="text-slate-700 dark:text-slate-300">{c.hop[step.hop]}</span> <span className="font-mono">{step.id}</span>{" "}
                  <strong>{c.status[step.status]}</strong> <span className="tabular-nums">({Math.round(step.ms)} ms)</span>{" "}
                  <span className="font-mono text-xs break-all">{step.host}</span> — {step.summary}
                </li>
              ))}
            </ol>
          </details>
        </div>
      );
    }
    case "paste": {
      const matches = "matches" in body && Array.isArray(body.matches) ? body.matches : [];
      const redactions = "redactions" in body && typeof body.redactions === "number" ? body.redactions : 0;
      return (
        <div data-paste>
          <p className="font-medium">{t.pasted}</p>
          {redactions > 0 ? <p className="text-sm text-slate-700 dark:text-slate-300">{t.redacted(redactions)}</p> : null}
          <pre className="mt-2 max-h-48 overflow-auto rounded bg-white p-2 text-xs break-all whitespace-pre-wrap dark:bg-slate-950">
            <code>{body.text}</code>
          </pre>
          {matches.length === 0 ? (
            <p className="mt-2 text-sm">{t.noMatch}</p>
          ) : (
            <>
              <p className="mt-2 text-sm font-medium">{t.likelyCauses}</p>
              <ol className="mt-1 space-y-2 text-sm">
                {matches.slice(0, 3).map((match) => (
                  <li key={match.causeId} data-cause={match.causeId}>
                    <Link href={match.href} className="font-semibold">
                      {match.title}
                    </Link>{" "}
                    <span className="text-slate-600 dark:text-slate-400">{messages.home.score(match.score)}</span>
                    {canSettle ? (
                      <>
                        {" "}
                        <button type="button" className={button} disabled={busy} onClick={() => onSettle(match.causeId)}>
                          {t.settle}
                        </button>
                      </>
                    ) : null}
                    <br />
                    <code className="rounded bg-amber-100 px-1 text-slate-950 dark:bg-amber-300">{match.fragment}</code> — {match.why}
                  </li>
                ))}
              </ol>
            </>
          )}
        </div>
      );
    }
    case "note":
      return (
        <div data-note>
          <p className="sr-only">{e.note}</p>
          <p className="whitespace-pre-wrap">{body.text}</p>
        </div>
      );
    case "evidence":
      return (
        <details>
          <summary className="cursor-pointer">{e.evidence}</summary>
          <pre className="mt-2 max-h-64 overflow-auto text-xs break-all whitespace-pre-wrap">
            <code>{JSON.stringify(body.document, null, 2)}</code>
          </pre>
        </details>
      );
    case "diagnosis":
      return (
        <div data-settled={body.causeId}>
          <p className="font-medium">{e.diagnosis(title(body.causeId))}</p>
          {body.note ? <p className="whitespace-pre-wrap">{body.note}</p> : null}
        </div>
      );
    case "end":
      return <p className="font-medium">{e.end}</p>;
  }
}

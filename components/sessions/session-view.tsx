"use client";
// The live part of /s/<code>: everything both sides see and change — the registry, the wizard,
// pasted errors, live checks, notes and the timeline — drawn from one state that stays in step
// (use-session.ts). What each side may do follows `viewer`, which the server page worked out from
// the engineer's cookie; the server refuses the engineer-only events anyway.
import type { CauseId } from "@/lib/catalogue/ids";
import { messages } from "@/lib/messages";
import type { Report } from "@/lib/probe/schema";
import type { Author, SessionEventInput, SessionState } from "@/lib/sessions/schema";
import { SessionCheck } from "./session-check";
import { SessionEnd } from "./session-end";
import { SessionNote } from "./session-note";
import { SessionPaste } from "./session-paste";
import { SessionRegistry } from "./session-registry";
import { eventSentence, SessionTimeline, utcText } from "./session-timeline";
import { SessionWizard } from "./session-wizard";
import { useAppend, useSession } from "./use-session";

export interface CauseInfo {
  title: string;
  summary: string;
}

const card = "rounded-lg border border-slate-200 p-4 sm:p-6 dark:border-slate-700";

export function SessionView({
  initial,
  viewer,
  causes,
  exportLinks,
}: {
  initial: SessionState;
  viewer: Author;
  causes: Record<string, CauseInfo>;
  /** Engineer only: where the Markdown, JSON and print transcripts are. */
  exportLinks?: { markdown: string; json: string; print: string } | undefined;
}) {
  const t = messages.sessions.page;
  const { state, connection } = useSession(initial);
  const code = state.code;
  const ended = state.endedAt !== undefined;
  const engineer = viewer === "engineer";

  const registry = useAppend(code);
  const wizard = useAppend(code);
  const paste = useAppend(code);
  const check = useAppend(code);
  const note = useAppend(code);
  const settle = useAppend(code);
  const end = useAppend(code);

  const attempt = async (mutation: ReturnType<typeof useAppend>, input: SessionEventInput): Promise<boolean> => {
    try {
      await mutation.mutateAsync(input);
      return true;
    } catch {
      return false;
    }
  };

  const settled = [...state.events].reverse().find((event) => event.event.kind === "diagnosis");
  const settledCause = settled?.event.kind === "diagnosis" ? settled.event.causeId : undefined;
  const onSettle = (cause: CauseId) => void attempt(settle, { kind: "diagnosis", causeId: cause });
  const notes = state.events.filter((event) => event.event.kind === "note");
  // What the other side just did, said once to screen readers (not what is already on the page at load).
  const latest = state.events.at(-1);
  const announce = latest && latest.id > initial.lastEventId && latest.author !== viewer ? latest : undefined;

  return (
    <div className="space-y-6" data-session={code} data-viewer={viewer} data-ended={ended ? "true" : "false"}>
      <p aria-live="polite" className="sr-only" data-announce>
        {announce
          ? t.announce(
              messages.sessions.author[announce.author],
              eventSentence(announce, (id) => causes[id]?.title ?? id),
            )
          : null}
      </p>
      <div aria-live="polite">
        {ended && state.endedAt ? (
          <p
            role="status"
            data-session-ended
            className="rounded border border-amber-400 bg-amber-50 p-3 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
          >
            {t.ended(utcText(state.endedAt))}
          </p>
        ) : null}
      </div>
      {!ended ? (
        <p className="text-sm text-slate-700 dark:text-slate-300" data-connection={connection}>
          <span
            aria-hidden="true"
            className={`mr-1 inline-block h-2 w-2 rounded-full ${connection === "live" ? "bg-emerald-600 dark:bg-emerald-400" : "bg-amber-500 dark:bg-amber-300"}`}
          />
          {t.connection[connection]}
          {" · "}
          {t.openUntil(utcText(state.expiresAt))}
        </p>
      ) : null}

      {settledCause ? (
        <p
          data-settled-cause={settledCause}
          className="rounded border border-emerald-600 bg-emerald-50 p-3 text-emerald-950 dark:border-emerald-500 dark:bg-emerald-950 dark:text-emerald-50"
        >
          {t.settled(causes[settledCause]?.title ?? settledCause)}
        </p>
      ) : null}

      <section aria-labelledby="session-registry-heading" className={card}>
        <h2 id="session-registry-heading" className="text-xl font-semibold">
          {t.registryHeading}
        </h2>
        <div className="mt-2">
          <SessionRegistry
            registry={state.registry}
            readOnly={ended}
            error={registry.error?.message}
            onChange={(value) => void attempt(registry, { kind: "registry", registry: value })}
          />
        </div>
      </section>

      <section aria-labelledby="session-wizard-heading" className={card}>
        <h2 id="session-wizard-heading" className="text-xl font-semibold">
          {t.wizardHeading}
        </h2>
        <p className="mt-1 mb-4 text-sm text-slate-700 dark:text-slate-300">{t.wizardIntro}</p>
        <SessionWizard
          answers={state.wizard.answers}
          client={state.wizard.client}
          registry={state.registry}
          causes={causes}
          readOnly={ended}
          busy={wizard.isPending}
          canSettle={engineer && !ended}
          settled={settledCause}
          onAnswers={(answers) =>
            void attempt(wizard, { kind: "wizard", answers, ...(state.wizard.client ? { client: state.wizard.client } : {}) })
          }
          onSettle={onSettle}
        />
        <div aria-live="polite" className="mt-2 text-sm text-red-700 dark:text-red-300">
          {wizard.error ? <p>{wizard.error.message}</p> : null}
          {settle.error ? <p>{settle.error.message}</p> : null}
        </div>
      </section>

      {!ended ? (
        <div className="grid gap-6 lg:grid-cols-2">
          <section aria-labelledby="session-paste-heading" className={card}>
            <h2 id="session-paste-heading" className="text-xl font-semibold">
              {t.pasteHeading}
            </h2>
            <div className="mt-2">
              <SessionPaste
                busy={paste.isPending}
                error={paste.error?.message}
                onPaste={(text) => attempt(paste, { kind: "paste", text })}
              />
            </div>
          </section>
          <section aria-labelledby="session-check-heading" className={card}>
            <h2 id="session-check-heading" className="text-xl font-semibold">
              {t.checkHeading}
            </h2>
            <p className="mt-1 mb-3 text-sm text-slate-700 dark:text-slate-300">{t.checkIntro}</p>
            <SessionCheck registry={state.registry} onReport={(report: Report) => attempt(check, { kind: "check", report })} />
            {check.error ? (
              <p aria-live="polite" className="mt-2 text-sm text-red-700 dark:text-red-300">
                {check.error.message}
              </p>
            ) : null}
          </section>
        </div>
      ) : null}

      {engineer || notes.length > 0 ? (
        <section aria-labelledby="session-notes-heading" className={card}>
          <h2 id="session-notes-heading" className="text-xl font-semibold">
            {t.notesHeading}
          </h2>
          {notes.length > 0 ? (
            <ul className="mt-2 space-y-2" data-notes>
              {notes.map((event) => (
                <li key={event.id} className="rounded bg-slate-50 p-2 dark:bg-slate-900">
                  <time dateTime={event.at} className="font-mono text-sm text-slate-700 tabular-nums dark:text-slate-300">
                    {messages.sessions.utc(utcText(event.at))}
                  </time>
                  <p className="whitespace-pre-wrap">{event.event.kind === "note" ? event.event.text : null}</p>
                </li>
              ))}
            </ul>
          ) : null}
          {engineer && !ended ? (
            <div className="mt-3">
              <SessionNote busy={note.isPending} error={note.error?.message} onNote={(text) => attempt(note, { kind: "note", text })} />
            </div>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="session-timeline-heading" className={card}>
        <h2 id="session-timeline-heading" className="text-xl font-semibold">
          {t.timelineHeading}
        </h2>
        <p className="mt-1 mb-3 text-sm text-slate-700 dark:text-slate-300">{t.timelineIntro}</p>
        <SessionTimeline
          events={state.events}
          viewer={viewer}
          causes={causes}
          canSettle={engineer && !ended}
          busy={settle.isPending}
          onSettle={onSettle}
        />
      </section>

      {engineer && exportLinks ? (
        <section aria-labelledby="session-export-heading" className={`${card} no-print`}>
          <h2 id="session-export-heading" className="text-xl font-semibold">
            {t.exportHeading}
          </h2>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t.exportIntro}</p>
          <ul className="mt-3 flex flex-wrap gap-4" data-export>
            <li>
              <a href={exportLinks.markdown}>{t.exportMarkdown}</a>
            </li>
            <li>
              <a href={exportLinks.json}>{t.exportJson}</a>
            </li>
            <li>
              <a href={exportLinks.print}>{t.exportPrint}</a>
            </li>
          </ul>
          {!ended ? (
            <div className="mt-6">
              <SessionEnd busy={end.isPending} error={end.error?.message} onEnd={() => void attempt(end, { kind: "end" })} />
            </div>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}

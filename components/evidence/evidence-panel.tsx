"use client";
// "Run this on the affected machine": the generated script (copy, download, read), a box for what
// it printed, and what that shows — findings from the customer's machine, its steps, and, where a
// server report exists (passed in, or fetched with "Also check from the server"), both views side
// by side. The paste goes to /api/evidence and is kept nowhere; errors are tied to the box and
// announced.
import { useId, useMemo, useState } from "react";
import { CopyButton } from "@/components/copy-button";
import { FieldLabel } from "@/components/field-label";
import { FindingList, WarningList } from "@/components/check/finding-list";
import { StepTimeline } from "@/components/check/step-timeline";
import { compareVantages } from "@/lib/evidence/compare";
import { messages } from "@/lib/messages";
import { ReportSchema, type Report } from "@/lib/probe/schema";
import type { FieldProblem } from "@/lib/validation";

export interface EvidencePanelProps {
  script: string;
  fileName: string;
  /** What the script is filled in for, e.g. myreg.azurecr.io/team/app:1.0. */
  what: string;
  registry: string;
  repository?: string | undefined;
  /** The server's view of the same registry, when the caller has one. */
  serverReport?: Report | undefined;
  causeTitles: Record<string, string>;
}

type Sent =
  | { state: "idle" }
  | { state: "sending" }
  | { state: "done"; report: Report }
  | { state: "error"; message: string; fields: FieldProblem[] };
type Server = { state: "idle" } | { state: "checking" } | { state: "done"; report: Report } | { state: "error" };

async function readEvidence(text: string): Promise<Sent> {
  try {
    const response = await fetch("/api/evidence", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text }),
    });
    const body = (await response.json().catch(() => ({}))) as { report?: unknown; error?: string; fields?: FieldProblem[] };
    const report = ReportSchema.safeParse(body.report);
    if (response.ok && report.success) return { state: "done", report: report.data };
    return { state: "error", message: body.error ?? messages.evidence.requestFailed, fields: body.fields ?? [] };
  } catch {
    return { state: "error", message: messages.evidence.requestFailed, fields: [] };
  }
}

async function checkFromServer(registry: string, repository: string | undefined): Promise<Server> {
  try {
    const response = await fetch("/api/probe", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ registry, ...(repository ? { repository } : {}) }),
    });
    const report = ReportSchema.safeParse(await response.json().catch(() => undefined));
    return response.ok && report.success ? { state: "done", report: report.data } : { state: "error" };
  } catch {
    return { state: "error" };
  }
}

export function EvidencePanel({ script, fileName, what, registry, repository, serverReport, causeTitles }: EvidencePanelProps) {
  const t = messages.evidence;
  const id = useId();
  const [text, setText] = useState("");
  const [sent, setSent] = useState<Sent>({ state: "idle" });
  const [server, setServer] = useState<Server>(serverReport ? { state: "done", report: serverReport } : { state: "idle" });
  const download = useMemo(() => `data:text/x-shellscript;charset=utf-8,${encodeURIComponent(script)}`, [script]);
  const report = sent.state === "done" ? sent.report : undefined;
  const serverView = server.state === "done" ? server.report : undefined;
  const rows = report && serverView ? compareVantages(serverView, report) : [];
  const textId = `${id}-text`;
  const hintId = `${textId}-hint`;
  const errorId = `${id}-error`;

  const announcement =
    sent.state === "done"
      ? t.announceResult(sent.report.findings.length)
      : sent.state === "error"
        ? t.announceError
        : sent.state === "sending"
          ? t.analysing
          : "";

  return (
    <div className="space-y-8">
      <section aria-labelledby={`${id}-script`} className="space-y-3">
        <h2 id={`${id}-script`} className="text-xl font-semibold">
          {t.scriptHeading}
        </h2>
        <p>
          {t.scriptFor(what)} {t.scriptNeeds}
        </p>
        <p>{t.runHint}</p>
        <pre className="overflow-x-auto rounded bg-slate-100 p-3 text-sm dark:bg-slate-800">
          <code>{t.runLine(fileName)}</code>
        </pre>
        <p className="text-sm text-slate-700 dark:text-slate-300">{t.noSecrets}</p>
        <div className="flex flex-wrap items-center gap-3">
          <CopyButton text={script} label={t.copyScript} className="text-sm" />
          <a
            href={download}
            download={fileName}
            className="rounded border border-slate-300 px-2 py-1 text-sm font-medium no-underline hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
          >
            {t.downloadScript}
          </a>
        </div>
        <details className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
          <summary className="cursor-pointer font-medium">{t.showScript}</summary>
          <pre className="mt-3 max-h-[32rem] overflow-auto text-xs">
            <code>{script}</code>
          </pre>
        </details>
      </section>

      <section aria-labelledby={`${id}-paste`} className="space-y-3">
        <h2 id={`${id}-paste`} className="text-xl font-semibold">
          {t.pasteHeading}
        </h2>
        <form
          className="space-y-3"
          onSubmit={async (event) => {
            event.preventDefault();
            setSent({ state: "sending" });
            setSent(await readEvidence(text));
          }}
        >
          <FieldLabel htmlFor={textId} label={t.pasteLabel} hint={t.pasteHint} />
          <textarea
            id={textId}
            name="text"
            value={text}
            onChange={(event) => setText(event.target.value)}
            rows={10}
            required
            spellCheck={false}
            autoComplete="off"
            aria-describedby={sent.state === "error" ? `${hintId} ${errorId}` : hintId}
            aria-invalid={sent.state === "error" ? true : undefined}
            className="w-full rounded border border-slate-400 bg-white p-3 font-mono text-xs dark:border-slate-500 dark:bg-slate-900"
          />
          {sent.state === "error" ? (
            <div
              id={errorId}
              className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
            >
              <p>{sent.message}</p>
              {sent.fields.length > 1 ? (
                <ul className="mt-2 list-disc pl-6">
                  {sent.fields.slice(0, 8).map((problem) => (
                    <li key={`${problem.field}:${problem.message}`}>
                      <code>{problem.field}</code> {problem.message}
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : null}
          <button
            type="submit"
            disabled={sent.state === "sending"}
            className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60 dark:bg-sky-300 dark:text-slate-950"
          >
            {sent.state === "sending" ? t.analysing : t.analyse}
          </button>
        </form>
        <div aria-live="polite" className="sr-only">
          {announcement}
        </div>
      </section>

      {report ? (
        <section aria-labelledby={`${id}-result`} data-verdict={report.verdict} className="space-y-4">
          <h2 id={`${id}-result`} className="text-xl font-semibold">
            {t.resultHeading}: {t.verdict[report.verdict]}
          </h2>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            {t.vantage(report.vantage.name)} {report.vantage.seenAs ? t.seenAs(report.vantage.seenAs) : null}
          </p>
          <FindingList findings={report.findings} heading={t.findingsHeading} causeTitles={causeTitles} registry={registry} />
          <WarningList warnings={report.warnings} />
        </section>
      ) : null}
      {report ? <StepTimeline steps={report.steps.filter((step) => step.id !== "parse")} running={false} /> : null}
      {report ? (
        <section aria-labelledby={`${id}-compare`} className="space-y-3">
          <h2 id={`${id}-compare`} className="text-xl font-semibold">
            {t.compareHeading}
          </h2>
          {serverView ? (
            <table className="w-full border-collapse text-left text-sm">
              <caption className="mb-2 text-left text-slate-700 dark:text-slate-300">{t.compareIntro}</caption>
              <thead>
                <tr className="border-b border-slate-300 dark:border-slate-600">
                  <th scope="col" className="py-1 pr-3">
                    {t.compareHop}
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    {t.compareStep}
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    {t.compareServer}
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    {t.compareClient}
                  </th>
                  <th scope="col" className="py-1">
                    {t.compareNote}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr
                    key={`${row.hop}:${row.step}`}
                    data-compare={`${row.hop}:${row.step}`}
                    className="border-b border-slate-200 align-top dark:border-slate-700"
                  >
                    <td className="py-1 pr-3">{messages.check.hop[row.hop]}</td>
                    <td className="py-1 pr-3 font-mono">{row.step}</td>
                    <td className="py-1 pr-3">{row.server === "not-run" ? t.notRun : messages.check.status[row.server]}</td>
                    <td className="py-1 pr-3">{row.client === "not-run" ? t.notRun : messages.check.status[row.client]}</td>
                    <td className="py-1">{row.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <div className="space-y-2">
              <button
                type="button"
                disabled={server.state === "checking"}
                onClick={async () => {
                  setServer({ state: "checking" });
                  setServer(await checkFromServer(registry, repository));
                }}
                className="rounded border border-slate-400 px-3 py-1.5 font-medium hover:bg-slate-100 disabled:opacity-60 dark:border-slate-500 dark:hover:bg-slate-800"
              >
                {server.state === "checking" ? t.serverChecking : t.runServerCheck}
              </button>
              <p aria-live="polite" className="text-sm text-slate-700 dark:text-slate-300">
                {server.state === "error" ? t.serverFailed : server.state === "checking" ? t.serverChecking : ""}
              </p>
            </div>
          )}
        </section>
      ) : null}
    </div>
  );
}

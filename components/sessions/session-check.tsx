"use client";
// A live check from inside a session: runs /api/probe (the existing streamCheck client) on the
// session's registry, shows the steps as they stream, and appends the final report as a `check`
// event, so both sides see every step and where the check ran from. No credentials are asked for
// here: a session is shared, and a password must never be typed into a shared page.
import { useId, useState } from "react";
import { StepTimeline } from "@/components/check/step-timeline";
import { messages } from "@/lib/messages";
import { ReportSchema, StepResultSchema, type Report, type StepResult } from "@/lib/probe/schema";
import { CheckRequestError, streamCheck } from "@/lib/probe/stream-client";

export function SessionCheck({ registry, onReport }: { registry: string | undefined; onReport: (report: Report) => Promise<boolean> }) {
  const t = messages.sessions.page;
  const c = messages.check;
  const id = useId();
  const [repository, setRepository] = useState("");
  const [reference, setReference] = useState("");
  const [steps, setSteps] = useState<StepResult[]>([]);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [added, setAdded] = useState(false);

  async function run() {
    if (!registry) return setError(t.checkNeedsRegistry);
    setError(undefined);
    setAdded(false);
    setSteps([]);
    setRunning(true);
    try {
      let report: Report | undefined;
      const request = {
        registry,
        ...(repository.trim() ? { repository: repository.trim() } : {}),
        ...(reference.trim() ? { reference: reference.trim() } : {}),
      };
      for await (const line of streamCheck(request)) {
        // Parsing with the plain schemas drops the stream's `type` tag.
        if (line.type === "step") {
          const step = StepResultSchema.parse(line);
          setSteps((list) => [...list, step]);
        } else report = ReportSchema.parse(line);
      }
      if (report) setAdded(await onReport(report));
    } catch (problem) {
      setError(
        problem instanceof CheckRequestError && problem.retryAfterSeconds
          ? c.rateLimited(problem.retryAfterSeconds)
          : problem instanceof Error
            ? problem.message
            : messages.errors.generic,
      );
    } finally {
      setRunning(false);
    }
  }

  return (
    <div className="space-y-4">
      <form
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          void run();
        }}
      >
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {c.registry}: <span className="font-mono break-all">{registry ?? "—"}</span>
        </p>
        <div className="grid gap-3 sm:grid-cols-2">
          <div>
            <label htmlFor={`${id}-repository`} className="block text-sm font-medium">
              {c.repository}
            </label>
            <input
              id={`${id}-repository`}
              value={repository}
              onChange={(event) => setRepository(event.target.value)}
              placeholder="team/app"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              className="mt-1 w-full rounded border border-slate-400 bg-white px-3 py-2 font-mono text-sm dark:border-slate-500 dark:bg-slate-900"
            />
          </div>
          <div>
            <label htmlFor={`${id}-reference`} className="block text-sm font-medium">
              {c.reference}
            </label>
            <input
              id={`${id}-reference`}
              value={reference}
              onChange={(event) => setReference(event.target.value)}
              placeholder="latest"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              className="mt-1 w-full rounded border border-slate-400 bg-white px-3 py-2 font-mono text-sm dark:border-slate-500 dark:bg-slate-900"
            />
          </div>
        </div>
        <button
          type="submit"
          disabled={running || !registry}
          aria-describedby={`${id}-status`}
          className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60 dark:bg-sky-300 dark:text-slate-950"
        >
          {running ? t.checkRunning : t.checkRun}
        </button>
        <div id={`${id}-status`} aria-live="polite" className="text-sm">
          {!registry ? <p className="text-slate-600 dark:text-slate-400">{t.checkNeedsRegistry}</p> : null}
          {error ? <p className="text-red-700 dark:text-red-300">{error}</p> : null}
          {added ? <p>{t.checkAdded}</p> : null}
          {running && steps.length > 0
            ? (() => {
                const last = steps.at(-1)!;
                return <p className="sr-only">{c.stepAnnounce(c.hop[last.hop], last.id, c.status[last.status], Math.round(last.ms))}</p>;
              })()
            : null}
        </div>
      </form>
      {running && steps.length > 0 ? <StepTimeline steps={steps} running={running} /> : null}
    </div>
  );
}

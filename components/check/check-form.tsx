"use client";
// The live check's form and its streaming result. TanStack Query holds the run: each NDJSON line
// (a step, then the report) is appended to the query's data as it arrives (streamedQuery). The
// request — credentials included — waits in a hand-off map until its run starts and is deleted
// as it is taken: never in the query key, the URL, the cache or React state.
import { experimental_streamedQuery as streamedQuery, useQuery } from "@tanstack/react-query";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useId, useState, type ReactNode } from "react";
import { TextField } from "@/components/text-field";
import { messages } from "@/lib/messages";
import type { ProbeRequestInput, Report, StepResult, StreamLine } from "@/lib/probe/schema";
import type { WizardPaths } from "@/lib/probe/evidence";
import { CheckRequestError, streamCheck } from "@/lib/probe/stream-client";
import { CheckReport } from "./check-report";
import { StepTimeline } from "./step-timeline";

interface Fields {
  registry: string;
  repository: string;
  reference: string;
  platform: string;
  username: string;
  password: string;
  proxy: string;
}

function toRequest(fields: Fields): ProbeRequestInput {
  const optional = (value: string) => (value.trim() === "" ? undefined : value.trim());
  const request: ProbeRequestInput = { registry: fields.registry.trim() };
  const repository = optional(fields.repository);
  const reference = optional(fields.reference);
  const proxy = optional(fields.proxy);
  if (repository) request.repository = repository;
  if (reference) request.reference = reference;
  if (proxy) request.proxy = proxy;
  if (fields.platform.trim() !== "") request.platform = fields.platform.trim();
  if (fields.username !== "" || fields.password !== "") {
    request.username = fields.username;
    request.password = fields.password;
  }
  return request;
}

/** Requests waiting for their run to start, by run number; taken (and forgotten) by the run. */
const pendingRequests = new Map<number, ProbeRequestInput>();

function takeRequest(run: number): ProbeRequestInput {
  const request = pendingRequests.get(run);
  pendingRequests.delete(run);
  if (!request) throw new CheckRequestError(messages.check.runAgainHint, 0);
  return request;
}

export function CheckForm({ causeTitles, wizardPaths }: { causeTitles: Record<string, string>; wizardPaths: WizardPaths }) {
  const t = messages.check;
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const id = useId();
  const [fields, setFields] = useState<Fields>({
    registry: params.get("registry") ?? "",
    repository: params.get("repository") ?? "",
    reference: params.get("tag") ?? "",
    platform: "linux/amd64",
    username: "",
    password: "",
    proxy: "",
  });
  const [run, setRun] = useState(0);
  const [previous, setPrevious] = useState<Report | undefined>(undefined);

  const query = useQuery({
    queryKey: ["live-check", run],
    queryFn: streamedQuery<StreamLine>({ streamFn: ({ signal }) => streamCheck(takeRequest(run), signal) }),
    enabled: run > 0,
    retry: false,
    staleTime: Infinity,
    gcTime: 0,
  });

  const lines = query.data ?? [];
  const steps: StepResult[] = lines.filter((line): line is Extract<StreamLine, { type: "step" }> => line.type === "step");
  const report = lines.find((line): line is Extract<StreamLine, { type: "report" }> => line.type === "report");
  const error =
    query.error instanceof CheckRequestError ? query.error : query.error ? new CheckRequestError(query.error.message, 0) : undefined;
  const fieldError = (name: string) => error?.fields.find((problem) => problem.field === name)?.message;
  const running = query.fetchStatus === "fetching";

  function start() {
    if (report) setPrevious(report);
    pendingRequests.set(run + 1, toRequest(fields));
    // Only what is safe to share goes into the address bar.
    const next = new URLSearchParams();
    if (fields.registry.trim()) next.set("registry", fields.registry.trim());
    if (fields.repository.trim()) next.set("repository", fields.repository.trim());
    if (fields.reference.trim()) next.set("tag", fields.reference.trim());
    router.replace(`${pathname}?${next.toString()}`, { scroll: false });
    setRun((value) => value + 1);
  }

  const field = (
    name: keyof Fields,
    label: string,
    hint: string | undefined,
    input: Partial<React.InputHTMLAttributes<HTMLInputElement>> = {},
  ): ReactNode => (
    <TextField
      id={`${id}-${name}`}
      name={name}
      label={label}
      hint={hint}
      problem={fieldError(name)}
      value={fields[name]}
      onChange={(event) => setFields((current) => ({ ...current, [name]: event.target.value }))}
      {...input}
    />
  );

  return (
    <div className="space-y-6">
      <form
        className="space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          start();
        }}
      >
        {field("registry", t.registry, t.registryHint, { required: true, placeholder: "myregistry.azurecr.io", inputMode: "url" })}
        <div className="grid gap-4 sm:grid-cols-2">
          {field("repository", t.repository, t.repositoryHint, { placeholder: "team/app" })}
          {field("reference", t.reference, t.referenceHint, { placeholder: "latest" })}
        </div>
        <details className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
          <summary className="cursor-pointer font-medium">{t.advanced}</summary>
          <div className="mt-3 space-y-4">
            <p className="text-sm text-slate-700 dark:text-slate-300">{t.credentialsHint}</p>
            <div className="grid gap-4 sm:grid-cols-2">
              {field("username", t.username, undefined)}
              {field("password", t.password, undefined, { type: "password", autoComplete: "new-password" })}
            </div>
            {field("proxy", t.proxy, t.proxyHint, { placeholder: "http://proxy.example.com:3128" })}
            {field("platform", t.platform, undefined)}
          </div>
        </details>
        <button
          type="submit"
          disabled={running}
          className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60 dark:bg-sky-300 dark:text-slate-950"
        >
          {running ? t.running : run > 0 ? t.runAgain : t.run}
        </button>
      </form>

      <div aria-live="polite" className="sr-only">
        {steps.length > 0
          ? (() => {
              const last = steps.at(-1)!;
              return t.stepAnnounce(t.hop[last.hop], last.id, t.status[last.status], Math.round(last.ms));
            })()
          : null}
      </div>

      {error ? (
        <p
          role="alert"
          className="rounded border border-red-300 bg-red-50 p-3 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
        >
          {error.retryAfterSeconds ? t.rateLimited(error.retryAfterSeconds) : error.message}
        </p>
      ) : null}
      {steps.length > 0 ? <StepTimeline steps={steps} running={running} /> : null}
      {report ? (
        <CheckReport
          report={report}
          previous={previous}
          causeTitles={causeTitles}
          wizardPaths={wizardPaths}
          registry={fields.registry.trim()}
        />
      ) : null}
    </div>
  );
}

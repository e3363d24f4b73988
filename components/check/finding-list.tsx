// A report's findings, each linked to its diagnosis with the registry filled in, and its warnings:
// the live check (check-report.tsx) and the evidence panel show a report's conclusions alike.
import Link from "next/link";
import type { ReactNode } from "react";
import { messages } from "@/lib/messages";
import type { Report } from "@/lib/probe/schema";

export function FindingList({
  findings,
  heading,
  causeTitles,
  registry,
  children,
}: {
  findings: Report["findings"];
  /** Says whose view it is: the server's check or the customer's machine. */
  heading: string;
  causeTitles: Record<string, string>;
  registry: string;
  /** After the list, only when there is one: e.g. where to go on from here. */
  children?: ReactNode;
}) {
  if (findings.length === 0) return null;
  const query = registry ? `?registry=${encodeURIComponent(registry)}` : "";
  return (
    <>
      <h3 className="text-lg font-semibold">{heading}</h3>
      <ol className="space-y-3">
        {findings.map((finding) => (
          <li key={finding.causeId} data-finding={finding.causeId} className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
            <p className="flex flex-wrap items-baseline justify-between gap-2">
              <Link href={`/diagnosis/${finding.causeId}${query}`} className="font-semibold">
                {causeTitles[finding.causeId] ?? finding.causeId}
              </Link>
              <span className="text-sm text-slate-600 dark:text-slate-400">{messages.check.confidence[finding.confidence]}</span>
            </p>
            <p className="mt-1 text-sm">{finding.summary}</p>
          </li>
        ))}
      </ol>
      {children}
    </>
  );
}

export function WarningList({ warnings }: { warnings: Report["warnings"] }) {
  if (warnings.length === 0) return null;
  return (
    <>
      <h3 className="text-lg font-semibold">{messages.check.warningsHeading}</h3>
      <ul className="list-disc pl-6">
        {warnings.map((warning) => (
          <li key={warning.key}>{warning.summary}</li>
        ))}
      </ul>
    </>
  );
}

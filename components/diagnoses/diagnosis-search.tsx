"use client";
// The diagnosis list with a search box: filters as you type (titles, summaries, symptoms and
// error texts), grouped as the catalogue groups them. Without JavaScript the full list shows.
import Link from "next/link";
import { useId, useState } from "react";
import type { CauseGroup } from "@/lib/catalogue/ids";
import { messages } from "@/lib/messages";

export interface DiagnosisEntry {
  id: string;
  title: string;
  summary: string;
  group: CauseGroup;
  searchText: string;
}

export function DiagnosisSearch({ entries, groups }: { entries: DiagnosisEntry[]; groups: { id: CauseGroup; title: string }[] }) {
  const [query, setQuery] = useState("");
  const id = useId();
  const t = messages.diagnoses;
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = entries.filter((entry) => terms.every((term) => entry.searchText.includes(term)));
  return (
    <div className="mt-6">
      <label htmlFor={id} className="block font-medium">
        {t.searchLabel}
      </label>
      <input
        id={id}
        type="search"
        value={query}
        placeholder={t.searchPlaceholder}
        onChange={(event) => setQuery(event.target.value)}
        aria-describedby={`${id}-count`}
        className="mt-1 w-full rounded border border-slate-400 bg-white px-3 py-2 dark:border-slate-500 dark:bg-slate-900"
      />
      <p id={`${id}-count`} aria-live="polite" className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        {t.count(shown.length, entries.length)}
      </p>
      {shown.length === 0 ? <p className="mt-4">{t.none}</p> : null}
      {groups.map((group) => {
        const inGroup = shown.filter((entry) => entry.group === group.id);
        if (inGroup.length === 0) return null;
        return (
          <section key={group.id} aria-labelledby={`${id}-${group.id}`} className="mt-6">
            <h2 id={`${id}-${group.id}`} className="text-xl font-semibold">
              {group.title}
            </h2>
            <ul className="mt-2 divide-y divide-slate-200 dark:divide-slate-800">
              {inGroup.map((entry) => (
                <li key={entry.id} className="py-2">
                  <Link href={`/diagnosis/${entry.id}`} className="font-medium">
                    {entry.title}
                  </Link>
                  <p className="text-sm text-slate-700 dark:text-slate-300">{entry.summary}</p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

"use client";
// The registry name field: what the person types stays in the box; a name that parses is written
// to ?registry= (replace, not push, so typing does not flood the history) and every command on
// the page fills in with it. A credential typed here is refused and never reaches the URL.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { RegistryStatus } from "@/components/registry-status";
import { messages } from "@/lib/messages";
import { parseRegistryInput } from "@/lib/registry/name";

export function RegistryField() {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [value, setValue] = useState(() => params.get("registry") ?? "");
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const id = useId();
  const t = messages.registry;

  const trimmed = value.trim();
  const parsed = trimmed === "" ? undefined : parseRegistryInput(trimmed);

  useEffect(() => () => clearTimeout(timer.current), []);

  function writeUrl(next: string | undefined) {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const query = new URLSearchParams(window.location.search);
      if (next) query.set("registry", next);
      else query.delete("registry");
      const search = query.toString();
      router.replace(search ? `${pathname}?${search}` : pathname, { scroll: false });
    }, 300);
  }

  function onChange(text: string) {
    setValue(text);
    const clean = text.trim();
    if (clean === "") return writeUrl(undefined);
    const result = parseRegistryInput(clean);
    if (result.ok) writeUrl(clean);
  }

  const described = `${id}-hint ${id}-status`;
  return (
    <div className="no-print rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <label htmlFor={id} className="block font-medium">
        {t.label}
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-600 dark:text-slate-400">
        {t.hint}
      </p>
      <div className="mt-2 flex gap-2">
        <input
          id={id}
          name="registry"
          type="text"
          inputMode="url"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          value={value}
          placeholder={t.placeholder}
          aria-describedby={described}
          aria-invalid={parsed !== undefined && !parsed.ok}
          onChange={(event) => onChange(event.target.value)}
          className="w-full rounded border border-slate-400 bg-white px-3 py-2 font-mono text-sm dark:border-slate-500 dark:bg-slate-900"
        />
        {value !== "" ? (
          <button
            type="button"
            onClick={() => onChange("")}
            className="rounded border border-slate-300 px-3 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
          >
            {t.clear}
          </button>
        ) : null}
      </div>
      <div id={`${id}-status`} aria-live="polite" className="mt-2 text-sm">
        <RegistryStatus parsed={parsed} />
      </div>
    </div>
  );
}

"use client";
// The registry name field: what the person types stays in the box; a name that parses is written
// to ?registry= (replace, not push, so typing does not flood the history) and every command on
// the page fills in with it. A credential typed here is refused and never reaches the URL.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { RegistryInput } from "@/components/registry-input";
import { messages } from "@/lib/messages";
import { parseRegistryInput } from "@/lib/registry/name";

export function RegistryField() {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [value, setValue] = useState(() => params.get("registry") ?? "");
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

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

  return (
    <RegistryInput value={value} onChange={onChange} className="no-print rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      {value !== "" ? (
        <button
          type="button"
          onClick={() => onChange("")}
          className="rounded border border-slate-300 px-3 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
        >
          {messages.registry.clear}
        </button>
      ) : null}
    </RegistryInput>
  );
}

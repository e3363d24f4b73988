"use client";
// The registry field of a session: what the person types stays in the box; a name that parses (or
// an emptied box) is appended as a `registry` event shortly after they stop typing, and the other
// side's box follows. A credential typed here is refused, as on /wizard, and never leaves the page.
import { useEffect, useId, useRef, useState } from "react";
import { RegistryStatus } from "@/components/registry-status";
import { messages } from "@/lib/messages";
import { parseRegistryInput } from "@/lib/registry/name";

export function SessionRegistry({
  registry,
  readOnly,
  onChange,
  error,
}: {
  registry: string | undefined;
  readOnly: boolean;
  onChange: (registry: string) => void;
  error?: string | undefined;
}) {
  const t = messages.registry;
  const id = useId();
  const [value, setValue] = useState(registry ?? "");
  // Typed here and not yet sent: the other side's changes wait until it is.
  const [dirty, setDirty] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // The other side changed it: follow, unless this person is in the middle of typing.
  const remote = registry ?? "";
  const [seenRemote, setSeenRemote] = useState(remote);
  if (remote !== seenRemote) {
    setSeenRemote(remote);
    if (!dirty) setValue(remote);
  }

  const latestRemote = useRef(remote);
  useEffect(() => {
    latestRemote.current = remote;
  }, [remote]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const trimmed = value.trim();
  const parsed = trimmed === "" ? undefined : parseRegistryInput(trimmed);

  function edit(text: string) {
    setValue(text);
    clearTimeout(timer.current);
    const clean = text.trim();
    setDirty(clean !== latestRemote.current);
    if (clean !== "" && !parseRegistryInput(clean).ok) return;
    timer.current = setTimeout(() => {
      setDirty(false);
      if (clean !== latestRemote.current) onChange(clean);
    }, 350);
  }

  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {t.label}
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-600 dark:text-slate-400">
        {t.hint} {messages.sessions.page.registryShared}
      </p>
      <input
        id={id}
        name="registry"
        type="text"
        inputMode="url"
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        value={value}
        readOnly={readOnly}
        placeholder={t.placeholder}
        aria-describedby={`${id}-hint ${id}-status`}
        aria-invalid={(parsed !== undefined && !parsed.ok) || error !== undefined}
        onChange={(event) => edit(event.target.value)}
        data-session-registry
        className="mt-2 w-full rounded border border-slate-400 bg-white px-3 py-2 font-mono text-sm read-only:bg-slate-100 dark:border-slate-500 dark:bg-slate-900 dark:read-only:bg-slate-800"
      />
      <div id={`${id}-status`} aria-live="polite" className="mt-2 text-sm">
        <RegistryStatus parsed={parsed} error={error} />
      </div>
    </div>
  );
}

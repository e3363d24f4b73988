// The registry name box as a person sees it: label, hint, the box, and under it what the typed name
// means (RegistryStatus). Where the name goes is the caller's business: the address bar
// (registry-field.tsx) or the session both sides share (sessions/session-registry.tsx).
import { useId, type ReactNode } from "react";
import { FieldLabel } from "@/components/field-label";
import { RegistryStatus } from "@/components/registry-status";
import { messages } from "@/lib/messages";
import { parseRegistryInput } from "@/lib/registry/name";

export function RegistryInput({
  value,
  onChange,
  hintMore,
  readOnly,
  error,
  className,
  children,
  ...data
}: {
  value: string;
  onChange: (text: string) => void;
  /** Said after the usual hint, e.g. who else sees what is typed. */
  hintMore?: string | undefined;
  readOnly?: boolean | undefined;
  /** Why the name could not be passed on; said with what the name means. */
  error?: string | undefined;
  className?: string | undefined;
  /** Beside the box, e.g. a button that clears it. */
  children?: ReactNode;
} & { [marker: `data-${string}`]: string | boolean | undefined }) {
  const t = messages.registry;
  const id = useId();
  const trimmed = value.trim();
  const parsed = trimmed === "" ? undefined : parseRegistryInput(trimmed);
  return (
    <div className={className}>
      <FieldLabel htmlFor={id} label={t.label} hint={hintMore ? `${t.hint} ${hintMore}` : t.hint} />
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
          readOnly={readOnly}
          placeholder={t.placeholder}
          aria-describedby={`${id}-hint ${id}-status`}
          aria-invalid={(parsed !== undefined && !parsed.ok) || error !== undefined}
          onChange={(event) => onChange(event.target.value)}
          className="w-full rounded border border-slate-400 bg-white px-3 py-2 font-mono text-sm read-only:bg-slate-100 dark:border-slate-500 dark:bg-slate-900 dark:read-only:bg-slate-800"
          {...data}
        />
        {children}
      </div>
      <div id={`${id}-status`} aria-live="polite" className="mt-2 text-sm">
        <RegistryStatus parsed={parsed} error={error} />
      </div>
    </div>
  );
}

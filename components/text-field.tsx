// One labelled text input with an optional hint and, under it, what is wrong with what was typed,
// both tied to the input: the live check's form and the evidence page's form. Hook-free, so a
// server page's plain GET form uses it as readily as a client form.
import type { ComponentProps } from "react";
import { FieldLabel } from "@/components/field-label";

export function TextField({
  id,
  label,
  hint,
  problem,
  alertProblem = false,
  ...input
}: {
  id: string;
  label: string;
  hint?: string | undefined;
  problem?: string | undefined;
  /** The page was loaded to show the problem (a GET form's answer): announce it at once. */
  alertProblem?: boolean;
} & Omit<ComponentProps<"input">, "id" | "aria-describedby" | "aria-invalid" | "className">) {
  const describedBy = [hint ? `${id}-hint` : "", problem ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <FieldLabel htmlFor={id} label={label} hint={hint} />
      <input
        id={id}
        aria-describedby={describedBy}
        aria-invalid={problem ? true : undefined}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        className="mt-1 w-full rounded border border-slate-400 bg-white px-3 py-2 font-mono text-sm dark:border-slate-500 dark:bg-slate-900"
        {...input}
      />
      {problem ? (
        <p id={`${id}-error`} role={alertProblem ? "alert" : undefined} className="mt-1 text-sm text-red-700 dark:text-red-300">
          {problem}
        </p>
      ) : null}
    </div>
  );
}

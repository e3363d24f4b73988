"use client";
// A labelled text box with one submit button: the home page's "Paste your error" and a session's
// paste and note boxes. An empty box is refused with a sentence; the button says when it is
// working; what is wrong is announced under the box and tied to it. What the person typed stays in
// the box unless the caller says it was taken. Where the text goes is the caller's business.
import { useId, useState, type ReactNode } from "react";
import { FieldLabel } from "@/components/field-label";

export function TextForm({
  label,
  hint,
  name,
  rows,
  maxLength,
  placeholder,
  verbatim = false,
  compact = false,
  submitLabel,
  workingLabel,
  emptyMessage,
  busy,
  error,
  onSend,
  children,
}: {
  label: string;
  /** Under the label, and read with the box. */
  hint?: string | undefined;
  name: string;
  rows: number;
  maxLength?: number | undefined;
  placeholder?: string | undefined;
  /** Terminal output rather than prose: monospace, and no spell-check. */
  verbatim?: boolean;
  /** Inside a card: what is said under the box is small and close to it. */
  compact?: boolean;
  submitLabel: string;
  workingLabel: string;
  emptyMessage: string;
  busy: boolean;
  error?: string | undefined;
  /** Resolves true when the text was taken, which empties the box; otherwise it stays as typed. */
  onSend: (text: string) => Promise<boolean> | void;
  /** Announced with the errors, after them: e.g. what the text was found to mean. */
  children?: ReactNode;
}) {
  const id = useId();
  const [text, setText] = useState("");
  const [empty, setEmpty] = useState(false);
  const statusId = `${id}-status`;
  const problem = "text-red-700 dark:text-red-300";
  const box = "mt-1 w-full rounded border border-slate-400 bg-white p-3 text-sm dark:border-slate-500 dark:bg-slate-900";
  return (
    <div>
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          if (text.trim() === "") return setEmpty(true);
          setEmpty(false);
          if ((await onSend(text)) === true) setText("");
        }}
      >
        <FieldLabel htmlFor={id} label={label} hint={hint} />
        <textarea
          id={id}
          name={name}
          rows={rows}
          maxLength={maxLength}
          value={text}
          spellCheck={verbatim ? false : undefined}
          placeholder={placeholder}
          onChange={(event) => setText(event.target.value)}
          aria-describedby={hint ? `${id}-hint ${statusId}` : statusId}
          aria-invalid={empty || error !== undefined}
          className={verbatim ? `${box} font-mono` : box}
        />
        <button
          type="submit"
          disabled={busy}
          className="mt-2 rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60 dark:bg-sky-300 dark:text-slate-950"
        >
          {busy ? workingLabel : submitLabel}
        </button>
      </form>
      <div id={statusId} aria-live="polite" className={compact ? "mt-2 text-sm" : "mt-4"}>
        {empty ? <p className={problem}>{emptyMessage}</p> : null}
        {error ? <p className={problem}>{error}</p> : null}
        {children}
      </div>
    </div>
  );
}

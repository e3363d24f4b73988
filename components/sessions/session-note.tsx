"use client";
// The engineer's note box: each note is appended as a `note` event, which the customer sees in
// the timeline. Only rendered for the engineer; the server refuses notes from anyone else (403).
import { useId, useState } from "react";
import { messages } from "@/lib/messages";

export function SessionNote({
  busy,
  error,
  onNote,
}: {
  busy: boolean;
  error?: string | undefined;
  onNote: (text: string) => Promise<boolean>;
}) {
  const t = messages.sessions.page;
  const id = useId();
  const [text, setText] = useState("");
  const [empty, setEmpty] = useState(false);
  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        if (text.trim() === "") return setEmpty(true);
        setEmpty(false);
        if (await onNote(text.trim())) setText("");
      }}
    >
      <label htmlFor={id} className="block font-medium">
        {t.noteLabel}
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-600 dark:text-slate-400">
        {t.noteHint}
      </p>
      <textarea
        id={id}
        name="note"
        rows={3}
        maxLength={8000}
        value={text}
        onChange={(event) => setText(event.target.value)}
        aria-describedby={`${id}-hint ${id}-status`}
        aria-invalid={empty || error !== undefined}
        className="mt-1 w-full rounded border border-slate-400 bg-white p-3 text-sm dark:border-slate-500 dark:bg-slate-900"
      />
      <button
        type="submit"
        disabled={busy}
        className="mt-2 rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60 dark:bg-sky-300 dark:text-slate-950"
      >
        {busy ? t.sending : t.noteSubmit}
      </button>
      <div id={`${id}-status`} aria-live="polite" className="mt-2 text-sm text-red-700 dark:text-red-300">
        {empty ? <p>{t.noteEmpty}</p> : null}
        {error ? <p>{error}</p> : null}
      </div>
    </form>
  );
}

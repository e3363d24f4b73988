"use client";
// "Paste an error" inside a session: the text is appended as a `paste` event; the store removes
// secrets and matches it, and both sides see the likely causes in the timeline. The text stays in
// the box if it could not be added.
import { useId, useState } from "react";
import { messages } from "@/lib/messages";

export function SessionPaste({
  busy,
  error,
  onPaste,
}: {
  busy: boolean;
  error?: string | undefined;
  onPaste: (text: string) => Promise<boolean>;
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
        if (await onPaste(text)) setText("");
      }}
    >
      <label htmlFor={id} className="block font-medium">
        {messages.home.pasteLabel}
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-600 dark:text-slate-400">
        {t.pasteIntro}
      </p>
      <textarea
        id={id}
        name="text"
        rows={6}
        value={text}
        spellCheck={false}
        placeholder={messages.home.pastePlaceholder}
        onChange={(event) => setText(event.target.value)}
        aria-describedby={`${id}-hint ${id}-status`}
        aria-invalid={empty || error !== undefined}
        className="mt-1 w-full rounded border border-slate-400 bg-white p-3 font-mono text-sm dark:border-slate-500 dark:bg-slate-900"
      />
      <button
        type="submit"
        disabled={busy}
        className="mt-2 rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60 dark:bg-sky-300 dark:text-slate-950"
      >
        {busy ? t.pasteWorking : t.pasteSubmit}
      </button>
      <div id={`${id}-status`} aria-live="polite" className="mt-2 text-sm text-red-700 dark:text-red-300">
        {empty ? <p>{messages.home.pasteEmpty}</p> : null}
        {error ? <p>{error}</p> : null}
      </div>
    </form>
  );
}

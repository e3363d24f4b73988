"use client";
// "End session" (engineer only): asks once, then appends the `end` event; both sides turn
// read-only as the event arrives.
import { useRef, useState } from "react";
import { messages } from "@/lib/messages";

export function SessionEnd({ busy, error, onEnd }: { busy: boolean; error?: string | undefined; onEnd: () => void }) {
  const t = messages.sessions.page;
  const [asking, setAsking] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  return (
    <div>
      {asking ? (
        <div role="group" aria-labelledby="end-confirm" className="rounded-lg border border-red-300 p-3 dark:border-red-800">
          <p id="end-confirm">{t.endConfirm}</p>
          <div className="mt-2 flex flex-wrap gap-2">
            <button
              ref={confirm}
              type="button"
              disabled={busy}
              onClick={onEnd}
              className="rounded bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800 disabled:opacity-60 dark:bg-red-300 dark:text-slate-950"
            >
              {t.endYes}
            </button>
            <button
              type="button"
              onClick={() => setAsking(false)}
              className="rounded border border-slate-300 px-4 py-2 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
            >
              {t.endNo}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          onClick={() => {
            setAsking(true);
            setTimeout(() => confirm.current?.focus(), 0);
          }}
          className="rounded border border-red-700 px-4 py-2 font-medium text-red-800 hover:bg-red-50 dark:border-red-400 dark:text-red-300 dark:hover:bg-red-950"
        >
          {t.end}
        </button>
      )}
      <div aria-live="polite" className="mt-2 text-sm text-red-700 dark:text-red-300">
        {error ? <p>{error}</p> : null}
      </div>
    </div>
  );
}

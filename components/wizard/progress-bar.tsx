// "Question 3 · at most 2 more after this", with a bar: the wizard page and a session's wizard share it.
import { messages } from "@/lib/messages";
import type { Progress } from "@/lib/tree/navigate";

export function ProgressBar({ progress, labelId }: { progress: Progress; labelId: string }) {
  const percent = Math.round(progress.fraction * 100);
  return (
    <>
      <p id={labelId} className="text-sm text-slate-700 dark:text-slate-300">
        {messages.wizard.progress(progress.answered, progress.atMostLeft)}
      </p>
      <div
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="mt-1 h-2 w-full overflow-hidden rounded bg-slate-200 dark:bg-slate-800"
      >
        <div className="h-full bg-blue-700 dark:bg-sky-400" style={{ width: `${percent}%` }} />
      </div>
    </>
  );
}

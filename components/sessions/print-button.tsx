"use client";
// Opens the browser's print dialog for the transcript page.
import { messages } from "@/lib/messages";

export function PrintButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 dark:bg-sky-300 dark:text-slate-950"
    >
      {messages.sessions.print.print}
    </button>
  );
}

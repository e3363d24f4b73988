"use client";
// Copies a text to the clipboard and says so, politely, to screen readers too.
import { useState } from "react";
import { messages } from "@/lib/messages";

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard API refused (insecure context, permissions): fall back to a selection copy.
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.append(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    return ok;
  }
}

export function CopyButton({ text, label, className = "" }: { text: string; label: string; className?: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <button
      type="button"
      className={`no-print rounded border border-slate-300 px-2 py-1 text-xs font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800 ${className}`}
      onClick={async () => {
        setState((await copyText(text)) ? "copied" : "failed");
        setTimeout(() => setState("idle"), 2000);
      }}
    >
      {label}
      <span aria-live="polite" className="sr-only">
        {state === "copied" ? messages.wizard.copied : state === "failed" ? messages.wizard.copyFailed : ""}
      </span>
      {state === "copied" ? <span aria-hidden="true"> ✓</span> : null}
    </button>
  );
}

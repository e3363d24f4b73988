"use client";
// "Start a support session": asks the server for a session (it answers with the code and sets the
// engineer's cookie), carries over what this page already knows — the registry, the wizard's
// answers — and opens /s/<code>, where the engineer reads the code aloud.
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { PickableClient } from "@/lib/catalogue/ids";
import { messages } from "@/lib/messages";
import type { CreateSessionResponse } from "@/lib/sessions/schema";

async function start(carry: {
  registry?: string | undefined;
  answers?: readonly string[] | undefined;
  client?: PickableClient | undefined;
}): Promise<string> {
  const created = await fetch("/api/sessions", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify(carry.registry ? { registry: carry.registry } : {}),
  });
  const body = (await created.json().catch(() => ({}))) as Partial<CreateSessionResponse> & { error?: string };
  if (!created.ok || typeof body.code !== "string") throw new Error(body.error ?? messages.sessions.startFailed);
  if (carry.answers && carry.answers.length > 0) {
    // Best effort: the session exists either way, and the engineer can answer again.
    await fetch(`/api/sessions/${body.code}/events`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ kind: "wizard", answers: carry.answers, ...(carry.client ? { client: carry.client } : {}) }),
    }).catch(() => undefined);
  }
  return body.url ?? `/s/${body.code}`;
}

export function StartSession({
  registry,
  answers,
  client,
  variant = "primary",
}: {
  registry?: string | undefined;
  answers?: readonly string[] | undefined;
  client?: PickableClient | undefined;
  variant?: "primary" | "secondary";
}) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const t = messages.sessions;
  const style =
    variant === "primary"
      ? "rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60 dark:bg-sky-300 dark:text-slate-950"
      : "rounded border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-60 dark:border-slate-600 dark:hover:bg-slate-800";
  return (
    <div className="no-print">
      <button
        type="button"
        disabled={busy}
        data-start-session
        className={style}
        onClick={async () => {
          setBusy(true);
          setError(undefined);
          try {
            router.push(await start({ registry, answers, client }));
          } catch (problem) {
            setError(problem instanceof Error ? problem.message : t.startFailed);
            setBusy(false);
          }
        }}
      >
        {busy ? t.starting : t.start}
      </button>
      <div aria-live="polite" className="mt-1 text-sm text-red-700 dark:text-red-300">
        {error ? <p>{error}</p> : null}
      </div>
    </div>
  );
}

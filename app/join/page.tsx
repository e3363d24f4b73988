// /join — the customer types the code the engineer read out. A plain GET form (/join?code=…), so
// it works before any script has loaded: the server checks the code and opens /s/<code>, or says
// what is wrong beside the box and keeps what was typed in it.
import type { Metadata } from "next";
import Form from "next/form";
import { redirect } from "next/navigation";
import { FieldLabel } from "@/components/field-label";
import { lookupSession } from "@/components/sessions/load-session";
import { messages } from "@/lib/messages";

export const metadata: Metadata = { title: messages.sessions.join.title, description: messages.sessions.join.description };

export default async function JoinPage({ searchParams }: PageProps<"/join">) {
  const raw = (await searchParams).code;
  const typed = typeof raw === "string" ? raw.slice(0, 100) : undefined;
  const t = messages.sessions.join;

  let problem: string | undefined;
  if (typed !== undefined) {
    if (typed.trim() === "") problem = t.empty;
    else {
      const lookup = await lookupSession(typed);
      if (lookup.kind === "found") redirect(`/s/${lookup.code}`);
      problem =
        lookup.kind === "malformed" ? t.malformed(typed.trim()) : lookup.kind === "unknown" ? t.unknown(lookup.code) : lookup.message;
    }
  }

  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p>{t.intro}</p>
      <Form action="/join" className="space-y-2">
        <FieldLabel htmlFor="join-code" label={t.label} hint={t.hint} />
        <div className="flex flex-wrap gap-2">
          <input
            id="join-code"
            name="code"
            type="text"
            defaultValue={typed ?? ""}
            key={typed ?? ""}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={100}
            placeholder="K7F-3QX-M2D"
            aria-describedby={problem ? "join-code-hint join-code-error" : "join-code-hint"}
            aria-invalid={problem ? true : undefined}
            autoFocus={problem !== undefined}
            className="w-48 flex-1 rounded border border-slate-400 bg-white px-3 py-2 font-mono text-lg tracking-widest uppercase dark:border-slate-500 dark:bg-slate-900"
          />
          <button
            type="submit"
            className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 dark:bg-sky-300 dark:text-slate-950"
          >
            {t.submit}
          </button>
        </div>
        <div aria-live="polite">
          {problem ? (
            <p id="join-code-error" role="alert" className="text-red-700 dark:text-red-300">
              {problem}
            </p>
          ) : null}
        </div>
      </Form>
    </div>
  );
}

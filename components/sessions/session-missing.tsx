// The page for a session that is not there — mistyped, unknown, expired — or that could not be
// looked up just now: a sentence and the ways on, never a blank page.
import Link from "next/link";
import { messages } from "@/lib/messages";
import type { SessionLookup } from "./load-session";

export function SessionMissing({ lookup, typed }: { lookup: Exclude<SessionLookup, { kind: "found" }>; typed: string }) {
  const t = messages.sessions.missing;
  const sentence =
    lookup.kind === "malformed" ? t.malformed(typed.slice(0, 40)) : lookup.kind === "unknown" ? t.unknown(lookup.code) : lookup.message;
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p data-session-missing={lookup.kind}>{sentence}</p>
      <p className="flex flex-wrap gap-4">
        <Link href="/join">{t.joinLink}</Link>
        <Link href="/">{t.home}</Link>
      </p>
    </div>
  );
}

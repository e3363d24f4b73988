import Link from "next/link";
import { PasteError } from "@/components/paste/paste-error";
import { StartSession } from "@/components/sessions/start-session";
import { messages } from "@/lib/messages";

export default function HomePage() {
  const t = messages.home;
  return (
    <div className="space-y-10">
      <section>
        <h1 className="text-3xl font-bold sm:text-4xl">{t.heading}</h1>
        <p className="mt-2 text-lg text-slate-700 dark:text-slate-300">{messages.app.tagline}</p>
      </section>

      <section aria-labelledby="paste-heading" className="rounded-lg border border-slate-200 p-4 sm:p-6 dark:border-slate-700">
        <h2 id="paste-heading" className="text-2xl font-semibold">
          {t.pasteHeading}
        </h2>
        <p className="mt-1 mb-4 text-slate-700 dark:text-slate-300">{t.pasteIntro}</p>
        <PasteError />
      </section>

      <div className="grid gap-6 sm:grid-cols-2">
        <section aria-labelledby="wizard-heading" className="rounded-lg border border-slate-200 p-4 sm:p-6 dark:border-slate-700">
          <h2 id="wizard-heading" className="text-2xl font-semibold">
            {t.wizardHeading}
          </h2>
          <p className="mt-1 text-slate-700 dark:text-slate-300">{t.wizardIntro}</p>
          <Link
            href="/wizard"
            className="mt-4 inline-block rounded bg-blue-700 px-4 py-2 font-medium text-white no-underline hover:bg-blue-800 dark:bg-sky-300 dark:text-slate-950"
          >
            {t.wizardStart}
          </Link>
        </section>
        <section aria-labelledby="browse-heading" className="rounded-lg border border-slate-200 p-4 sm:p-6 dark:border-slate-700">
          <h2 id="browse-heading" className="text-2xl font-semibold">
            {t.browseHeading}
          </h2>
          <p className="mt-1 text-slate-700 dark:text-slate-300">{t.browseIntro}</p>
          <Link href="/diagnosis" className="mt-4 inline-block">
            {t.browseLink}
          </Link>
        </section>
      </div>

      <section aria-labelledby="session-heading" className="rounded-lg border border-slate-200 p-4 sm:p-6 dark:border-slate-700">
        <h2 id="session-heading" className="text-2xl font-semibold">
          {messages.sessions.homeHeading}
        </h2>
        <p className="mt-1 mb-4 text-slate-700 dark:text-slate-300">{messages.sessions.homeIntro}</p>
        <div className="flex flex-wrap items-start gap-x-6 gap-y-3">
          <StartSession />
          <p className="py-2">
            {messages.sessions.joinPrompt} <Link href="/join">{messages.sessions.joinLink}</Link>
          </p>
        </div>
      </section>
    </div>
  );
}

// A cause, whole: what a diagnosis page and a wizard leaf show. Server-rendered; only the
// commands (filled from the URL) and the copy buttons run in the browser.
import Link from "next/link";
import { CarryLink } from "@/components/carry-link";
import { Suspense, type ReactNode } from "react";
import { findCause } from "@/lib/catalogue";
import { AUTH_METHODS } from "@/lib/catalogue/auth-methods";
import type { PickableClient } from "@/lib/catalogue/ids";
import type { Cause } from "@/lib/catalogue/schema";
import { groupTitles, messages, registryKindTitles, seedTitles } from "@/lib/messages";
import { ClientPicker } from "./client-picker";
import { InstructionList } from "./instruction-list";

type Level = 1 | 2;

/** A link to another diagnosis that keeps the registry and client the person gave. */
export function CauseLink({ id }: { id: string }) {
  const href = `/diagnosis/${id}`;
  const title = findCause(id)?.title ?? id;
  return (
    <Suspense fallback={<Link href={href}>{title}</Link>}>
      <CarryLink href={href}>{title}</CarryLink>
    </Suspense>
  );
}

function Heading({ level, id, children }: { level: Level; id: string; children: ReactNode }) {
  const className = "mt-8 text-xl font-semibold";
  return level === 1 ? (
    <h2 id={id} className={className}>
      {children}
    </h2>
  ) : (
    <h3 id={id} className={className}>
      {children}
    </h3>
  );
}

export function CauseView({
  cause,
  level,
  defaultClient,
}: {
  cause: Cause;
  /** 1 when the cause is the page's subject (its title is the h1), 2 inside the wizard. */
  level: Level;
  defaultClient?: PickableClient | undefined;
}) {
  const t = messages.cause;
  const TitleTag = level === 1 ? "h1" : "h2";
  return (
    <article aria-labelledby={`cause-${cause.id}`} data-cause={cause.id}>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {groupTitles[cause.group]} · {t.appliesTo} {cause.appliesTo.map((kind) => registryKindTitles[kind]).join(", ")}
      </p>
      <TitleTag id={`cause-${cause.id}`} className={level === 1 ? "mt-1 text-3xl font-bold" : "mt-1 text-2xl font-bold"}>
        {cause.title}
      </TitleTag>
      <p className="mt-3 text-lg">{cause.summary}</p>
      <nav aria-label={t.onThisPage} className="no-print mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <span className="font-medium">{t.onThisPage}:</span>
        <a href="#confirm">{t.confirm}</a>
        <a href="#fix">{t.fix}</a>
        <a href="#verify">{t.verify}</a>
      </nav>

      <Heading level={level} id="symptoms">
        {t.symptoms}
      </Heading>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {cause.symptoms.map((symptom) => (
          <li key={symptom}>{symptom}</li>
        ))}
      </ul>
      {cause.errorTexts.length > 0 ? (
        <>
          <p className="mt-4 font-medium">{t.errorTexts}</p>
          <ul className="mt-2 space-y-2">
            {cause.errorTexts.map((text) => (
              <li key={text}>
                <pre className="overflow-x-auto rounded bg-slate-100 p-2 text-sm break-all whitespace-pre-wrap dark:bg-slate-900">
                  <code>{text}</code>
                </pre>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <Heading level={level} id="why">
        {t.why}
      </Heading>
      {cause.explanation.map((paragraph) => (
        <p key={paragraph} className="mt-2">
          {paragraph}
        </p>
      ))}

      <div className="mt-8">
        <Suspense fallback={null}>
          <ClientPicker defaultClient={defaultClient} />
        </Suspense>
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t.placeholderHint}</p>
      </div>

      <Heading level={level} id="confirm">
        {t.confirm}
      </Heading>
      <div className="mt-3">
        <InstructionList steps={cause.confirm} defaultClient={defaultClient} />
      </div>

      <Heading level={level} id="fix">
        {t.fix}
      </Heading>
      {cause.fixes.map((fix, index) => (
        <section key={fix.title} className="mt-4 rounded-lg border border-slate-200 p-4 dark:border-slate-700" aria-label={fix.title}>
          {cause.fixes.length > 1 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">{t.fixOption(index + 1, cause.fixes.length)}</p>
          ) : null}
          <p className="font-semibold">{fix.title}</p>
          {fix.when ? (
            <p className="mt-1 text-sm">
              <span className="font-medium">{t.when}</span> {fix.when}
            </p>
          ) : null}
          <div className="mt-3">
            <InstructionList steps={fix.steps} defaultClient={defaultClient} />
          </div>
        </section>
      ))}

      <Heading level={level} id="verify">
        {t.verify}
      </Heading>
      <div className="mt-3">
        <InstructionList steps={cause.verify} defaultClient={defaultClient} />
      </div>

      {cause.cannotSee.length > 0 ? (
        <>
          <Heading level={level} id="cannot-see">
            {t.cannotSee}
          </Heading>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {cause.cannotSee.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </>
      ) : null}

      {cause.related.length > 0 || cause.tellApart.length > 0 ? (
        <>
          <Heading level={level} id="related">
            {t.related}
          </Heading>
          <ul className="mt-2 space-y-2">
            {cause.tellApart.map((item) => (
              <li key={item.cause}>
                <CauseLink id={item.cause} />
                <span className="text-slate-700 dark:text-slate-300"> — {item.how}</span>
              </li>
            ))}
            {cause.related
              .filter((id) => !cause.tellApart.some((item) => item.cause === id))
              .map((id) => (
                <li key={id}>
                  <CauseLink id={id} />
                </li>
              ))}
          </ul>
        </>
      ) : null}

      {AUTH_METHODS.some((method) => method.relatedCauses.includes(cause.id)) ? (
        <p className="mt-4">
          <Suspense fallback={<Link href="/auth-methods">{messages.authMethods.link}</Link>}>
            <CarryLink href="/auth-methods">{messages.authMethods.link}</CarryLink>
          </Suspense>
        </p>
      ) : null}

      <Heading level={level} id="sources">
        {t.sources}
      </Heading>
      <ul className="mt-2 list-disc space-y-1 pl-6 text-sm">
        {cause.sources.map((source, index) => (
          <li key={index}>
            {source.seed ? t.seed(seedTitles[source.seed], source.section) : null}
            {source.seed && source.url ? " · " : null}
            {source.url ? <a href={source.url}>{source.title ?? source.url}</a> : null}
          </li>
        ))}
      </ul>
    </article>
  );
}

import type { Metadata } from "next";
import { Suspense } from "react";
import { CauseLink } from "@/components/cause/cause-view";
import { RegistryField } from "@/components/registry-field";
import { AUTH_METHODS } from "@/lib/catalogue/auth-methods";
import { fillTemplateText, valuesFor } from "@/lib/catalogue/template";
import { messages } from "@/lib/messages";
import { parseRegistryInput } from "@/lib/registry/name";

export const metadata: Metadata = { title: messages.authMethods.title, description: messages.authMethods.description };

// The ACR authentication options table (seed 003), filled with ?registry= when given.
export default async function AuthMethodsPage({ searchParams }: PageProps<"/auth-methods">) {
  const { registry } = await searchParams;
  const parsed = typeof registry === "string" ? parseRegistryInput(registry) : undefined;
  const values = valuesFor(parsed?.ok ? parsed.target : undefined);
  const t = messages.authMethods;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p>{t.description}</p>
      <Suspense fallback={null}>
        <RegistryField />
      </Suspense>
      {AUTH_METHODS.map((method) => (
        <section
          key={method.id}
          id={method.id}
          aria-labelledby={`${method.id}-title`}
          className="rounded-lg border border-slate-200 p-4 dark:border-slate-700"
        >
          <h2 id={`${method.id}-title`} className="text-xl font-semibold">
            {method.name}
          </h2>
          <dl className="mt-2 space-y-3">
            <div>
              <dt className="font-medium">{t.how}</dt>
              <dd>
                <ul className="list-disc pl-6">
                  {method.howToAuthenticate.map((line) => (
                    <li key={line} className="break-words">
                      {fillTemplateText(line, values)}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
            <div>
              <dt className="font-medium">{t.scenarios}</dt>
              <dd>{method.scenarios.join(" ")}</dd>
            </div>
            <div>
              <dt className="font-medium">{t.rbac}</dt>
              <dd>{method.azureRbac}</dd>
            </div>
            {method.usernameIs ? (
              <div>
                <dt className="font-medium">{t.username}</dt>
                <dd className="break-words">{method.usernameIs}</dd>
              </div>
            ) : null}
            {method.tokenLifetime ? (
              <div>
                <dt className="font-medium">{t.lifetime}</dt>
                <dd>{method.tokenLifetime}</dd>
              </div>
            ) : null}
            <div>
              <dt className="font-medium">{t.limits}</dt>
              <dd>
                <ul className="list-disc pl-6">
                  {method.limits.map((limit) => (
                    <li key={limit}>{limit}</li>
                  ))}
                </ul>
              </dd>
            </div>
            {method.relatedCauses.length > 0 ? (
              <div>
                <dt className="font-medium">{t.related}</dt>
                <dd>
                  <ul className="flex flex-wrap gap-x-4 gap-y-1">
                    {method.relatedCauses.map((id) => (
                      <li key={id}>
                        <CauseLink id={id} />
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            ) : null}
          </dl>
        </section>
      ))}
    </div>
  );
}

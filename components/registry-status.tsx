// What a typed registry name means, under the field that holds it: the sentence that says what is
// wrong, or the login server (and ACR resource name and cloud) it stands for, with any warnings.
// Hook-free: the wizard's registry field and the session's share it.
import { messages } from "@/lib/messages";
import type { ParseResult } from "@/lib/registry/name";

export function RegistryStatus({ parsed, error }: { parsed: ParseResult | undefined; error?: string | undefined }) {
  const t = messages.registry;
  return (
    <>
      {parsed && !parsed.ok ? <p className="text-red-700 dark:text-red-300">{parsed.error.message}</p> : null}
      {error ? <p className="text-red-700 dark:text-red-300">{error}</p> : null}
      {parsed && parsed.ok ? (
        <>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3">
            <dt className="text-slate-600 dark:text-slate-400">{t.loginServer}</dt>
            <dd className="font-mono break-all">{parsed.target.loginServer}</dd>
            {parsed.target.acr ? (
              <>
                <dt className="text-slate-600 dark:text-slate-400">{t.resourceName}</dt>
                <dd className="font-mono">{parsed.target.acr.resourceName}</dd>
                <dt className="text-slate-600 dark:text-slate-400">{t.cloud}</dt>
                <dd className="font-mono">{parsed.target.acr.cloud}</dd>
              </>
            ) : null}
          </dl>
          {parsed.target.warnings.map((warning) => (
            <p key={warning.key} className="mt-1 text-amber-800 dark:text-amber-300">
              {warning.text}
            </p>
          ))}
        </>
      ) : null}
    </>
  );
}

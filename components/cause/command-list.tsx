// Renders commands filled with the person's values; parts we do not know stay visible as
// <placeholders>. Hook-free, so the server renders it as the fallback and the client island reuses it.
import { commandsForClient } from "@/lib/catalogue/clients";
import type { PickableClient } from "@/lib/catalogue/ids";
import type { Command } from "@/lib/catalogue/schema";
import { fillTemplate, fillTemplateText, type TemplateValues } from "@/lib/catalogue/template";
import { clientTitles, messages } from "@/lib/messages";
import { CopyButton } from "@/components/copy-button";

export function CommandList({
  commands,
  values,
  client,
}: {
  commands: readonly Command[];
  values: TemplateValues;
  client?: PickableClient | undefined;
}) {
  const shown = commandsForClient(commands, client);
  if (shown.length === 0) return null;
  return (
    <ul className="mt-2 space-y-2">
      {shown.map((command, index) => (
        <li key={`${command.client}-${index}`} data-client={command.client}>
          <div className="flex items-center justify-between gap-2 text-xs text-slate-600 dark:text-slate-400">
            <span>{clientTitles[command.client]}</span>
            <CopyButton text={fillTemplateText(command.run, values)} label={messages.cause.copyCommand} />
          </div>
          <pre className="mt-1 overflow-x-auto rounded bg-slate-100 p-3 text-sm break-all whitespace-pre-wrap dark:bg-slate-900">
            <code>
              {fillTemplate(command.run, values).map((part, i) =>
                part.placeholder ? (
                  <mark
                    key={i}
                    className="rounded bg-amber-100 px-0.5 text-amber-900 dark:bg-amber-900/50 dark:text-amber-100"
                    title={part.placeholder}
                  >
                    {part.text}
                  </mark>
                ) : (
                  <span key={i}>{part.text}</span>
                ),
              )}
            </code>
          </pre>
          {command.note ? <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{command.note}</p> : null}
        </li>
      ))}
    </ul>
  );
}

// "Paste an error" inside a session: the text is appended as a `paste` event; the store removes
// secrets and matches it, and both sides see the likely causes in the timeline. The text stays in
// the box if it could not be added.
import { TextForm } from "@/components/text-form";
import { messages } from "@/lib/messages";

export function SessionPaste({
  busy,
  error,
  onPaste,
}: {
  busy: boolean;
  error?: string | undefined;
  onPaste: (text: string) => Promise<boolean>;
}) {
  const t = messages.sessions.page;
  return (
    <TextForm
      label={messages.home.pasteLabel}
      hint={t.pasteIntro}
      name="text"
      rows={6}
      verbatim
      placeholder={messages.home.pastePlaceholder}
      compact
      submitLabel={t.pasteSubmit}
      workingLabel={t.pasteWorking}
      emptyMessage={messages.home.pasteEmpty}
      busy={busy}
      error={error}
      onSend={onPaste}
    />
  );
}

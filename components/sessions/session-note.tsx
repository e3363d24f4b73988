// The engineer's note box: each note is appended as a `note` event, which the customer sees in
// the timeline. Only rendered for the engineer; the server refuses notes from anyone else (403).
import { TextForm } from "@/components/text-form";
import { messages } from "@/lib/messages";

export function SessionNote({
  busy,
  error,
  onNote,
}: {
  busy: boolean;
  error?: string | undefined;
  onNote: (text: string) => Promise<boolean>;
}) {
  const t = messages.sessions.page;
  return (
    <TextForm
      label={t.noteLabel}
      hint={t.noteHint}
      name="note"
      rows={3}
      maxLength={8000}
      compact
      submitLabel={t.noteSubmit}
      workingLabel={t.sending}
      emptyMessage={t.noteEmpty}
      busy={busy}
      error={error}
      // A note is prose: the blank lines around it are not part of it.
      onSend={(text) => onNote(text.trim())}
    />
  );
}

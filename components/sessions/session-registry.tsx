"use client";
// The registry field of a session: what the person types stays in the box; a name that parses (or
// an emptied box) is appended as a `registry` event shortly after they stop typing, and the other
// side's box follows. A credential typed here is refused, as on /wizard, and never leaves the page.
import { useEffect, useRef, useState } from "react";
import { RegistryInput } from "@/components/registry-input";
import { messages } from "@/lib/messages";
import { parseRegistryInput } from "@/lib/registry/name";

export function SessionRegistry({
  registry,
  readOnly,
  onChange,
  error,
}: {
  registry: string | undefined;
  readOnly: boolean;
  onChange: (registry: string) => void;
  error?: string | undefined;
}) {
  const [value, setValue] = useState(registry ?? "");
  // Typed here and not yet sent: the other side's changes wait until it is.
  const [dirty, setDirty] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // The other side changed it: follow, unless this person is in the middle of typing.
  const remote = registry ?? "";
  const [seenRemote, setSeenRemote] = useState(remote);
  if (remote !== seenRemote) {
    setSeenRemote(remote);
    if (!dirty) setValue(remote);
  }

  const latestRemote = useRef(remote);
  useEffect(() => {
    latestRemote.current = remote;
  }, [remote]);
  useEffect(() => () => clearTimeout(timer.current), []);

  function edit(text: string) {
    setValue(text);
    clearTimeout(timer.current);
    const clean = text.trim();
    setDirty(clean !== latestRemote.current);
    if (clean !== "" && !parseRegistryInput(clean).ok) return;
    timer.current = setTimeout(() => {
      setDirty(false);
      if (clean !== latestRemote.current) onChange(clean);
    }, 350);
  }

  return (
    <RegistryInput
      value={value}
      onChange={edit}
      hintMore={messages.sessions.page.registryShared}
      readOnly={readOnly}
      error={error}
      data-session-registry
    />
  );
}

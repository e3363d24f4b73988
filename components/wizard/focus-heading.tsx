"use client";
// Moves keyboard and screen-reader focus to the new question after each answer, so the person
// does not start again from the top of the page.
import { useEffect, useRef, type ReactNode } from "react";

export function FocusHeading({
  id,
  focusKey,
  children,
  className,
}: {
  id: string;
  focusKey: string;
  children: ReactNode;
  className?: string;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    // Not on first load: a person arriving from a link starts at the top as usual.
    if (first.current) {
      first.current = false;
      return;
    }
    ref.current?.focus();
  }, [focusKey]);
  return (
    <h2 id={id} ref={ref} tabIndex={-1} className={className}>
      {children}
    </h2>
  );
}

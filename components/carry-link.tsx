"use client";
// A link that carries the registry name and client the person already gave (?registry=, ?client=),
// so moving between diagnoses never makes them type it again. Nothing else is carried.
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import type { ReactNode } from "react";

const CARRIED = ["registry", "client"] as const;

export function CarryLink({ href, children, className }: { href: string; children: ReactNode; className?: string }) {
  const params = useSearchParams();
  const [path, query = ""] = href.split("?");
  const next = new URLSearchParams(query);
  for (const name of CARRIED) {
    const value = params.get(name);
    if (value && !next.has(name)) next.set(name, value);
  }
  const search = next.toString();
  return (
    <Link href={search ? `${path}?${search}` : (path ?? href)} className={className}>
      {children}
    </Link>
  );
}

"use client";
// Reads the mistyped id from the address (a not-found page gets no params) and lists the nearest causes.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { nearestCauses, safeDecode, type Candidate } from "@/lib/catalogue/nearest";
import { messages } from "@/lib/messages";

export function NearestCauses({ candidates }: { candidates: Candidate[] }) {
  const pathname = usePathname();
  const match = /^\/diagnosis\/([^/?#]+)/.exec(pathname);
  if (!match?.[1]) return <p className="mt-2">{messages.notFound.generic}</p>;
  const typed = safeDecode(match[1]);
  return (
    <div className="mt-2">
      <p>{messages.notFound.body(typed)}</p>
      <ul className="mt-2 list-disc pl-6">
        {nearestCauses(typed, candidates).map((cause) => (
          <li key={cause.id}>
            <Link href={`/diagnosis/${cause.id}`}>{cause.title}</Link> <code className="text-sm">{cause.id}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}

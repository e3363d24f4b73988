import Link from "next/link";
import { Suspense } from "react";
import { NearestCauses } from "@/components/diagnoses/nearest-causes";
import { CAUSES } from "@/lib/catalogue";
import { messages } from "@/lib/messages";

// A 404 that helps: under /diagnosis/ it suggests the causes nearest to the mistyped id.
export default function NotFound() {
  const candidates = CAUSES.map((cause) => ({ id: cause.id, title: cause.title }));
  return (
    <div>
      <h1 className="text-3xl font-bold">{messages.notFound.title}</h1>
      <Suspense fallback={<p className="mt-2">{messages.notFound.generic}</p>}>
        <NearestCauses candidates={candidates} />
      </Suspense>
      <p className="mt-6 flex gap-4">
        <Link href="/diagnosis">{messages.notFound.allLink}</Link>
        <Link href="/">{messages.notFound.home}</Link>
      </p>
    </div>
  );
}

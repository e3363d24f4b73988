"use client";
// "Show commands for: Docker · Podman · …" — sets ?client= in place, keeping the rest of the URL.
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { isPickableClient } from "@/lib/catalogue/clients";
import { PICKABLE_CLIENTS, type PickableClient } from "@/lib/catalogue/ids";
import { clientTitles, messages } from "@/lib/messages";

export function ClientPicker({ defaultClient }: { defaultClient?: PickableClient | undefined }) {
  const pathname = usePathname();
  const params = useSearchParams();
  const param = params.get("client");
  const current = isPickableClient(param) ? param : defaultClient;
  const hrefFor = (client: PickableClient | undefined) => {
    const next = new URLSearchParams(params.toString());
    if (client) next.set("client", client);
    else next.delete("client");
    const query = next.toString();
    return query ? `${pathname}?${query}` : pathname;
  };
  const options: { id: PickableClient | undefined; label: string }[] = [
    { id: undefined, label: messages.cause.allClients },
    ...PICKABLE_CLIENTS.map((id) => ({ id, label: clientTitles[id] })),
  ];
  return (
    <nav aria-label={messages.cause.clientPicker} className="no-print flex flex-wrap items-center gap-2 text-sm">
      <span className="font-medium">{messages.cause.clientPicker}</span>
      {options.map((option) => {
        const active = option.id === current;
        return (
          <Link
            key={option.label}
            href={hrefFor(option.id)}
            replace
            scroll={false}
            aria-current={active ? "true" : undefined}
            className={`rounded-full border px-3 py-1 no-underline ${
              active
                ? "border-blue-700 bg-blue-700 text-white dark:border-sky-300 dark:bg-sky-300 dark:text-slate-950"
                : "border-slate-300 text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800"
            }`}
          >
            {option.label}
          </Link>
        );
      })}
    </nav>
  );
}

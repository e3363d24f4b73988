import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers";
import { messages } from "@/lib/messages";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: messages.app.name, template: `%s · ${messages.app.name}` },
  description: messages.app.description,
  openGraph: { siteName: messages.app.name, type: "website" },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#020617" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  const t = messages.app;
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:rounded focus:bg-white focus:p-2 dark:focus:bg-slate-900"
        >
          {t.skipToContent}
        </a>
        <header className="no-print border-b border-slate-200 dark:border-slate-800">
          <nav aria-label={t.nav.label} className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
            <Link href="/" className="text-lg font-semibold text-slate-900 no-underline dark:text-white">
              {t.name}
            </Link>
            <Link href="/wizard">{t.nav.wizard}</Link>
            <Link href="/check">{t.nav.check}</Link>
            <Link href="/diagnosis">{t.nav.diagnoses}</Link>
            <Link href="/auth-methods">{t.nav.authMethods}</Link>
          </nav>
        </header>
        <Providers>
          <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6">
            {children}
          </main>
        </Providers>
        <footer className="no-print border-t border-slate-200 px-4 py-4 text-center text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
          {t.footer}
        </footer>
      </body>
    </html>
  );
}

import type { Metadata } from "next";
import type { ReactNode } from "react";
import { ContentRefresh } from "#components/dev/content-refresh.tsx";
import { SiteHeader } from "#components/ui/site-header.tsx";
import { THEME_BOOT_SCRIPT } from "#components/ui/theme.ts";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Pillars", template: "%s · Pillars" },
  description: "Learn backend engineering by doing it.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The boot script sets data-theme before first paint, so the server markup differs.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_BOOT_SCRIPT }} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        {process.env.NODE_ENV === "development" ? <ContentRefresh /> : null}
      </body>
    </html>
  );
}

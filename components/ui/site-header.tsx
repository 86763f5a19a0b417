import Link from "next/link";
import { AccountLink } from "../auth/account-link.tsx";
import { HelpDialog } from "./help-dialog.tsx";
import { ThemeToggle } from "./theme-toggle.tsx";

export function SiteHeader() {
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        Pillars
      </Link>
      <nav aria-label="Main">
        <ul>
          <li>
            <Link href="/">Course</Link>
          </li>
          <li>
            <Link href="/dashboard">Dashboard</Link>
          </li>
          <li>
            <Link href="/search">Search</Link>
          </li>
        </ul>
      </nav>
      <div className="tools">
        <AccountLink />
        <ThemeToggle />
        <HelpDialog />
      </div>
    </header>
  );
}

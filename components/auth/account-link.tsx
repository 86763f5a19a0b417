"use client";
// The header's account entry. Asked of the API from the browser, so the (static) pages around
// it stay static: "Sign in" until /api/v1/me says who you are.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";

type Me = { email: string; role: string } | null;

export function AccountLink() {
  const [me, setMe] = useState<Me | undefined>(undefined);
  const pathname = usePathname();
  useEffect(() => {
    let live = true;
    fetch("/api/v1/me", { credentials: "same-origin" })
      .then(async (r) => (r.ok ? ((await r.json()) as { user: Me }).user : null))
      .catch(() => null)
      .then((user) => live && setMe(user));
    return () => {
      live = false;
    };
  }, [pathname]);
  if (me === undefined) return null;
  if (me === null) {
    return (
      <Link href="/sign-in" className="button">
        Sign in
      </Link>
    );
  }
  return (
    <>
      {me.role !== "learner" ? <Link href="/instructor">Instructor</Link> : null}
      <Link href="/account" aria-label={`Account (${me.email})`}>
        Account
      </Link>
    </>
  );
}

// The signed-in account: who, which role, change password, sign out (here or elsewhere).
import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { sessionUserFromHeaders } from "#lib/auth/session.ts";
import { ChangePasswordForm, SignOutButtons } from "#components/auth/account-forms.tsx";

export const metadata: Metadata = { title: "Account" };
export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const user = await sessionUserFromHeaders(await headers());
  if (!user) redirect("/sign-in");
  return (
    <div className="page page-narrow">
      <h1>Account</h1>
      <p>
        Signed in as <strong>{user.email}</strong> ({user.role}).
      </p>
      <section aria-labelledby="password-heading" className="card">
        <h2 id="password-heading">Change password</h2>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="sessions-heading" className="card">
        <h2 id="sessions-heading">Sessions</h2>
        <SignOutButtons />
      </section>
    </div>
  );
}

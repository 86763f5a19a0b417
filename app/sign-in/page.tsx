import type { Metadata } from "next";
import { AuthForm } from "#components/auth/auth-form.tsx";

export const metadata: Metadata = { title: "Sign in" };

export default function SignInPage() {
  return (
    <div className="page page-narrow">
      <h1>Sign in</h1>
      <AuthForm mode="sign-in" />
    </div>
  );
}

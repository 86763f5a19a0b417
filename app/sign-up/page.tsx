import type { Metadata } from "next";
import { AuthForm } from "#components/auth/auth-form.tsx";

export const metadata: Metadata = { title: "Create an account" };

export default function SignUpPage() {
  return (
    <div className="page page-narrow">
      <h1>Create an account</h1>
      <p className="muted">Your runs, quiz scores and lessons are then kept on the server.</p>
      <AuthForm mode="sign-up" />
    </div>
  );
}

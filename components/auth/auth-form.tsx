"use client";
// Sign in and sign up: labelled fields with the right autocomplete, one error region that is
// announced, and the browser's anonymous progress merged into the account on success.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { readProgress } from "../progress/progress-store.ts";
import { mergeBrowserProgress, postAuth } from "./auth-client.ts";
import styles from "./auth.module.css";

export function AuthForm({ mode }: { mode: "sign-in" | "sign-up" }) {
  const router = useRouter();
  const id = useId();
  const [error, setError] = useState("");
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const email = String(data.get("email") ?? "");
    const password = String(data.get("password") ?? "");
    setPending(true);
    setError("");
    const outcome =
      mode === "sign-in"
        ? await postAuth("sign-in/email", { email, password })
        : await postAuth("sign-up/email", {
            email,
            password,
            name: String(data.get("name") ?? "") || email.split("@")[0],
          });
    if (!outcome.ok) {
      setPending(false);
      setError(outcome.message);
      return;
    }
    await mergeBrowserProgress(readProgress(localStorage));
    router.push("/dashboard");
    router.refresh();
  }

  return (
    <form className={styles.form} onSubmit={onSubmit} aria-describedby={`${id}-error`} noValidate>
      {mode === "sign-up" ? (
        <div className={styles.field}>
          <label htmlFor={`${id}-name`}>Name (optional)</label>
          <input id={`${id}-name`} name="name" autoComplete="name" maxLength={100} />
        </div>
      ) : null}
      <div className={styles.field}>
        <label htmlFor={`${id}-email`}>Email</label>
        <input id={`${id}-email`} name="email" type="email" autoComplete="email" required />
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-password`}>Password</label>
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete={mode === "sign-in" ? "current-password" : "new-password"}
          minLength={mode === "sign-up" ? 10 : undefined}
          maxLength={128}
          required
          aria-describedby={mode === "sign-up" ? `${id}-password-hint` : undefined}
        />
        {mode === "sign-up" ? (
          <p id={`${id}-password-hint`} className={`muted ${styles.hint}`}>
            At least 10 characters. A few unrelated words make a strong one.
          </p>
        ) : null}
      </div>
      <div id={`${id}-error`} role="alert" className={error ? styles.error : undefined}>
        {error}
      </div>
      <button type="submit" className="button primary" disabled={pending}>
        {pending ? "Please wait…" : mode === "sign-in" ? "Sign in" : "Create account"}
      </button>
      <p className="muted">
        {mode === "sign-in" ? (
          <>
            No account yet? <Link href="/sign-up">Create one</Link>.
          </>
        ) : (
          <>
            Already have an account? <Link href="/sign-in">Sign in</Link>.
          </>
        )}{" "}
        Progress made in this browser is added to your account.
      </p>
    </form>
  );
}

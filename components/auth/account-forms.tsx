"use client";
// The account page's actions: change password (other sessions are signed out), sign out of
// other devices, and sign out here.
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { postAuth } from "./auth-client.ts";
import styles from "./auth.module.css";

export function ChangePasswordForm() {
  const id = useId();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const newPassword = String(data.get("newPassword") ?? "");
    if (newPassword !== String(data.get("confirm") ?? "")) {
      setMessage({ ok: false, text: "The two new passwords differ." });
      return;
    }
    setPending(true);
    const outcome = await postAuth("change-password", {
      currentPassword: String(data.get("currentPassword") ?? ""),
      newPassword,
      revokeOtherSessions: true,
    });
    setPending(false);
    if (outcome.ok) {
      form.reset();
      setMessage({ ok: true, text: "Password changed. Other devices have been signed out." });
    } else {
      setMessage({ ok: false, text: outcome.message });
    }
  }

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate>
      <div className={styles.field}>
        <label htmlFor={`${id}-current`}>Current password</label>
        <input
          id={`${id}-current`}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
        />
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-new`}>New password</label>
        <input
          id={`${id}-new`}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          minLength={10}
          maxLength={128}
          required
        />
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-confirm`}>New password, again</label>
        <input
          id={`${id}-confirm`}
          name="confirm"
          type="password"
          autoComplete="new-password"
          required
        />
      </div>
      <div role="status" className={message && !message.ok ? styles.error : undefined}>
        {message?.text}
      </div>
      <button type="submit" className="button" disabled={pending}>
        Change password
      </button>
    </form>
  );
}

export function SignOutButtons() {
  const router = useRouter();
  const [status, setStatus] = useState("");
  return (
    <div className="dialog-actions">
      <button
        type="button"
        className="button"
        onClick={async () => {
          const outcome = await postAuth("revoke-other-sessions", {});
          setStatus(outcome.ok ? "Other devices are signed out." : outcome.message);
        }}
      >
        Sign out other devices
      </button>
      <button
        type="button"
        className="button primary"
        onClick={async () => {
          await postAuth("sign-out", {});
          router.push("/");
          router.refresh();
        }}
      >
        Sign out
      </button>
      <p role="status">{status}</p>
    </div>
  );
}

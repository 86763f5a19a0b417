// Accounts in the browser: sign up (the browser's progress comes along), see the dashboard read
// the account, change the password, sign out, sign back in with the new password; and the
// account pages pass axe.
import AxeBuilder from "@axe-core/playwright";
import { randomBytes } from "node:crypto";
import { describe, expect, test } from "vitest";
import { browserSession } from "./browser.ts";
import { exercisesOnDisk } from "./content.ts";

const session = browserSession();
const email = `e2e-${randomBytes(4).toString("hex")}@example.com`;
const first = "first long passphrase";
const second = "second long passphrase";

async function axeViolations(): Promise<string[]> {
  const results = await new AxeBuilder({ page: session.page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.help}`);
}

describe("accounts", () => {
  test("the sign-up, sign-in and API pages have no WCAG 2.1 AA violations", async () => {
    for (const path of ["/sign-up", "/sign-in", "/api-docs"]) {
      await session.page.goto(path);
      expect(await axeViolations(), path).toEqual([]);
    }
  });

  test("signing up merges this browser's progress and the dashboard reads the account", async () => {
    const { page } = session;
    await page.goto("/sign-up");
    // Progress made before signing up, as the workspace records it.
    await page.evaluate(() =>
      localStorage.setItem(
        "pillars:progress:v1",
        JSON.stringify({ exercises: {}, recentRuns: [], quizzes: {} }),
      ),
    );
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password", { exact: true }).fill(first);
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL("**/dashboard");
    await page.getByText("Saved to your account.").waitFor();
    await page.getByRole("link", { name: `Account (${email})` }).waitFor();
  });

  test("a signed-in learner marks a lesson done, and it stays done", async () => {
    const { page } = session;
    const exercise = exercisesOnDisk()[0]!;
    await page.goto(`/learn/${exercise.pillarSlug}/${exercise.lessonSlug}`);
    await page.getByRole("button", { name: "Mark this lesson as done" }).click();
    await page.getByRole("button", { name: /Lesson done/ }).waitFor();
    await page.reload();
    const done = page.getByRole("button", { name: /Lesson done/ });
    await done.waitFor();
    expect(await done.getAttribute("aria-pressed")).toBe("true");
  });

  test("the account page changes the password and signs out", async () => {
    const { page } = session;
    await page.goto("/account");
    expect(await axeViolations()).toEqual([]);
    await page.getByLabel("Current password").fill(first);
    await page.getByLabel("New password", { exact: true }).fill(second);
    await page.getByLabel("New password, again").fill(second);
    await page.getByRole("button", { name: "Change password" }).click();
    await page.getByText("Password changed.").waitFor();
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/");
    await page.goto("/account");
    await page.waitForURL("**/sign-in");
  });

  test("a wrong password is refused without saying why; the new one signs in", async () => {
    const { page } = session;
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(first);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("alert").getByText("Wrong email or password.").waitFor();
    await page.getByLabel("Password").fill(second);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL("**/dashboard");
    await page.getByText("Saved to your account.").waitFor();
  });
});

// The workspace's safety nets: a failed request keeps the code and says what happened, Reset
// asks first, hints come one at a time, and the solution waits for an attempt and a "yes".
import { describe, expect, test } from "vitest";
import { browserSession, replaceEditorText, waitForEditor } from "./browser.ts";
import { exercisesOnDisk } from "./content.ts";

const session = browserSession();
const exercise = exercisesOnDisk().find((x) => x.hasHints)!;
const MINE = "// my own attempt\nexport const mine = 1;\n";
const saved = () =>
  session.page.evaluate(
    (id) => JSON.parse(localStorage.getItem(`pillars:code:${id}`) ?? "{}"),
    exercise.id,
  );

describe("the exercise workspace", () => {
  test("a network failure shows a readable message and keeps the code", async () => {
    const { page } = session;
    await page.goto(`/exercises/${exercise.id}`);
    await waitForEditor(page);
    await replaceEditorText(page, MINE);
    await page.route("**/api/v1/exercises/*/runs", (route) => route.abort("connectionrefused"));
    await page.getByRole("button", { name: /^Run/ }).click();
    const alert = page.getByRole("alert").filter({ hasText: /server/i });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/could not reach the server.*your code is kept/i);
    expect((await saved())[exercise.entry]).toBe(MINE);
  });

  test("a server error shows its problem detail and keeps the code", async () => {
    const { page } = session;
    await page.unroute("**/api/v1/exercises/*/runs");
    await page.route("**/api/v1/exercises/*/runs", (route) =>
      route.fulfill({
        status: 503,
        contentType: "application/problem+json",
        body: JSON.stringify({
          title: "Grading is busy",
          detail: "Too many runs are waiting.",
          status: 503,
        }),
      }),
    );
    await page.getByRole("button", { name: /^Run/ }).click();
    await page.getByText("Grading is busy: Too many runs are waiting.", { exact: false }).waitFor();
    expect((await saved())[exercise.entry]).toBe(MINE);
    await page.unroute("**/api/v1/exercises/*/runs");
  });

  test("Reset asks first: keeping the code keeps it, confirming restores the starter", async () => {
    const { page } = session;
    await page.getByRole("button", { name: "Reset" }).click();
    const dialog = page.getByRole("dialog", { name: /reset to the starter/i });
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Keep my code" }).click();
    expect((await saved())[exercise.entry]).toBe(MINE);
    await page.getByRole("button", { name: "Reset" }).click();
    await dialog.getByRole("button", { name: "Reset" }).click();
    await dialog.waitFor({ state: "hidden" });
    expect(await page.locator(".monaco-editor .view-lines").first().textContent()).not.toContain(
      "my own attempt",
    );
  });

  test("hints are revealed one at a time", async () => {
    const { page } = session;
    const button = page.getByRole("button", { name: /^Show hint 1 of \d+$/ });
    const total = Number((await button.textContent())!.match(/of (\d+)/)![1]);
    await button.click();
    expect(await page.locator("section[aria-labelledby=hints-heading] ol > li").count()).toBe(1);
    if (total > 1) await page.getByRole("button", { name: `Show hint 2 of ${total}` }).waitFor();
    else await page.getByText("That was the last hint.").waitFor();
  });

  test("the solution is locked until a run, then shown after confirming", async () => {
    const { page } = session;
    await page.evaluate(() => localStorage.removeItem("pillars:progress:v1"));
    await page.reload();
    await waitForEditor(page);
    const show = page.getByRole("button", { name: "Show the solution" });
    expect(await show.isDisabled()).toBe(true);
    await page.getByRole("button", { name: /^Run/ }).click();
    await page.locator("[data-testid=results] h2").waitFor({ timeout: 60_000 });
    expect(await show.isEnabled()).toBe(true);
    await show.click();
    const dialog = page.getByRole("dialog", { name: "Show the solution?" });
    await dialog.getByRole("button", { name: "Show it" }).click();
    const code = page.getByRole("region", { name: "Solution" }).locator("pre").first();
    await code.waitFor();
    expect((await code.textContent())?.trim()).toBe(exercise.solution.trim());
  });
});

// The keyboard alone can run code: Tab to the Run button and press Enter, and Ctrl+Enter from
// inside the editor. Also: the skip link, and "?" opening the shortcuts dialog.
import { describe, expect, test } from "vitest";
import { browserSession, waitForEditor } from "./browser.ts";
import { exercisesOnDisk } from "./content.ts";

const session = browserSession();
const exercise = exercisesOnDisk()[0];

async function tabUntil(predicate: () => Promise<boolean>, max = 80): Promise<boolean> {
  for (let i = 0; i < max; i++) {
    if (await predicate()) return true;
    await session.page.keyboard.press("Tab");
  }
  return predicate();
}

describe("keyboard only", () => {
  test("the skip link is the first stop and moves focus to the content", async () => {
    const { page } = session;
    await page.goto("/");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
  });

  test("? opens the shortcuts dialog and Escape closes it", async () => {
    const { page } = session;
    await page.keyboard.press("?");
    const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain("Run your code");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
  });

  test("the dark mode toggle works from the keyboard and holds across a reload", async () => {
    const { page } = session;
    await page.goto("/");
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("light");
    const toggle = page.getByRole("button", { name: "Dark mode" });
    await toggle.focus();
    await page.keyboard.press("Enter");
    expect(await toggle.getAttribute("aria-pressed")).toBe("true");
    await page.reload();
    // Set by the inline boot script before first paint, not after hydration.
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    await page.getByRole("button", { name: "Dark mode" }).press("Enter");
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("light");
  });

  test("Tab reaches Run, Enter runs the code and the result is announced", async () => {
    const { page } = session;
    await page.goto(`/exercises/${exercise!.id}`);
    await waitForEditor(page);
    const reached = await tabUntil(() =>
      page.evaluate(() => document.activeElement?.textContent?.startsWith("Run") ?? false),
    );
    expect(reached, "Tab reaches the Run button").toBe(true);
    await page.keyboard.press("Enter");
    await page.locator("[data-testid=results] h2").waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("run-status").getAttribute("aria-live")).toBe("polite");
    expect(await page.getByTestId("run-status").textContent()).toMatch(/Run finished/);
  });

  test("Ctrl+Enter in the editor runs the code", async () => {
    const { page } = session;
    await page.reload();
    await waitForEditor(page);
    const reached = await tabUntil(() =>
      page.evaluate(() => document.activeElement?.closest(".monaco-editor") !== null),
    );
    expect(reached, "Tab reaches the editor").toBe(true);
    await page.keyboard.press("Control+Enter");
    await page.locator("[data-testid=results] h2").waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("run-status").textContent()).toMatch(/Run finished/);
  });
});

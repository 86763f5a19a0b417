// Shared set-up for the browser specs: Debian's chromium through playwright-core, one fresh
// context per spec file, and a screenshot in test-results/ for every failed test.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll } from "vitest";

export const BASE_URL = process.env.PILLARS_E2E_URL ?? "";
if (!BASE_URL)
  throw new Error("PILLARS_E2E_URL is not set: run the browser tests with `npm run test:e2e`.");

const RESULTS = join(import.meta.dirname, "../../test-results");

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.PILLARS_E2E_CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export interface Session {
  browser: Browser;
  context: BrowserContext;
  page: Page;
}

/** A browser, context and page for one spec file; failed tests leave a screenshot. */
export function browserSession(options: { colorScheme?: "light" | "dark" } = {}): Session {
  const session = {} as Session;
  beforeAll(async () => {
    session.browser = await launchBrowser();
    session.context = await session.browser.newContext({
      baseURL: BASE_URL,
      viewport: { width: 1280, height: 900 },
      colorScheme: options.colorScheme ?? "light",
    });
    session.page = await session.context.newPage();
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== "fail" || !session.page) return;
    mkdirSync(RESULTS, { recursive: true });
    const name = ctx.task.name.replace(/[^a-z0-9]+/gi, "-").slice(0, 80);
    await session.page
      .screenshot({ path: join(RESULTS, `e2e-${name}.png`), fullPage: true })
      .catch(() => {});
  });
  afterAll(async () => {
    await session.browser?.close();
  });
  return session;
}

/** Waits until Monaco has mounted and shows the file. */
export async function waitForEditor(page: Page): Promise<void> {
  await page
    .locator(".monaco-editor .view-lines")
    .first()
    .waitFor({ state: "visible", timeout: 60_000 });
}

/** Replaces the open file's text in Monaco as a paste would (no auto-closing brackets). */
export async function replaceEditorText(page: Page, text: string): Promise<void> {
  // A click gives Monaco real focus (its EditContext element, in Chromium); focusing the
  // hidden textarea does not route keys to the editor.
  await page.locator(".monaco-editor .view-lines").first().click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(text);
}

// axe finds no WCAG 2.1 A/AA violation on any page type, in light and in dark mode.
import AxeBuilder from "@axe-core/playwright";
import { describe, expect, test } from "vitest";
import { browserSession, waitForEditor } from "./browser.ts";
import { exercisesOnDisk, quizzesOnDisk } from "./content.ts";

const exercise = exercisesOnDisk()[0]!;
const quiz = quizzesOnDisk()[0];

const PAGES: {
  name: string;
  path: string;
  ready?: (s: ReturnType<typeof browserSession>) => Promise<void>;
}[] = [
  { name: "catalog", path: "/" },
  { name: "pillar", path: `/learn/${exercise.pillarSlug}` },
  { name: "lesson", path: `/learn/${exercise.pillarSlug}/${exercise.lessonSlug}` },
  {
    name: "exercise with results",
    path: `/exercises/${exercise.id}`,
    ready: async ({ page }) => {
      await waitForEditor(page);
      await page.getByRole("button", { name: /^Run/ }).click();
      await page.locator("[data-testid=results] h2").waitFor({ timeout: 60_000 });
    },
  },
  ...(quiz ? [{ name: "quiz", path: `/quizzes/${quiz.id}` }] : []),
  { name: "dashboard", path: "/dashboard" },
  {
    name: "search with results",
    path: "/search?q=cache",
    ready: async ({ page }) => {
      await page.getByTestId("search-results").locator("li").first().waitFor();
    },
  },
];

for (const colorScheme of ["light", "dark"] as const) {
  describe(`accessibility in ${colorScheme} mode`, () => {
    const session = browserSession({ colorScheme });
    for (const p of PAGES) {
      test(`${p.name} page has no WCAG 2.1 AA violations`, async () => {
        await session.page.goto(p.path);
        expect(await session.page.evaluate(() => document.documentElement.dataset.theme)).toBe(
          colorScheme,
        );
        await p.ready?.(session);
        const results = await new AxeBuilder({ page: session.page })
          .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
          .analyze();
        const summary = results.violations.map(
          (v) =>
            `${v.id}: ${v.help} (${v.nodes
              .map((n) => n.target.join(" "))
              .slice(0, 3)
              .join("; ")})`,
        );
        expect(summary).toEqual([]);
      });
    }
  });
}

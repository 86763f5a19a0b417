// A learner's path through the site: open a lesson, run the starter and see a failing test,
// fix the code and see it pass with a trace, take a quiz and see the score, then find all of
// it on the dashboard.
import type { Locator } from "playwright-core";
import { describe, expect, test } from "vitest";
import { replaceEditorText, browserSession, waitForEditor } from "./browser.ts";
import { exercisesOnDisk, quizzesOnDisk } from "./content.ts";

const session = browserSession();
const exercise = exercisesOnDisk().find((x) => x.usesWorld);
const quiz = quizzesOnDisk()[0];

describe("a learner's journey", () => {
  test("the course has an exercise and a quiz to work with", () => {
    expect(exercise, "a single-file exercise in lessons/ that uses the world").toBeDefined();
    expect(quiz, "a quiz.json in lessons/").toBeDefined();
  });

  test("opens a lesson from the catalog and reaches its exercise", async () => {
    const { page } = session;
    await page.goto(`/learn/${exercise!.pillarSlug}`);
    await page
      .locator(`a[href="/learn/${exercise!.pillarSlug}/${exercise!.lessonSlug}"]`)
      .first()
      .click();
    await page.waitForURL(`**/learn/${exercise!.pillarSlug}/${exercise!.lessonSlug}`);
    expect(await page.locator("h1").textContent()).toBeTruthy();
    await page.locator(`a[href="/exercises/${exercise!.id}"]`).first().click();
    await page.waitForURL(`**/exercises/${exercise!.id}`);
    await waitForEditor(page);
    expect(await page.locator("h1").textContent()).toBe(exercise!.title);
  });

  test("running the starter shows a failing test with its message", async () => {
    const { page } = session;
    await page.getByRole("button", { name: /^Run/ }).click();
    const verdict = page.locator("[data-testid=results] h2");
    await verdict.waitFor({ timeout: 60_000 });
    expect(await verdict.getAttribute("data-verdict")).not.toBe("passed");
    expect(
      await page.locator("[data-testid=results] li[data-status=failed]").count(),
    ).toBeGreaterThan(0);
    expect(await page.getByTestId("run-status").textContent()).toMatch(/Run finished/);
  });

  test("the fixed code passes, the trace shows its calls, and the code survives a reload", async () => {
    const { page } = session;
    await replaceEditorText(page, exercise!.solution);
    await page.getByRole("button", { name: /^Run/ }).click();
    await page
      .locator("[data-testid=results] h2[data-verdict=passed]")
      .waitFor({ timeout: 60_000 });
    expect(await page.locator("[data-testid=results] li[data-status=failed]").count()).toBe(0);
    const rows = page.locator("[data-testid=trace-waterfall] li");
    expect(await rows.count()).toBeGreaterThan(0);
    // Focusing a span shows its detail (the SQL, key or message); it is hidden otherwise.
    const tip = rows.first().locator("[role=tooltip]");
    expect(await tip.isVisible()).toBe(false);
    await rows.first().focus();
    expect(await tip.isVisible()).toBe(true);
    expect((await tip.textContent())?.length).toBeGreaterThan(0);
    await page.reload();
    await waitForEditor(page);
    const saved = await page.evaluate(
      (id) => localStorage.getItem(`pillars:code:${id}`),
      exercise!.id,
    );
    // Monaco auto-indents typed text, so compare without white space.
    const code: string = JSON.parse(saved ?? "{}")[exercise!.entry] ?? "";
    expect(code.replace(/\s+/g, "")).toBe(exercise!.solution.replace(/\s+/g, ""));
  });

  test("takes a quiz, sees the score and the explanations, and can retry", async () => {
    const { page } = session;
    await page.goto(`/quizzes/${quiz!.id}`);
    const form = page.getByTestId("quiz");
    for (const [index, q] of quiz!.questions.entries()) {
      const item = form.locator(":scope > ol > li").nth(index);
      if (q.kind === "single") await item.locator(`input[value="${q.answer as string}"]`).check();
      if (q.kind === "multiple")
        for (const id of q.answer as string[]) await item.locator(`input[value="${id}"]`).check();
      if (q.kind === "short")
        await item.locator("input[type=text]").fill((q.answer as string[])[0]!);
      if (q.kind === "ordering") await putInOrder(item, q.answer as string[]);
    }
    await page.getByRole("button", { name: "Check my answers" }).click();
    const score = page.getByTestId("quiz-score");
    await score.waitFor();
    const n = quiz!.questions.length;
    expect(await score.textContent()).toBe(`You scored ${n} of ${n}.`);
    expect(await form.getByText("✓ Correct").count()).toBe(n);
    await page.getByRole("button", { name: "Try again" }).click();
    await page.getByRole("button", { name: "Check my answers" }).waitFor();
    expect(await page.getByTestId("quiz-score").count()).toBe(0);
  });

  test("the dashboard shows the passed exercise, the recent runs and the quiz score", async () => {
    const { page } = session;
    await page.goto("/dashboard");
    await page.getByTestId("passed-exercises").waitFor();
    expect(await page.getByTestId("passed-exercises").textContent()).toContain(exercise!.title);
    expect(await page.locator("[data-testid=recent-runs] tbody tr").count()).toBe(2);
    expect(await page.getByTestId("quiz-scores").textContent()).toMatch(/\d+ of \d+/);
    const bars = await page
      .locator(".progress-chart [role=listitem]")
      .evaluateAll((gs) => gs.map((g) => g.getAttribute("aria-label") ?? ""));
    expect(bars.some((label) => /: [1-9]\d* of \d+ exercises passed/.test(label))).toBe(true);
  });
});

// Reorders an ordering question with its "move up" buttons, pressed with Enter as a keyboard
// user would, until the items read in the answer's order.
async function putInOrder(item: Locator, answer: string[]): Promise<void> {
  for (let target = 0; target < answer.length; target++) {
    const ids = await item
      .locator("ol li[data-id]")
      .evaluateAll((lis) => lis.map((li) => li.getAttribute("data-id")));
    for (let at = ids.indexOf(answer[target]!); at > target; at--) {
      await item.locator(`ol li[data-id="${answer[target]}"] button[data-move=up]`).press("Enter");
    }
  }
}

import { test, expect } from "@pillars/test";
import { judgeCanary } from "@pillars/learner";

const stable = { requests: 19_000, errors: 95, p95Ms: 200 }; // 0.5% errors

test("a canary as good as the stable version is promoted", () => {
  const verdict = judgeCanary(stable, { requests: 1_000, errors: 6, p95Ms: 210 });
  expect(verdict, "verdict for 0.6% errors and p95 210 ms").toEqual({
    action: "promote",
    reasons: [],
  });
});

test("the margins are allowed: up to +1 point of errors and 25% more latency", () => {
  const verdict = judgeCanary(stable, { requests: 1_000, errors: 14, p95Ms: 250 });
  expect(verdict, "verdict for 1.4% errors (stable 0.5%) and p95 250 ms (stable 200)").toEqual({
    action: "promote",
    reasons: [],
  });
});

test("error rates are compared, not error counts", () => {
  const verdict = judgeCanary(stable, { requests: 1_000, errors: 20, p95Ms: 200 });
  expect(verdict.action, "action for a canary failing 2% (stable 0.5%) with 20 errors vs 95").toBe(
    "rollback",
  );
  expect(verdict.reasons, "reasons").toEqual(["error_rate"]);
});

test("a canary more than 25% slower is rolled back", () => {
  const verdict = judgeCanary(stable, { requests: 1_000, errors: 5, p95Ms: 251 });
  expect(verdict, "verdict for p95 251 ms (stable 200)").toEqual({
    action: "rollback",
    reasons: ["latency"],
  });
  const both = judgeCanary(stable, { requests: 800, errors: 80, p95Ms: 900 });
  expect(both, "verdict for 10% errors and p95 900 ms").toEqual({
    action: "rollback",
    reasons: ["error_rate", "latency"],
  });
});

test("with too little canary traffic the gate waits", () => {
  const verdict = judgeCanary(stable, { requests: 120, errors: 3, p95Ms: 190 });
  expect(verdict, "verdict after 120 canary requests (minimum 500)").toEqual({
    action: "wait",
    reasons: ["not_enough_traffic"],
  });
  const enough = judgeCanary(stable, { requests: 500, errors: 2, p95Ms: 190 });
  expect(enough.action, "action after exactly 500 canary requests").toBe("promote");
});

test("without stable traffic to compare with, the gate waits instead of dividing by zero", () => {
  const verdict = judgeCanary(
    { requests: 0, errors: 0, p95Ms: 0 },
    { requests: 1_000, errors: 300, p95Ms: 200 },
  );
  expect(verdict, "verdict when the stable version served nothing").toEqual({
    action: "wait",
    reasons: ["no_baseline"],
  });
});

test("impossible metrics roll the canary back", () => {
  const cases = [
    { requests: 1_000, errors: 1_200, p95Ms: 200 },
    { requests: -1, errors: 0, p95Ms: 200 },
    { requests: 1_000, errors: 0, p95Ms: Number.NaN },
  ];
  for (const canary of cases) {
    expect(judgeCanary(stable, canary), `verdict for ${JSON.stringify(canary)}`).toEqual({
      action: "rollback",
      reasons: ["invalid_metrics"],
    });
  }
});

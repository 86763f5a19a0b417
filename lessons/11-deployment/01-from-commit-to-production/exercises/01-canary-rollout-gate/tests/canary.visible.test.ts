import { test, expect } from "@pillars/test";
import { judgeCanary } from "@pillars/learner";

test("a canary failing 4% of requests is rolled back, though it has fewer errors", () => {
  // The stable version served 95% of the traffic and failed 0.5% of it.
  const stable = { requests: 19_000, errors: 95, p95Ms: 180 };
  // The canary served 5% and failed 4% of it: 40 errors, fewer than 95.
  const canary = { requests: 1_000, errors: 40, p95Ms: 175 };
  expect(judgeCanary(stable, canary), "the verdict").toEqual({
    action: "rollback",
    reasons: ["error_rate"],
  });
});

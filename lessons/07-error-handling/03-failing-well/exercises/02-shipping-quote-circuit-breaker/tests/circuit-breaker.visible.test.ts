import { test, expect, world } from "@pillars/test";
import { createCircuitBreaker, CircuitOpenError } from "@pillars/learner";

test("after three failures in a row, the breaker stops calling the dependency", async () => {
  let calls = 0;
  const failing = async () => {
    calls += 1;
    await world.clock.sleep(20);
    throw new Error("inventory unavailable");
  };
  const breaker = createCircuitBreaker({ failureThreshold: 3, openMs: 30_000 });
  for (let i = 0; i < 3; i++) {
    await breaker.call(failing).catch(() => {});
  }
  let fastFailed = false;
  try {
    await breaker.call(failing);
  } catch (err) {
    fastFailed = err instanceof CircuitOpenError;
  }
  expect(fastFailed, "the fourth call rejected with CircuitOpenError").toBe(true);
  expect(calls, "calls that reached the dependency").toBe(3);
});

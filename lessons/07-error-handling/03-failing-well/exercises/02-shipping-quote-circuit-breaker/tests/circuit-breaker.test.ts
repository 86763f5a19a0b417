import { test, expect, world } from "@pillars/test";
import { createCircuitBreaker, CircuitOpenError, quoteShipping } from "@pillars/learner";

const OPEN_MS = 10_000;

/** A dependency the tests control: counts its calls, fails while `down`. */
function dependency() {
  const dep = {
    calls: 0,
    down: false,
    async fn() {
      dep.calls += 1;
      await world.clock.sleep(20);
      if (dep.down) throw new Error("inventory unavailable");
      return "in stock";
    },
  };
  return dep;
}

/** Calls through the breaker; tells a fast-fail (CircuitOpenError) from the real error. */
async function attempt(
  breaker: { call(fn: () => Promise<string>): Promise<string> },
  fn: () => Promise<string>,
) {
  try {
    return { outcome: "value", value: await breaker.call(fn) };
  } catch (err) {
    if (err instanceof CircuitOpenError) return { outcome: "open" };
    return { outcome: "error", message: err instanceof Error ? err.message : String(err) };
  }
}

async function openedBreaker() {
  const dep = dependency();
  const breaker = createCircuitBreaker({ failureThreshold: 3, openMs: OPEN_MS });
  dep.down = true;
  for (let i = 0; i < 3; i++) await attempt(breaker, dep.fn);
  return { dep, breaker };
}

test("while closed, values and the real errors pass through; only consecutive failures count", async () => {
  const dep = dependency();
  const breaker = createCircuitBreaker({ failureThreshold: 3, openMs: OPEN_MS });
  expect(await attempt(breaker, dep.fn), "a healthy call").toEqual({
    outcome: "value",
    value: "in stock",
  });
  dep.down = true;
  expect(await attempt(breaker, dep.fn), "a failing call").toEqual({
    outcome: "error",
    message: "inventory unavailable",
  });
  await attempt(breaker, dep.fn);
  dep.down = false;
  await attempt(breaker, dep.fn); // a success between: the count starts again
  dep.down = true;
  await attempt(breaker, dep.fn);
  await attempt(breaker, dep.fn);
  dep.down = false;
  expect(
    await attempt(breaker, dep.fn),
    "a call after fail, fail, success, fail, fail (never 3 in a row)",
  ).toEqual({ outcome: "value", value: "in stock" });
  expect(dep.calls, "calls that reached the dependency").toBe(7);
});

test("three failures in a row open the circuit: the next call fails fast without calling", async () => {
  const { dep, breaker } = await openedBreaker();
  expect(dep.calls, "calls made by the three failing attempts").toBe(3);
  const started = world.clock.now();
  expect(await attempt(breaker, dep.fn), "the fourth call").toEqual({ outcome: "open" });
  expect(dep.calls, "calls that reached the dependency after it opened").toBe(3);
  expect(world.clock.now() - started, "virtual ms the fourth call took").toBe(0);
  expect(breaker.state(), "state() after three failures").toBe("open");
});

test("the circuit stays open for the whole openMs", async () => {
  const { dep, breaker } = await openedBreaker();
  dep.down = false;
  await world.clock.advance(OPEN_MS - 100);
  expect(await attempt(breaker, dep.fn), `a call ${OPEN_MS - 100} ms after opening`).toEqual({
    outcome: "open",
  });
  expect(dep.calls, "calls that reached the dependency").toBe(3);
});

test("after openMs one trial call goes through, and a success closes the circuit", async () => {
  const { dep, breaker } = await openedBreaker();
  dep.down = false;
  await world.clock.advance(OPEN_MS);
  expect(await attempt(breaker, dep.fn), "the trial call").toEqual({
    outcome: "value",
    value: "in stock",
  });
  expect(breaker.state(), "state() after a successful trial").toBe("closed");
  expect(await attempt(breaker, dep.fn), "the call after the trial").toEqual({
    outcome: "value",
    value: "in stock",
  });
  expect(dep.calls, "calls: 3 failures, the trial, one more").toBe(5);
});

test("a failed trial opens the circuit for another full openMs", async () => {
  const { dep, breaker } = await openedBreaker();
  await world.clock.advance(OPEN_MS);
  expect(await attempt(breaker, dep.fn), "the trial call, still failing").toEqual({
    outcome: "error",
    message: "inventory unavailable",
  });
  expect(await attempt(breaker, dep.fn), "the call right after the failed trial").toEqual({
    outcome: "open",
  });
  dep.down = false;
  await world.clock.advance(OPEN_MS - 100);
  expect(await attempt(breaker, dep.fn), "a call just before the second cool-down ends").toEqual({
    outcome: "open",
  });
  await world.clock.advance(100);
  expect(await attempt(breaker, dep.fn), "the second trial").toEqual({
    outcome: "value",
    value: "in stock",
  });
  expect(dep.calls, "calls: 3 failures and 2 trials").toBe(5);
});

test("half-open admits exactly one trial; callers arriving meanwhile fail fast", async () => {
  const { dep, breaker } = await openedBreaker();
  dep.down = false;
  await world.clock.advance(OPEN_MS);
  const outcomes = await Promise.all([
    attempt(breaker, dep.fn),
    attempt(breaker, dep.fn),
    attempt(breaker, dep.fn),
  ]);
  expect(
    outcomes.map((o) => o.outcome),
    "outcomes of three calls started together after the cool-down",
  ).toEqual(["value", "open", "open"]);
  expect(dep.calls, "calls: 3 failures and 1 trial").toBe(4);
});

test("quoteShipping: with the carrier hanging, only three calls wait out the timeout", async () => {
  world.http.route("GET", "https://carrier.test/quotes", async () => {
    await world.clock.sleep(60_000);
    return { status: 200, body: { priceCents: 650 } };
  });
  const carrierCallsBefore = world.http.calls().length;
  const started = world.clock.now();
  const quotes = [];
  for (let i = 0; i < 10; i++) quotes.push(await quoteShipping("EH1 1YZ"));
  const elapsed = world.clock.now() - started;
  const carrierCalls = world.http
    .calls()
    .slice(carrierCallsBefore)
    .filter((c) => c.url.startsWith("https://carrier.test")).length;
  expect(carrierCalls, "calls to the carrier for 10 quotes").toBe(3);
  expect(elapsed, "virtual ms for 10 quotes (each timeout is 500 ms)").toBeLessThan(1_700);
  expect(quotes[9], "the tenth quote").toEqual({ priceCents: 495, estimated: true });
});

test("quoteShipping: 30 s later the carrier is tried again, and real quotes return", async () => {
  world.http.route("GET", "https://carrier.test/quotes", () => ({
    status: 200,
    body: { priceCents: 720 },
  }));
  await world.clock.advance(30_000);
  expect(await quoteShipping("EH1 1YZ"), "the quote after the cool-down").toEqual({
    priceCents: 720,
    estimated: false,
  });
  expect(await quoteShipping("G2 3AB"), "the next quote").toEqual({
    priceCents: 720,
    estimated: false,
  });
});

import { test, expect, world } from "@pillars/test";
import { backoffDelay, processReceipts } from "@pillars/learner";

const QUEUE = "receipts";
// Between two deliveries of one message the worker also spends virtual time on the calls
// themselves: the receive (5 ms) and the mail request (50 ms) before the service sees it.
const CALL_OVERHEAD_MS = 55;
const POLL_STEP_MS = 100;

type Answer = number | "network-error";
/** Delivery times of each receipt, as the mail service saw them (virtual ms). */
let seen: Record<string, number[]> = {};

/** Stands up the mail service; `answer` picks the status for a receipt's nth attempt. */
function mailService(answer: (receiptId: string, attempt: number) => Answer): void {
  seen = {};
  world.http.route("POST", "https://mail.test/send", (req) => {
    const { receiptId } = req.body as { receiptId: string };
    (seen[receiptId] ??= []).push(world.clock.now());
    const status = answer(receiptId, seen[receiptId].length);
    if (status === "network-error") throw new Error("socket hang up");
    return { status, body: { receiptId } };
  });
}

function receipt(receiptId: string, to = `${receiptId}@example.com`) {
  return { receiptId, to, orderId: 1, totalCents: 2450 };
}

/** Runs the worker as a scheduler would: every POLL_STEP_MS of virtual time, for `ms`. */
async function runWorkerFor(ms: number): Promise<void> {
  const until = world.clock.now() + ms;
  while (world.clock.now() < until) {
    await processReceipts();
    await world.clock.advance(POLL_STEP_MS);
  }
}

/** The waits between deliveries of one receipt, without the calls' own cost. */
function waits(receiptId: string): number[] {
  const times = seen[receiptId] ?? [];
  return times.slice(1).map((t, i) => t - times[i] - CALL_OVERHEAD_MS);
}

async function deadLetterBodies(): Promise<unknown[]> {
  return (await world.queue.deadLetters(QUEUE)).map((m) => m.body);
}

test("a receipt the mail service accepts is sent once and acked", async () => {
  mailService(() => 202);
  await world.queue.send(QUEUE, receipt("r-100"));
  await processReceipts();
  expect(seen["r-100"]?.length ?? 0, "requests to the mail service for r-100").toBe(1);
  expect(await world.queue.size(QUEUE), "messages left in receipts").toBe(0);
});

test("the first retry comes 0.5 to 1 s after a 503, and then the receipt is delivered", async () => {
  mailService((_id, attempt) => (attempt === 1 ? 503 : 202));
  await world.queue.send(QUEUE, receipt("r-101"));
  await runWorkerFor(5_000);
  expect(seen["r-101"]?.length ?? 0, "requests for r-101 (one 503, then accepted)").toBe(2);
  const [wait] = waits("r-101");
  expect(wait, "ms waited before the retry").toBeGreaterThanOrEqual(500 - 1);
  expect(wait, "ms waited before the retry").toBeLessThanOrEqual(1_000 + POLL_STEP_MS + 10);
  expect(await world.queue.size(QUEUE), "messages left in receipts").toBe(0);
});

test("waits double after each failure and stop growing at the 20-second cap", async () => {
  world.queue.configure(QUEUE, { maxAttempts: 8 });
  mailService((_id, attempt) => (attempt < 8 ? 503 : 202));
  await world.queue.send(QUEUE, receipt("r-102"));
  await runWorkerFor(100_000);
  const ceilings = [1_000, 2_000, 4_000, 8_000, 16_000, 20_000, 20_000];
  const observed = waits("r-102");
  expect(observed.length, "retries of r-102 (7 failures before success)").toBe(7);
  ceilings.forEach((ceiling, i) => {
    const label = `ms waited after failure ${i + 1} (expected between ${ceiling / 2} and ${ceiling})`;
    expect(observed[i], label).toBeGreaterThanOrEqual(ceiling / 2 - 1);
    expect(observed[i], label).toBeLessThanOrEqual(ceiling + POLL_STEP_MS + 10);
  });
});

test("a receipt that always fails ends in receipts.dlq after maxAttempts deliveries", async () => {
  world.queue.configure(QUEUE, { maxAttempts: 4 });
  mailService(() => 500);
  await world.queue.send(QUEUE, receipt("r-103"));
  await runWorkerFor(60_000);
  expect(seen["r-103"]?.length ?? 0, "deliveries of r-103 (maxAttempts is 4)").toBe(4);
  expect(await deadLetterBodies(), "bodies in receipts.dlq").toContain(receipt("r-103"));
  expect(await world.queue.size(QUEUE), "messages left in receipts").toBe(0);
});

test("a 422 rejection goes to receipts.dlq at once, without retries", async () => {
  mailService((id) => (id === "r-104" ? 422 : 202));
  const rejected = receipt("r-104", "not-an-address");
  await world.queue.send(QUEUE, rejected);
  await runWorkerFor(30_000);
  expect(seen["r-104"]?.length ?? 0, "requests for a receipt the service rejects as invalid").toBe(
    1,
  );
  expect(await deadLetterBodies(), "bodies in receipts.dlq").toContain(rejected);
  expect(await world.queue.size(QUEUE), "messages left in receipts").toBe(0);
});

test("a network error is retried with backoff like a 503", async () => {
  world.queue.configure(QUEUE, { maxAttempts: 5 });
  mailService((_id, attempt) => (attempt === 1 ? "network-error" : 202));
  await world.queue.send(QUEUE, receipt("r-105"));
  await runWorkerFor(5_000);
  expect(seen["r-105"]?.length ?? 0, "requests for r-105 (one network error, then accepted)").toBe(
    2,
  );
  expect(waits("r-105")[0], "ms waited before the retry").toBeGreaterThanOrEqual(500 - 1);
  expect(await deadLetterBodies(), "bodies in receipts.dlq").not.toContain(receipt("r-105"));
});

test("the worker does not sit out a backoff: other receipts go out at once", async () => {
  mailService((id) => (id === "r-106" ? 503 : 202));
  await world.queue.send(QUEUE, receipt("r-106"));
  await world.queue.send(QUEUE, receipt("r-107"));
  const startedAt = world.clock.now();
  await processReceipts();
  expect(
    world.clock.now() - startedAt,
    "virtual ms processReceipts took for one failing and one good receipt (nack with a delay; do not sleep)",
  ).toBeLessThan(500);
  expect(seen["r-107"]?.length ?? 0, "requests for r-107 in that run").toBe(1);
  await runWorkerFor(60_000); // let r-106 finish its retries before the next test
});

test("backoffDelay stays within half and all of the capped exponential, with jitter", () => {
  for (let attempt = 1; attempt <= 10; attempt++) {
    const ceiling = Math.min(20_000, 1_000 * 2 ** (attempt - 1));
    for (let i = 0; i < 20; i++) {
      const delay = backoffDelay(attempt);
      expect(delay, `backoffDelay(${attempt})`).toBeGreaterThanOrEqual(ceiling / 2);
      expect(delay, `backoffDelay(${attempt})`).toBeLessThanOrEqual(ceiling);
    }
  }
  const samples = new Set(Array.from({ length: 20 }, () => backoffDelay(4)));
  expect(
    samples.size,
    "different values among 20 calls of backoffDelay(4) (jitter)",
  ).toBeGreaterThan(1);
  expect(backoffDelay(200), "backoffDelay(200), far past the cap").toBeLessThanOrEqual(20_000);
});

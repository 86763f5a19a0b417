import { http, log, queue, type Message } from "@pillars/world";

export const RECEIPTS_QUEUE = "receipts";
export const DEAD_LETTER_QUEUE = `${RECEIPTS_QUEUE}.dlq`;
export const MAIL_URL = "https://mail.test/send";

/** The delay before the second delivery; each later one doubles it. */
export const BASE_DELAY_MS = 1_000;
/** No retry waits longer than this, however many attempts have failed. */
export const MAX_DELAY_MS = 20_000;

/** One receipt email, as the order service publishes it. */
export interface Receipt {
  receiptId: string;
  to: string;
  orderId: number;
  totalCents: number;
}

/**
 * How long to wait after failed delivery number `attempt` (1, 2, 3, ...): exponential, capped,
 * with "equal jitter" (a random point in the upper half). Without jitter, every message that
 * failed during the same outage retries at the same instant, again and again, and the
 * recovering service is hit by synchronised waves.
 */
export function backoffDelay(attempt: number): number {
  if (!Number.isInteger(attempt) || attempt < 1) {
    throw new RangeError(`attempt must be a positive integer, got ${attempt}`);
  }
  // For a large attempt 2 ** n overflows to Infinity, and Math.min still answers the cap.
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
}

type Outcome = "delivered" | "retry" | "permanent";

/** Timeouts, rate limits and server errors may pass on a later try; other 4xx never will. */
function classify(status: number): Outcome {
  if (status >= 200 && status < 300) return "delivered";
  if (status === 408 || status === 429 || status >= 500) return "retry";
  return "permanent";
}

async function deliver(receipt: Receipt): Promise<{ outcome: Outcome; reason: string }> {
  try {
    const res = await http.fetch(MAIL_URL, { method: "POST", body: receipt });
    return { outcome: classify(res.status), reason: `HTTP ${res.status}` };
  } catch (err) {
    // The connection failed: we do not know whether the mail service saw the request, so
    // this is a retry (the mail service dedupes on receiptId).
    return { outcome: "retry", reason: err instanceof Error ? err.message : String(err) };
  }
}

async function handle(message: Message<Receipt>): Promise<void> {
  const { outcome, reason } = await deliver(message.body);
  const fields = { receiptId: message.body.receiptId, attempts: message.attempts, reason };

  if (outcome === "delivered") {
    await queue.ack(RECEIPTS_QUEUE, message.id);
  } else if (outcome === "permanent") {
    // Retrying a rejected address only burns attempts: park it for a human right away.
    // Send first, then ack: a crash in between duplicates the dead letter, never loses it.
    await queue.send(DEAD_LETTER_QUEUE, message.body);
    await queue.ack(RECEIPTS_QUEUE, message.id);
    log.warn("receipt rejected, dead-lettered", fields);
  } else {
    // Give it back with a delay instead of sleeping here: the worker moves on to other
    // messages at once. On its last allowed delivery the queue moves it to the DLQ itself.
    await queue.nack(RECEIPTS_QUEUE, message.id, { delayMs: backoffDelay(message.attempts) });
    log.warn("receipt delivery failed, will retry", fields);
  }
}

/** Handles every visible message in the `receipts` queue, then returns. */
export async function processReceipts(): Promise<void> {
  for (;;) {
    const messages = await queue.receive<Receipt>(RECEIPTS_QUEUE, { max: 10 });
    if (messages.length === 0) return;
    for (const message of messages) await handle(message);
  }
}

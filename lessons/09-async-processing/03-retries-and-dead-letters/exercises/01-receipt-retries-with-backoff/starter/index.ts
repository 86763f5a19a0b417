import { http, queue, type Message } from "@pillars/world";

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

/** How long to wait after failed delivery number `attempt` (1, 2, 3, ...). */
export function backoffDelay(attempt: number): number {
  // TODO 1: exponential backoff: BASE_DELAY_MS, then double per attempt, never above
  //         MAX_DELAY_MS, with jitter: a random value between half and all of that.
  //         Reject an attempt that is not a positive integer with a RangeError.
  return BASE_DELAY_MS;
}

async function handle(message: Message<Receipt>): Promise<void> {
  try {
    const res = await http.fetch(MAIL_URL, { method: "POST", body: message.body });
    if (res.ok) {
      await queue.ack(RECEIPTS_QUEUE, message.id);
      return;
    }
    // TODO 2: tell temporary failures (408, 429, 5xx) from permanent ones (other 4xx).
    //         A permanent failure goes to DEAD_LETTER_QUEUE at once and is acked here.
  } catch {
    // The mail service could not be reached.
  }
  // TODO 3: give the message back with a delay from backoffDelay(message.attempts)
  //         instead of retrying at once.
  await queue.nack(RECEIPTS_QUEUE, message.id);
}

/** Handles every visible message in the `receipts` queue, then returns. */
export async function processReceipts(): Promise<void> {
  for (;;) {
    const messages = await queue.receive<Receipt>(RECEIPTS_QUEUE, { max: 10 });
    if (messages.length === 0) return;
    for (const message of messages) await handle(message);
  }
}

// The queues' state and their SQS-like rules, on the virtual clock: a received message is
// invisible until its visibility timeout passes or it is acked; after `maxAttempts` deliveries,
// a message that is nacked or times out again moves to `<queue>.dlq`. Time is settled lazily:
// every operation first applies the timeouts that have passed, which is indistinguishable from
// applying them on time because nothing can observe a queue except through an operation.

export const DEFAULT_VISIBILITY_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_ATTEMPTS = 5;
export const DLQ_SUFFIX = ".dlq";

export interface StoredMessage {
  id: string;
  /** The body as JSON text: stored detached from the sender, parsed afresh on each delivery. */
  json: string;
  attempts: number;
  sentAt: number;
  /** Virtual ms from which the message can be received (delay, nack delay, visibility). */
  visibleAt: number;
  /** Received and neither acked, nacked nor timed out. */
  inFlight: boolean;
}

export interface QueueState {
  messages: StoredMessage[];
  maxAttempts: number;
  visibilityTimeoutMs: number;
  duplicateNext: boolean;
}

/** What a receiver, peek or deadLetters sees: a fresh copy. */
export function view(m: StoredMessage) {
  return { id: m.id, body: JSON.parse(m.json) as unknown, attempts: m.attempts, sentAt: m.sentAt };
}

export class Queues {
  private queues = new Map<string, QueueState>();
  /** Characters of message bodies held across all queues. */
  totalChars = 0;

  get count(): number {
    return this.queues.size;
  }

  find(name: string): QueueState | undefined {
    return this.queues.get(name);
  }

  ensure(name: string): QueueState {
    let q = this.queues.get(name);
    if (!q) {
      q = {
        messages: [],
        maxAttempts: DEFAULT_MAX_ATTEMPTS,
        visibilityTimeoutMs: DEFAULT_VISIBILITY_TIMEOUT_MS,
        duplicateNext: false,
      };
      this.queues.set(name, q);
    }
    return q;
  }

  add(name: string, message: StoredMessage): void {
    this.ensure(name).messages.push(message);
    this.totalChars += message.json.length;
  }

  remove(name: string, message: StoredMessage): void {
    const q = this.queues.get(name);
    const i = q ? q.messages.indexOf(message) : -1;
    if (i === -1) return;
    q!.messages.splice(i, 1);
    this.totalChars -= message.json.length;
  }

  /** Applies visibility timeouts that have passed: back to visible, or on to the DLQ. */
  settle(name: string, now: number): void {
    const q = this.queues.get(name);
    if (!q) return;
    for (const m of [...q.messages]) {
      if (!m.inFlight || m.visibleAt > now) continue;
      if (this.exhausted(name, m)) this.deadLetter(name, m, now);
      else m.inFlight = false;
    }
  }

  /** True when a failed delivery should move the message to the DLQ (never from a DLQ). */
  exhausted(name: string, m: StoredMessage): boolean {
    return !name.endsWith(DLQ_SUFFIX) && m.attempts >= this.ensure(name).maxAttempts;
  }

  deadLetter(name: string, m: StoredMessage, now: number): void {
    this.remove(name, m);
    this.add(`${name}${DLQ_SUFFIX}`, { ...m, inFlight: false, visibleAt: now });
  }

  /** The delivered copy that an ack / nack of `id` refers to: in flight first, else any received. */
  received(name: string, id: string): StoredMessage | undefined {
    const messages = this.queues.get(name)?.messages ?? [];
    return (
      messages.find((m) => m.id === id && m.inFlight) ??
      messages.find((m) => m.id === id && m.attempts > 0)
    );
  }
}

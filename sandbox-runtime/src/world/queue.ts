// The learner's message queues, SQS-shaped: send / receive / ack / nack / size, with delays,
// visibility timeouts, redelivery and a dead-letter queue, all on the virtual clock (rules in
// queue-store.ts). Test-only: peek, deadLetters, configure, duplicateNext. Message ids are
// deterministic (msg-1, msg-2, ...) so that runs reproduce. Caps: limits.queueLength messages
// per queue, body size, queue count and total bytes: past one, send fails "queue full".
import {
  expectArgCount,
  expectInteger,
  expectNonEmptyString,
  expectNumber,
  expectOptions,
  isPlainObject,
} from "./args.ts";
import { LATENCY } from "./latency.ts";
import { DLQ_SUFFIX, Queues, view, type StoredMessage } from "./queue-store.ts";
import type { Fixtures, Limits } from "../types.ts";
import {
  WorldError,
  type Caller,
  type CallOutcome,
  type HostModule,
  type WorldDeps,
} from "./types.ts";

export const QUEUE_NAME_MAX = 80;
export const QUEUE_BODY_MAX_CHARS = 64 * 1024;
export const QUEUE_MAX_QUEUES = 100;
export const QUEUE_MAX_TOTAL_CHARS = 8 * 1024 * 1024;
/** The longest delay or visibility timeout: 12 hours, as in SQS. */
export const QUEUE_MAX_DELAY_MS = 12 * 60 * 60 * 1000;
const MAX_BODY_DEPTH = 32;
const LEARNER_OPS = new Set(["send", "receive", "ack", "nack", "size"]);
const TEST_OPS = new Set(["peek", "deadLetters", "configure", "duplicateNext"]);

function queueName(value: unknown, op: string): string {
  const name = expectNonEmptyString(
    value,
    `queue.${op}: queue name`,
    QUEUE_NAME_MAX + DLQ_SUFFIX.length,
  );
  if (!/^[A-Za-z0-9_.:-]+$/.test(name)) {
    throw new WorldError(`queue.${op}: queue names use letters, digits and _ . : - only`);
  }
  return name;
}

/** A body must be a JSON value: checked (no bigint, NaN, functions) and stored as JSON text. */
function encodeBody(body: unknown): string {
  const check = (v: unknown, depth: number): void => {
    if (depth > MAX_BODY_DEPTH) throw new WorldError("queue.send: the body is nested too deeply");
    if (v === null || typeof v === "string" || typeof v === "boolean") return;
    if (typeof v === "number" && Number.isFinite(v)) return;
    if (Array.isArray(v)) return v.forEach((item) => check(item, depth + 1));
    if (isPlainObject(v)) return Object.values(v).forEach((item) => check(item, depth + 1));
    throw new WorldError("queue.send: the body must be a JSON value (no undefined, bigint or NaN)");
  };
  check(body, 0);
  const json = JSON.stringify(body);
  if (json.length > QUEUE_BODY_MAX_CHARS) {
    throw new WorldError(
      `queue.send: the body is too large (at most ${QUEUE_BODY_MAX_CHARS} characters as JSON)`,
    );
  }
  return json;
}

const delayOption = (value: unknown, what: string) =>
  value === undefined ? 0 : expectNumber(value, what, 0, QUEUE_MAX_DELAY_MS);

export function createQueue(opts: {
  seed?: Fixtures["queues"];
  limits: Limits;
  deps: WorldDeps;
}): HostModule {
  const queues = new Queues();
  let lastId = 0;
  const now = () => opts.deps.now();

  function send(name: string, json: string, delayMs: number): string {
    const q = queues.find(name);
    const copies = q?.duplicateNext ? 2 : 1;
    if (!q && queues.count >= QUEUE_MAX_QUEUES)
      throw new WorldError(`queue full: at most ${QUEUE_MAX_QUEUES} queues`);
    if ((q?.messages.length ?? 0) + copies > opts.limits.queueLength) {
      throw new WorldError(
        `queue full: "${name}" holds ${opts.limits.queueLength} messages, the limit`,
      );
    }
    if (queues.totalChars + copies * json.length > QUEUE_MAX_TOTAL_CHARS) {
      throw new WorldError("queue full: the queues hold too much data");
    }
    const id = `msg-${++lastId}`;
    const message: StoredMessage = {
      id,
      json,
      attempts: 0,
      sentAt: now(),
      visibleAt: now() + delayMs,
      inFlight: false,
    };
    // An at-least-once duplicate: same id and body, delivered independently.
    for (let i = 0; i < copies; i++) queues.add(name, { ...message });
    queues.ensure(name).duplicateNext = false;
    return id;
  }

  function receive(name: string, options: unknown) {
    const o = expectOptions(options, "queue.receive: options", ["max", "visibilityTimeoutMs"]);
    const max = o.max === undefined ? 1 : expectInteger(o.max, "queue.receive: max", 1, 10);
    const timeout =
      o.visibilityTimeoutMs === undefined
        ? undefined
        : delayOption(o.visibilityTimeoutMs, "queue.receive: visibilityTimeoutMs");
    const q = queues.find(name);
    if (!q) return [];
    queues.settle(name, now());
    const taken = q.messages.filter((m) => !m.inFlight && m.visibleAt <= now()).slice(0, max);
    for (const m of taken) {
      m.attempts++;
      m.inFlight = true;
      m.visibleAt = now() + (timeout ?? q.visibilityTimeoutMs);
    }
    return taken.map(view);
  }

  function settle(op: string, name: string, id: unknown, options: unknown): string {
    const messageId = expectNonEmptyString(id, `queue.${op}: message id`, 40);
    const o = expectOptions(options, `queue.${op}: options`, op === "nack" ? ["delayMs"] : []);
    const delayMs = delayOption(o.delayMs, "queue.nack: delayMs");
    queues.settle(name, now());
    const m = queues.received(name, messageId);
    if (!m) {
      throw new WorldError(
        `queue.${op}: message ${messageId} is not waiting for an ${op} in "${name}" (never received, acked already, or moved to "${name}${DLQ_SUFFIX}")`,
      );
    }
    if (op === "ack") queues.remove(name, m);
    else if (queues.exhausted(name, m)) queues.deadLetter(name, m, now());
    else Object.assign(m, { inFlight: false, visibleAt: now() + delayMs });
    return `${name} ${messageId}`;
  }

  function peek(name: string) {
    queues.settle(name, now());
    return (queues.find(name)?.messages ?? []).map(view);
  }

  function configure(name: string, options: unknown): void {
    const o = expectOptions(options, "queue.configure: options", [
      "maxAttempts",
      "visibilityTimeoutMs",
    ]);
    const q = queues.ensure(name);
    if (o.maxAttempts !== undefined)
      q.maxAttempts = expectInteger(o.maxAttempts, "queue.configure: maxAttempts", 1, 100);
    if (o.visibilityTimeoutMs !== undefined)
      q.visibilityTimeoutMs = delayOption(
        o.visibilityTimeoutMs,
        "queue.configure: visibilityTimeoutMs",
      );
  }

  for (const name of Object.keys(opts.seed ?? {})) {
    const bodies = opts.seed![name];
    if (!Array.isArray(bodies))
      throw new Error(`fixtures.queues["${name}"] must be an array of message bodies`);
    for (const body of bodies) send(queueName(name, "seed"), encodeBody(body), 0);
  }

  function learnerOp(op: string, name: string, args: unknown[]): CallOutcome | null {
    const done = (value: unknown, detail: string): CallOutcome => ({
      value,
      latencyMs: LATENCY.queue,
      detail,
    });
    if (op === "send") {
      expectArgCount(args, "queue.send", 2, 3);
      const o = expectOptions(args[2], "queue.send: options", ["delayMs"]);
      const id = send(name, encodeBody(args[1]), delayOption(o.delayMs, "queue.send: delayMs"));
      return done({ id }, `${name} ${id}`);
    }
    if (op === "receive") {
      expectArgCount(args, "queue.receive", 1, 2);
      const messages = receive(name, args[1]);
      return done(messages, `${name} ${messages.map((m) => m.id).join(" ") || "(empty)"}`);
    }
    if (op === "ack" || op === "nack") {
      expectArgCount(args, `queue.${op}`, 2, op === "nack" ? 3 : 2);
      return done(undefined, settle(op, name, args[1], args[2]));
    }
    if (op === "size") {
      expectArgCount(args, "queue.size", 1, 1);
      queues.settle(name, now());
      return done(queues.find(name)?.messages.length ?? 0, name);
    }
    return null;
  }

  function testOp(op: string, name: string, args: unknown[]): CallOutcome | null {
    const done = (value: unknown): CallOutcome => ({
      value,
      latencyMs: 0,
      detail: `${op} ${name}`,
    });
    if (op === "peek") return done(peek(name));
    if (op === "deadLetters") return done(peek(`${name}${DLQ_SUFFIX}`));
    if (op === "configure") return done(configure(name, args[1]));
    if (op === "duplicateNext") return done(void (queues.ensure(name).duplicateNext = true));
    return null;
  }

  return {
    call(op, args, caller: Caller) {
      const known = LEARNER_OPS.has(op) || (caller === "test" && TEST_OPS.has(op));
      if (!known) throw new WorldError(`queue.${String(op).slice(0, 40)} is not a function`);
      if (!Array.isArray(args)) throw new WorldError("queue: arguments must be an array");
      const name = queueName(args[0], op);
      return (learnerOp(op, name, args) ?? testOp(op, name, args))!;
    },
    close() {},
  };
}

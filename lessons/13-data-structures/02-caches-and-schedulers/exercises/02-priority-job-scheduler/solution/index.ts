import { clock } from "@pillars/world";
import { BinaryHeap } from "./heap.ts";

export interface Job {
  id: string;
  /** Lower runs first: 0 before 1 before 5. */
  priority: number;
  /** Virtual time (ms since the epoch) before which the job must not run. */
  runAt: number;
}

export interface Scheduler {
  schedule(job: Job): void;
  /** Removes and returns the due job to run next, or null when no job is due. */
  next(): Job | null;
  /** Jobs scheduled and not yet returned by next(), due or not. */
  size(): number;
}

/**
 * A job plus the order it was scheduled in (the tie-breaker that makes the order stable).
 * The sort keys are copied next to `seq` so a comparison reads one object, not two.
 */
interface Entry {
  priority: number;
  runAt: number;
  seq: number;
  job: Job;
}

export function createScheduler(): Scheduler {
  let seq = 0;
  // Two heaps, because "due" and "most urgent" are different orders: a priority-0 job due
  // tomorrow must not sit on top of a priority-5 job due now.
  const waiting = new BinaryHeap<Entry>(
    (a, b) => a.runAt < b.runAt || (a.runAt === b.runAt && a.seq < b.seq),
  );
  const ready = new BinaryHeap<Entry>(
    (a, b) => a.priority < b.priority || (a.priority === b.priority && a.seq < b.seq),
  );

  return {
    schedule(job) {
      // A NaN would compare false with everything and silently break the heap order,
      // so bad input is refused at the door.
      if (!Number.isFinite(job.priority) || !Number.isFinite(job.runAt)) {
        throw new RangeError(`job ${job.id}: priority and runAt must be finite numbers`);
      }
      // The sort keys are copied, so a caller who later mutates its job object cannot
      // corrupt the heap order.
      waiting.push({
        priority: job.priority,
        runAt: job.runAt,
        seq: seq++,
        job,
      });
    },

    next() {
      // Move every job whose time has come from the time-ordered heap to the priority heap.
      const now = clock.now();
      for (let top = waiting.peek(); top && top.runAt <= now; top = waiting.peek()) {
        ready.push(waiting.pop() as Entry);
      }
      return ready.pop()?.job ?? null;
    },

    size() {
      return waiting.size + ready.size;
    },
  };
}

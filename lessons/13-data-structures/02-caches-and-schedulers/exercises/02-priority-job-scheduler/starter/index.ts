import { clock } from "@pillars/world";

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

// The scheduler as it runs in production today. Its order is right, but every call to
// next() filters and sorts the whole list: fine with 50 jobs, a stalled worker with 200,000.
// TODO: keep waiting jobs in one BinaryHeap (./heap.ts) ordered by runAt, move the due ones
// to a second heap ordered by priority, then schedule a sequence number as the tie-breaker.
// TODO: refuse a job whose priority or runAt is not a finite number (RangeError).
export function createScheduler(): Scheduler {
  const jobs: Job[] = [];

  return {
    schedule(job) {
      jobs.push({ ...job });
    },

    next() {
      const now = clock.now();
      const due = jobs.filter((job) => job.runAt <= now);
      if (due.length === 0) return null;
      // Array.prototype.sort is stable, so equal priorities keep their scheduling order.
      due.sort((a, b) => a.priority - b.priority);
      const chosen = due[0];
      jobs.splice(jobs.indexOf(chosen), 1);
      return chosen;
    },

    size() {
      return jobs.length;
    },
  };
}

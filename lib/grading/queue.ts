// A bounded FIFO in front of the sandbox pool: at most `concurrency` runs at the pool at once,
// at most `capacity` more waiting; beyond that a run is refused at once (the caller answers
// 503) rather than piling up memory and latency.

export class QueueFullError extends Error {
  constructor() {
    super("grading queue is full");
    this.name = "QueueFullError";
  }
}

export interface QueueState {
  active: number;
  waiting: number;
}

export interface BoundedQueue {
  run<T>(task: () => Promise<T>): Promise<T>;
  state(): QueueState;
}

export function createBoundedQueue(options: {
  concurrency: number;
  capacity: number;
  onChange?: (state: QueueState) => void;
}): BoundedQueue {
  let active = 0;
  const waiting: Array<() => void> = [];
  const state = () => ({ active, waiting: waiting.length });
  const changed = () => options.onChange?.(state());

  const release = () => {
    active -= 1;
    const next = waiting.shift();
    if (next) {
      active += 1;
      next();
    }
    changed();
  };

  return {
    state,
    async run(task) {
      if (active < options.concurrency) {
        active += 1;
      } else if (waiting.length < options.capacity) {
        await new Promise<void>((resolve) => {
          waiting.push(resolve);
          changed();
        });
      } else {
        throw new QueueFullError();
      }
      changed();
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}

// A sandbox pool of the engine's shape for tests: records requests, answers what the test
// says, and can hold runs open to fill the queue.
import type { RunRequest, RunResult } from "sandbox-runtime";
import type { SandboxPool } from "../grading/service.ts";

export const PASSED: RunResult = {
  verdict: "passed",
  tests: [{ name: "works", status: "passed" }],
  logs: [],
  trace: [],
  usage: { wallMs: 3, cpuMs: 2 },
};

export interface FakePool extends SandboxPool {
  requests: RunRequest[];
  /** While set, runs wait for release() instead of answering at once. */
  hold: boolean;
  release(): void;
  warm: number;
  closed: boolean;
}

export function fakePool(answer: (request: RunRequest) => RunResult = () => PASSED): FakePool {
  let waiting: Array<() => void> = [];
  const pool: FakePool = {
    requests: [],
    hold: false,
    warm: 1,
    closed: false,
    release() {
      const all = waiting;
      waiting = [];
      for (const go of all) go();
    },
    async run(request) {
      pool.requests.push(request);
      if (pool.hold) await new Promise<void>((resolve) => waiting.push(resolve));
      return answer(request);
    },
    async ready() {},
    stats: () => ({ size: 1, busy: 0, queued: 0, warm: pool.warm }),
    async close() {
      pool.closed = true;
    },
  };
  return pool;
}

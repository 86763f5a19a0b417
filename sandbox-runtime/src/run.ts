// One run in a fresh isolate in this process: compile, build the world, load the trusted
// prelude, the learner module and the tests, then drive each test on the virtual event loop.
// Every entry into the isolate runs under a timeout; the first limit hit decides the verdict.
import ivm from "isolated-vm";
import type { RunRequest, RunResult, TestResult } from "./types.ts";
import { checkRequest, type CheckedRequest } from "./request.ts";
import { compileLearner, compileTests } from "./compile.ts";
import { PRELUDE_GLOBAL, preludeSnapshot } from "./guest-source.ts";
import { createWorldHost, type WorldHost } from "./world/host.ts";
import { Session, type TestState } from "./session.ts";
import { finishResult, type TestInfo } from "./verdict.ts";
import { compileCached } from "./script-cache.ts";

/** 2026-01-01T00:00:00Z, the documented default start of the virtual clock. */
export const DEFAULT_CLOCK_START = Date.UTC(2026, 0, 1);
/** Events one run may process: an interval that never stops cannot spin forever. */
const MAX_EVENTS = 200_000;

/** Thrown by the guest (learner code or a test): carries a learner-safe one-line message. */
class GuestThrew extends Error {}

/** What a run has finished so far: every test's name, and the results of the finished ones. */
export interface RunProgress {
  names: string[];
  tests: TestResult[];
}

/**
 * `onProgress` hears the test list once loaded, then after each test: the pool's workers
 * stream it to the supervisor, which can then answer the finished tests if it kills the run.
 */
export async function runInProcess(
  req: RunRequest,
  onProgress?: (progress: RunProgress) => void,
): Promise<RunResult> {
  const started = performance.now();
  const checked = checkRequest(req);
  const [learner, tests] = await Promise.all([
    compileLearner(checked.files, checked.entry),
    compileTests(checked.tests),
  ]);
  if (!learner.ok) {
    return {
      ...emptyResult(started),
      verdict: "compile_error",
      diagnostics: learner.diagnostics,
      error: "Your code does not compile.",
    };
  }
  if (!tests.ok) {
    const first = tests.diagnostics[0];
    const where = first ? `${first.file}:${first.line}:${first.column}: ${first.message}` : "";
    throw new Error(`the exercise's tests do not compile: ${where}`);
  }
  return execute(checked, learner.code, tests.code, started, onProgress);
}

function emptyResult(started: number): RunResult {
  return {
    verdict: "runtime_error",
    tests: [],
    logs: [],
    trace: [],
    usage: { wallMs: performance.now() - started, cpuMs: 0 },
  };
}

function execute(
  checked: CheckedRequest,
  learnerCode: string,
  testCode: string,
  started: number,
  onProgress: ((progress: RunProgress) => void) | undefined,
): RunResult {
  const { limits, fixtures } = checked;
  const clockStart = fixtures.clockStart ?? DEFAULT_CLOCK_START;
  const clock = { session: null as Session | null };
  const deps = { now: () => clock.session?.now ?? clockStart };
  const world: WorldHost = createWorldHost({ fixtures, limits, deps });
  const s = new Session(world, limits, clockStart);
  clock.session = s;
  let isolate: ivm.Isolate;
  try {
    isolate = new ivm.Isolate({ memoryLimit: limits.memoryMb, snapshot: preludeSnapshot() });
  } catch (error) {
    world.close();
    throw error;
  }
  let tests: TestInfo[] = [];
  const states: TestState[] = [];
  let loadError: string | null = null;
  let cpuMs = 0;
  // A labelled block: a limit hit while the prelude starts skips the rest (`break drive`).
  drive: try {
    const context = isolate.createContextSync();
    const cpuNow = () => Number(isolate.cpuTime) / 1e6;
    const deadline = started + limits.wallMs;

    /** Runs one entry into the isolate; maps timeouts and heap exhaustion to the verdicts. */
    const enter = <T>(fn: (timeout: number) => T): T | undefined => {
      if (s.abort) return undefined;
      const timeout = Math.max(1, Math.min(limits.cpuMs - cpuNow(), deadline - performance.now()));
      try {
        return fn(Math.ceil(timeout));
      } catch (error) {
        if (isolate.isDisposed)
          s.stop("memory_limit", `Your code used more than ${limits.memoryMb} MiB of memory.`);
        const message = error instanceof Error ? error.message : "";
        if (/timed out/i.test(message))
          s.stop(
            "time_limit",
            `Your code ran longer than allowed (${limits.cpuMs} ms of CPU, ${limits.wallMs} ms in all).`,
          );
        if (/memory limit|disposed/i.test(message))
          s.stop("memory_limit", `Your code used more than ${limits.memoryMb} MiB of memory.`);
        const name =
          error instanceof Error && typeof error.name === "string" ? error.name : "Error";
        const line = `${name}: ${message.split("\n")[0]?.slice(0, 500) ?? ""}`;
        s.checkUncaught(line);
        if (s.abort) return undefined;
        throw new GuestThrew(line);
      } finally {
        if (!isolate.isDisposed) cpuMs = cpuNow();
        if (cpuMs > limits.cpuMs)
          s.stop("time_limit", `Your code used more than ${limits.cpuMs} ms of CPU.`);
        if (performance.now() > deadline)
          s.stop("time_limit", `The run took longer than ${limits.wallMs} ms.`);
      }
    };

    const callback = new ivm.Callback(s.hostCall);
    const config = { clockStart, outputBytes: limits.outputBytes };
    const start = (
      context.global.getSync(PRELUDE_GLOBAL, { reference: true }) as ivm.Reference
    ).getSync("start", {
      reference: true,
    }) as ivm.Reference;
    const control = enter((timeout) =>
      start.applySync(undefined, [callback, config], {
        arguments: { copy: true },
        result: { reference: true },
        timeout,
      }),
    ) as ivm.Reference | undefined;
    // Only a limit stops the prelude (e.g. a tiny memoryMb): the verdict says which.
    if (!control) break drive;
    const fn = (name: string) => control.getSync(name, { reference: true }) as ivm.Reference;
    const settle = fn("settle");

    const loadModule = (name: "loadLearner" | "loadTests", code: string, filename: string) =>
      enter((timeout) => {
        const script = compileCached(isolate, code, filename);
        const factory = script.runSync(context, { reference: true, timeout }) as ivm.Reference;
        return fn(name).applySync(undefined, [factory.derefInto()], {
          timeout,
          result: { copy: true },
        });
      });

    try {
      loadModule("loadLearner", learnerCode, "file:///learner.js");
    } catch (error) {
      if (!(error instanceof GuestThrew)) throw error;
      loadError = error.message;
    }
    try {
      tests =
        (loadModule("loadTests", testCode, "file:///tests.js") as TestInfo[] | undefined) ?? [];
    } catch (error) {
      // Test files call learner code at their top level, or the tests are broken: no test can run.
      if (!(error instanceof GuestThrew)) throw error;
      loadError ??= `the tests could not start: ${error.message}`;
    }

    let events = 0;
    /** Pops events until `until()` holds or nothing is left on the virtual clock. */
    const pump = (until: () => boolean): void => {
      while (!until() && !s.abort) {
        const event = s.heap.pop();
        if (!event) return;
        if (s.isCancelled(event.ticket)) continue;
        if (++events > MAX_EVENTS)
          return s.stop(
            "time_limit",
            "Your code kept the virtual clock busy forever (a timer that never stops?).",
          );
        s.now = Math.max(s.now, event.time);
        enter((timeout) =>
          settle.applySync(undefined, [event.ticket, event.ok, event.value, s.now], {
            arguments: { copy: true },
            timeout,
          }),
        );
      }
    };

    const report = (finished: number) =>
      onProgress?.({
        names: tests.map((t) => String(t.name).slice(0, 300)),
        tests: finishResult.tests(tests.slice(0, finished), states.slice(0, finished), s),
      });
    if (loadError === null) report(0);

    const runTest = fn("runTest");
    for (let index = 0; loadError === null && index < tests.length && !s.abort; index++) {
      const state: TestState = { index, assertions: 0, failures: [], done: false, error: null };
      states.push(state);
      s.current = state;
      try {
        enter((timeout) => runTest.applySync(undefined, [index], { timeout }));
        pump(() => state.done);
      } catch (error) {
        if (!(error instanceof GuestThrew)) throw error;
        state.error ??= error.message;
        state.done = true;
      }
      if (state.done && !s.abort) report(index + 1);
    }
    s.current = null;
  } finally {
    if (!isolate.isDisposed) {
      cpuMs = Number(isolate.cpuTime) / 1e6;
      isolate.dispose();
    }
    world.close();
  }
  const results: TestResult[] = finishResult.tests(tests, states, s);
  return finishResult.result({
    tests: results,
    session: s,
    loadError,
    wallMs: performance.now() - started,
    cpuMs,
  });
}

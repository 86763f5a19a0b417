// Turns a finished session into the RunResult: each test's status and learner-facing message
// (vague where the author asked for hidden details), then the run's verdict.
import type { RunResult, TestResult } from "./types.ts";
import type { Session, TestState } from "./session.ts";

export interface TestInfo {
  name: string;
  hideDetails: boolean;
  hint: string | null;
}

const NEVER_SETTLED =
  "The test never finished: it was waiting for a promise that nothing will ever resolve (nothing was left on the virtual clock).";
const NO_ASSERTIONS = "The test finished without checking anything (no expect() ran).";
const HIDDEN = "This test failed (its details are hidden).";

function failureMessage(state: TestState, abortMessage: string | null): string {
  if (state.failures.length > 0) return state.failures[0]!;
  if (state.error !== null) return state.error;
  if (!state.done) return abortMessage ?? NEVER_SETTLED;
  return NO_ASSERTIONS;
}

function testResults(infos: TestInfo[], states: TestState[], session: Session): TestResult[] {
  return infos.map((info, i): TestResult => {
    const name = String(info.name).slice(0, 300);
    const state = states[i];
    if (!state) return { name, status: "skipped" };
    const passed =
      state.done && state.error === null && state.assertions > 0 && state.failures.length === 0;
    if (passed) return { name, status: "passed" };
    const hint = info.hint === null ? null : String(info.hint).slice(0, 1000);
    if (info.hideDetails) return { name, status: "failed", message: hint ?? HIDDEN };
    const detail = failureMessage(state, session.abort?.message ?? null).slice(0, 2000);
    return { name, status: "failed", message: hint === null ? detail : `${detail}\nHint: ${hint}` };
  });
}

function result(args: {
  tests: TestResult[];
  session: Session;
  loadError: string | null;
  wallMs: number;
  cpuMs: number;
}): RunResult {
  const { tests, session, loadError } = args;
  const base = {
    tests,
    logs: session.recorder.logs,
    trace: session.recorder.trace,
    usage: { wallMs: round(args.wallMs), cpuMs: round(args.cpuMs) },
  };
  if (session.abort)
    return { ...base, verdict: session.abort.verdict, error: session.abort.message };
  if (loadError !== null)
    return {
      ...base,
      verdict: "runtime_error",
      error: `Your code threw while loading: ${loadError}`,
    };
  const passed = tests.length > 0 && tests.every((t) => t.status === "passed");
  return { ...base, verdict: passed ? "passed" : "failed" };
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

export const finishResult = { tests: testResults, result };

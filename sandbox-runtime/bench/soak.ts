// Stability soak: many mixed runs (healthy, failing, compile errors and hazards) through a
// pool of 2, counting verdicts and worker crashes. Written to find out whether V8's fatal
// "Exception thrown during bootstrapping" in isolated-vm's NewContext can still happen.
// Usage: bash scripts/pillars.sh exec node sandbox-runtime/bench/soak.ts [runs=2000]
import { createPool } from "../src/index.ts";
import type { RunRequest, RunResult } from "../src/index.ts";
import { benchExercise } from "./exercise.ts";

const RUNS = Number(process.argv[2] ?? 2000);
const TIGHT = { cpuMs: 300, wallMs: 2000 };

function hazard(body: string, limits: RunRequest["limits"] = TIGHT): RunRequest {
  return {
    files: { "index.ts": `export function go() { ${body} }` },
    tests: {
      "t.test.ts": `import { test, expect } from "@pillars/test";\nimport { go } from "@pillars/learner";\ntest("go", async () => { await go(); expect(1).toBe(1); });`,
    },
    limits,
  };
}

/** Each kind with its weight in the mix; hazards are rarer than ordinary runs, as in real use. */
const KINDS: Array<[string, number, (i: number) => RunRequest]> = [
  ["healthy, new code", 40, (i) => benchExercise(i)],
  ["healthy, same code", 20, () => benchExercise(null)],
  ["compile error", 5, () => hazard("const x: number = ;")],
  ["throws", 5, () => hazard("throw new Error('nope');")],
  ["infinite loop", 5, () => hazard("for (;;) {}")],
  [
    "heap bomb",
    4,
    () =>
      hazard("const a: number[][] = []; for (;;) a.push(new Array(100_000).fill(1));", {
        memoryMb: 32,
        cpuMs: 3000,
        wallMs: 5000,
      }),
  ],
  [
    "typed-array bomb",
    4,
    () =>
      hazard("const k: Float64Array[] = []; for (;;) k.push(new Float64Array(1 << 20));", {
        memoryMb: 32,
      }),
  ],
  ["deep recursion", 4, () => hazard("const f = (n: number): number => f(n + 1) + 1; f(0);")],
  ["output flood", 4, () => hazard("for (;;) console.log('x'.repeat(1000));")],
  ["interval forever", 4, () => hazard("setInterval(() => {}, 1); return new Promise(() => {});")],
  [
    "runaway SQL",
    1,
    () => ({
      ...hazard(`return (globalThis as any).x;`),
      files: {
        "index.ts": `import { db } from "@pillars/world"; export async function go() { await db.query("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"); }`,
      },
      limits: { cpuMs: 300, wallMs: 800 },
    }),
  ],
  [
    "Map bomb (V8 abort)",
    1,
    () =>
      hazard(
        "const m = new Map<number, object>(); for (let i = 0; ; i++) m.set(i, { i, s: 'v' + i });",
        { memoryMb: 32, cpuMs: 10_000, wallMs: 20_000 },
      ),
  ],
];

function pick(i: number): [string, RunRequest] {
  const total = KINDS.reduce((n, [, w]) => n + w, 0);
  let r = (i * 7919) % total; // deterministic, well mixed
  for (const [name, weight, make] of KINDS) {
    if (r < weight) return [name, make(i)];
    r -= weight;
  }
  throw new Error("unreachable");
}

const pool = createPool({ size: 2 });
await pool.ready();
const counts = new Map<string, Map<string, number>>();
let rejected = 0;
let unexpected = 0;
const started = performance.now();
let next = 0;

async function client(): Promise<void> {
  while (next < RUNS) {
    const i = next++;
    const [kind, req] = pick(i);
    let verdict: string;
    try {
      const result: RunResult = await pool.run(req);
      verdict = result.verdict;
      if (result.error?.includes("stopped unexpectedly")) {
        unexpected++;
        verdict = "CRASH runtime_error";
      }
    } catch (error) {
      rejected++;
      verdict = `rejected: ${error instanceof Error ? error.message.slice(0, 80) : "?"}`;
    }
    const byVerdict = counts.get(kind) ?? new Map<string, number>();
    byVerdict.set(verdict, (byVerdict.get(verdict) ?? 0) + 1);
    counts.set(kind, byVerdict);
    if ((i + 1) % 250 === 0) console.error(`${i + 1} runs`);
  }
}

await Promise.all([client(), client(), client(), client()]);
await pool.close();
console.log(`${RUNS} runs in ${((performance.now() - started) / 1000).toFixed(1)} s`);
for (const [kind, byVerdict] of counts)
  console.log(`${kind.padEnd(22)} ${[...byVerdict].map(([v, n]) => `${v}: ${n}`).join(", ")}`);
console.log(`unexpected worker crashes: ${unexpected}; rejected runs: ${rejected}`);
process.exitCode = unexpected > 0 || rejected > 0 ? 1 : 0;

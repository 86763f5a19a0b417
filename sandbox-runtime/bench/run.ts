// `npm run bench:sandbox`: latency and throughput of the engine on a representative exercise
// (db + cache + 5 tests), sequential and with 8 concurrent clients, beside (a) the floor, a bare
// isolate create + eval + dispose, and (b) process-per-run, a fresh `node` per run.
// Bounded: a few hundred runs in all. Prints a table; the README records what it measured.
import { execFileSync } from "node:child_process";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import ivm from "isolated-vm";
import { createPool, type RunRequest, type RunResult } from "../src/index.ts";
import { benchExercise } from "./exercise.ts";

interface Stats {
  p50: number;
  p95: number;
  p99: number;
  perSec: number;
}

function stats(latencies: number[], totalMs: number): Stats {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return {
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    perSec: (latencies.length / totalMs) * 1000,
  };
}

async function clients(n: number, runs: number, job: (i: number) => Promise<void>): Promise<Stats> {
  const latencies: number[] = [];
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < runs) {
        const i = next++;
        const t0 = performance.now();
        await job(i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return stats(latencies, performance.now() - start);
}

function check(result: RunResult): void {
  if (result.verdict !== "passed")
    throw new Error(`bench exercise did not pass: ${JSON.stringify(result).slice(0, 500)}`);
}

async function floor(runs: number): Promise<Stats> {
  return clients(1, runs, async () => {
    const isolate = new ivm.Isolate({ memoryLimit: 64 });
    const context = isolate.createContextSync();
    context.evalSync("1 + 1");
    isolate.dispose();
  });
}

async function processPerRun(runs: number): Promise<Stats> {
  const script = fileURLToPath(new URL("./one-run.ts", import.meta.url));
  return clients(1, runs, async (i) => {
    const out = execFileSync(process.execPath, ["--no-node-snapshot", script, String(i)], {
      encoding: "utf8",
    });
    if (out !== "passed") throw new Error(`process-per-run did not pass: ${out}`);
  });
}

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1)).padStart(7);
const row = (name: string, s: Stats) =>
  console.log(`${name.padEnd(44)}${fmt(s.p50)}${fmt(s.p95)}${fmt(s.p99)}${fmt(s.perSec)}`);

const pool = createPool();
await pool.ready();
const run = async (req: RunRequest) => check(await pool.run(req));
// Warm the pool's JIT and caches before measuring.
for (let i = 0; i < 20; i++) await run(benchExercise(i + 1_000_000));

const seqFresh = await clients(1, 150, (i) => run(benchExercise(i)));
const seqSame = await clients(1, 150, () => run(benchExercise(null)));
const conFresh = await clients(8, 300, (i) => run(benchExercise(10_000 + i)));
const conSame = await clients(8, 300, () => run(benchExercise(null)));
const { size } = pool.stats();
await pool.close();
const bare = await floor(200);
const perProcess = await processPerRun(8);

console.log(
  `\nPillars sandbox benchmark: ${size} workers, Node ${process.versions.node}, load average ${loadavg()[0]!.toFixed(1)}; latency in ms, throughput in runs/s\n`,
);
console.log(
  `${"".padEnd(44)}${"p50".padStart(7)}${"p95".padStart(7)}${"p99".padStart(7)}${"runs/s".padStart(7)}`,
);
row("engine, 1 client, new code each run", seqFresh);
row("engine, 1 client, same code (compile cached)", seqSame);
row("engine, 8 clients, new code each run", conFresh);
row("engine, 8 clients, same code", conSame);
row("floor: bare isolate create+eval+dispose", bare);
row("process-per-run: fresh node per run", perProcess);
console.log(`
ratios (engine, new code each run):
  p50 vs floor p50:                   ${(seqFresh.p50 / bare.p50).toFixed(1)}x   (target <= 3x)
  throughput vs process-per-run:      ${(conFresh.perSec / perProcess.perSec).toFixed(1)}x   (target >= 10x)
targets: p50 <= 15 ms: ${seqFresh.p50 <= 15 ? "met" : "missed"}; p99 <= 60 ms: ${seqFresh.p99 <= 60 ? "met" : "missed"}; >= 150 runs/s (8 clients): ${conFresh.perSec >= 150 ? "met" : "missed"}`);

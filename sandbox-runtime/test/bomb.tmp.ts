import { runInProcess } from "../src/index.ts";
import { exercise } from "./helpers.ts";
const code = process.argv[2]!;
const r = await runInProcess(
  exercise(
    `export function bomb() { ${code} }`,
    `test("bomb", () => { learner.bomb(); expect(1).toBe(1); });`,
    { limits: { memoryMb: 32, cpuMs: 5000, wallMs: 10_000 } },
  ),
);
console.log(r.verdict, r.error, JSON.stringify(r.tests));

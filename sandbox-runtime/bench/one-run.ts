// Process-per-run baseline: a fresh `node` that runs one exercise and exits, the way container
// and process judges work. Prints the verdict so the parent can check the work was done.
import { runInProcess } from "../src/index.ts";
import { benchExercise } from "./exercise.ts";

const result = await runInProcess(benchExercise(Number(process.argv[2] ?? 0)));
process.stdout.write(result.verdict);
process.exit(0);

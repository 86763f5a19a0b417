// The engine's public API: the app, the lessons CLI and the benchmark use only this.
export * from "./types.ts";
export { DEFAULT_LIMITS } from "./limits.ts";
export { runInProcess } from "./run.ts";
export { createPool, type Pool, type PoolOptions } from "./pool.ts";
export { runExercise } from "./run-exercise.ts";

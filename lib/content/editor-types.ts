// Reads the declaration files the exercise editor loads (see components/editor/editor-types.ts):
// the world API, the guest's globals when the engine ships them, and the test API.
import { readFile } from "node:fs/promises";
import path from "node:path";

export interface EditorTypeSources {
  world: string;
  globals?: string;
  test?: string;
}

// Opaque to Next's file tracer (declared in next.config.ts instead), like LESSONS_DIR.
const TYPES_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "sandbox-runtime", "types");

export async function readEditorTypes(): Promise<EditorTypeSources> {
  const read = (name: string) =>
    readFile(path.join(TYPES_DIR, name), "utf8").catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return undefined;
      throw error;
    });
  const [world, globals, test] = await Promise.all([
    read("world.d.ts"),
    read("globals.d.ts"),
    read("test.d.ts"),
  ]);
  if (world === undefined) throw new Error("sandbox-runtime/types/world.d.ts is missing");
  return {
    world,
    ...(globals === undefined ? {} : { globals }),
    ...(test === undefined ? {} : { test }),
  };
}

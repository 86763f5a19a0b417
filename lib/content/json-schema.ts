// JSON Schemas generated from the zod schemas into schemas/*.schema.json. Content files point
// at them with a relative `$schema`, so editors complete and check meta.json and quiz.json.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import * as prettier from "prettier";
import { z } from "zod";
import { CONTENT_SCHEMAS, type ContentKind } from "./schemas.ts";

export const SCHEMAS_DIR = path.resolve(import.meta.dirname, "../../schemas");

/** The JSON text of each schema file, keyed by file name, formatted as prettier would. */
export async function renderJsonSchemas(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const kind of Object.keys(CONTENT_SCHEMAS) as ContentKind[]) {
    const { schema, file } = CONTENT_SCHEMAS[kind];
    // "input": fields with defaults (entry, quiz title) are optional in the file.
    const json = z.toJSONSchema(schema, { io: "input", target: "draft-2020-12" });
    const text = JSON.stringify({ ...json, title: `Pillars ${kind}` });
    // Formatted like every other file in the repo, so `format:check` agrees with the generator.
    out[file] = await prettier.format(text, {
      ...(await prettier.resolveConfig(path.join(SCHEMAS_DIR, file))),
      filepath: file,
    });
  }
  return out;
}

export async function writeJsonSchemas(dir = SCHEMAS_DIR): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files = await renderJsonSchemas();
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return Object.keys(files).map((name) => path.join(dir, name));
}

// The body of POST /api/v1/exercises/{id}/runs: the learner's files. Sizes are checked in
// UTF-8 bytes (what the engine compiles), and answer 413 rather than 400.
import { z } from "zod";
import { TOO_LARGE } from "../http/route.ts";

export const MAX_FILES = 20;
export const MAX_FILE_BYTES = 64 * 1024;
export const MAX_TOTAL_BYTES = 256 * 1024;
const PATH = /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*\.ts$/;

const bytes = (s: string) => Buffer.byteLength(s, "utf8");

export const runBodySchema = z.strictObject({
  files: z
    .record(
      z
        .string()
        .max(200, "a path is at most 200 characters")
        .regex(PATH, "must be a path like index.ts or lib/repo.ts"),
      z.string(),
    )
    .superRefine((files, ctx) => {
      const paths = Object.keys(files);
      if (paths.length === 0) ctx.addIssue({ code: "custom", message: "at least one file" });
      if (paths.length > MAX_FILES) {
        ctx.addIssue({ code: "custom", message: `at most ${MAX_FILES} files` });
      }
      let total = 0;
      for (const [path, source] of Object.entries(files)) {
        const size = bytes(source);
        total += size;
        if (size > MAX_FILE_BYTES) {
          ctx.addIssue({
            code: "custom",
            path: [path],
            message: `a file is at most ${MAX_FILE_BYTES} bytes`,
            params: TOO_LARGE,
          });
        }
      }
      if (total > MAX_TOTAL_BYTES) {
        ctx.addIssue({
          code: "custom",
          message: `all files together are at most ${MAX_TOTAL_BYTES} bytes`,
          params: TOO_LARGE,
        });
      }
    }),
});

export type RunBody = z.output<typeof runBodySchema>;

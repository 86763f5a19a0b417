// The zod schemas of the /api/v1 routes for accounts, progress and instructor tools. Route
// handlers validate with these, and lib/api/openapi.ts documents the API from the same objects.
import { z } from "zod";
import { roleSchema } from "../auth/roles.ts";
import { contentId } from "../content/schemas.ts";
import { runBodySchema } from "../grading/run-body.ts";
import { pageLimit, pairCursor, singleCursor } from "../store/cursor.ts";

export const userIdParams = z.object({
  userId: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/),
});
export const submissionIdParams = z.object({ id: z.uuid() });
export const lessonParams = z.object({ lessonId: contentId });
export const exerciseParams = z.object({ id: contentId });

export const pageQuery = z.object({
  cursor: singleCursor.optional().describe("nextCursor from the previous page"),
  limit: pageLimit.describe("items per page, 1 to 100"),
});
export const usersQuery = pageQuery.extend({ role: roleSchema.optional() });
export const submissionsQuery = z.object({
  exerciseId: contentId.optional(),
  cursor: pairCursor.optional().describe("nextCursor from the previous page"),
  limit: pageLimit.describe("items per page, 1 to 100"),
});
export const formatQuery = z.object({
  format: z.enum(["json", "csv"]).default("json").describe("csv for a spreadsheet export"),
});

export const roleBody = z.strictObject({ role: roleSchema });
export const previewRunBody = z.strictObject({
  files: z
    .union([z.enum(["solution", "starter"]), runBodySchema.shape.files])
    .describe("the exercise's own solution or starter, or files edited in the preview workspace"),
});
export const learnerStatsQuery = z.object({ ...pageQuery.shape, ...formatQuery.shape });

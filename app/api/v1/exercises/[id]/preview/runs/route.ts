// POST /api/v1/exercises/{id}/preview/runs, body { files: "solution" | "starter" | {path: src} }:
// grades the exercise's own solution (should pass), its starter (shows which tests it fails),
// or files edited in the preview workspace, against all its tests. Instructors and admins;
// rate limited like runs; never stored as a submission.
import { requireInstructor } from "#lib/auth/access.ts";
import { exerciseParams, previewRunBody } from "#lib/api/schemas.ts";
import { getExercise } from "#lib/content/index.ts";
import {
  admitOrThrow,
  foundOrThrow,
  gradeOrThrow,
  requireEntryFile,
} from "#lib/grading/answers.ts";
import { endpoint, methods } from "#lib/http/route.ts";
import { fromRuntime } from "#lib/runtime.ts";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: endpoint({
    params: exerciseParams,
    body: previewRunBody,
    handle: async ({ request, params, body }) => {
      const user = await requireInstructor(request);
      const grading = fromRuntime("grading");
      admitOrThrow(grading, `user:${user.id}`);
      const exercise = foundOrThrow(await getExercise(params.id));
      const files =
        body.files === "solution"
          ? exercise.solution
          : body.files === "starter"
            ? exercise.starter
            : body.files;
      requireEntryFile(exercise, files);
      const { result } = await gradeOrThrow(grading, { exercise, files, userId: null });
      return {
        files: typeof body.files === "string" ? body.files : "edited",
        result,
      };
    },
  }),
});

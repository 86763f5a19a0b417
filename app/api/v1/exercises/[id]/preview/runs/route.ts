// POST /api/v1/exercises/{id}/preview/runs, body { files: "solution" | "starter" | {path: src} }:
// grades the exercise's own solution (should pass), its starter (shows which tests it fails),
// or files edited in the preview workspace, against all its tests. Instructors and admins;
// rate limited like runs; never stored as a submission.
import { requireInstructor } from "#lib/auth/access.ts";
import { exerciseParams, previewRunBody } from "#lib/api/schemas.ts";
import { getExercise } from "#lib/content/index.ts";
import { ApiProblem } from "#lib/http/problem.ts";
import { endpoint, methods } from "#lib/http/route.ts";
import { fromRuntime } from "#lib/runtime.ts";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: endpoint({
    params: exerciseParams,
    body: previewRunBody,
    handle: async ({ request, params, body }) => {
      const user = await requireInstructor(request);
      const grading = fromRuntime("grading");
      const admitted = grading.admit(`user:${user.id}`);
      if (!admitted.allowed) {
        throw new ApiProblem({
          status: 429,
          kind: "rate-limited",
          detail: "Too many runs; wait a little before the next one.",
          headers: { "retry-after": String(admitted.retryAfterSeconds) },
        });
      }
      const exercise = await getExercise(params.id);
      if (!exercise) {
        throw new ApiProblem({ status: 404, kind: "not-found", detail: "No such exercise." });
      }
      const files =
        body.files === "solution"
          ? exercise.solution
          : body.files === "starter"
            ? exercise.starter
            : body.files;
      if (!(exercise.entry in files)) {
        throw new ApiProblem({
          status: 400,
          kind: "validation",
          detail: "The request is invalid.",
          errors: [{ pointer: "#/files", detail: `must include the entry file ${exercise.entry}` }],
        });
      }
      const outcome = await grading.grade({ exercise, files, userId: null });
      if (!outcome.ok) {
        throw new ApiProblem({
          status: 503,
          kind: "busy",
          detail: "Every sandbox is busy; try again shortly.",
          headers: { "retry-after": String(outcome.retryAfterSeconds) },
        });
      }
      return {
        files: typeof body.files === "string" ? body.files : "edited",
        result: outcome.result,
      };
    },
  }),
});

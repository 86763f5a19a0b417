// POST /api/v1/exercises/{id}/runs: grade the learner's files against the hidden tests.
// Thin on purpose: validate (endpoint) -> rate limit -> grading service -> answer.
import { z } from "zod";
import { getSessionUser } from "#lib/auth/session.ts";
import { getExercise } from "#lib/content/index.ts";
import { contentId } from "#lib/content/schemas.ts";
import { runBodySchema } from "#lib/grading/run-body.ts";
import { clientIpFrom } from "#lib/http/client.ts";
import { ApiProblem } from "#lib/http/problem.ts";
import { endpoint, methods } from "#lib/http/route.ts";
import { fromRuntime } from "#lib/runtime.ts";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: endpoint({
    params: z.object({ id: contentId }),
    body: runBodySchema,
    handle: async ({ request, params, body }) => {
      const user = await getSessionUser(request);
      const grading = fromRuntime("grading");
      const admitted = grading.admit(user ? `user:${user.id}` : `ip:${clientIpFrom(request)}`);
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
      if (!Object.hasOwn(body.files, exercise.entry)) {
        throw new ApiProblem({
          status: 400,
          kind: "validation",
          detail: "The request is invalid.",
          errors: [{ pointer: "#/files", detail: `must include the entry file ${exercise.entry}` }],
        });
      }
      const outcome = await grading.grade({
        exercise,
        files: body.files,
        userId: user?.id ?? null,
      });
      if (!outcome.ok) {
        throw new ApiProblem({
          status: 503,
          kind: "busy",
          detail: "Every sandbox is busy; try again shortly.",
          headers: { "retry-after": String(outcome.retryAfterSeconds) },
        });
      }
      // A signed-in learner's run is kept; its id lets them come back to it.
      return outcome.submissionId
        ? { ...outcome.result, submissionId: outcome.submissionId }
        : outcome.result;
    },
  }),
});

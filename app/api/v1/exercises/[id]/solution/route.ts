// GET /api/v1/exercises/{id}/solution: the reference solution, for a learner who has tried.
// Known limit: until accounts exist, attempts are counted in the browser, and the browser
// states its count in X-Pillars-Attempts. So this refusal keeps honest learners from a
// spoiler by accident; it does not stop a determined one (who could read it in git anyway).
// With accounts, the check becomes "the signed-in learner has a submission for this exercise".
import { z } from "zod";
import { getExercise } from "#lib/content/index.ts";
import { contentId } from "#lib/content/schemas.ts";
import { ApiProblem } from "#lib/http/problem.ts";
import { endpoint, methods } from "#lib/http/route.ts";

const ATTEMPTS_HEADER = "x-pillars-attempts";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: endpoint({
    params: z.object({ id: contentId }),
    handle: async ({ params, request }) => {
      const exercise = await getExercise(params.id);
      if (!exercise)
        throw new ApiProblem({ status: 404, kind: "not-found", detail: "No such exercise." });
      const attempts = Number(request.headers.get(ATTEMPTS_HEADER) ?? "0");
      if (!Number.isInteger(attempts) || attempts < 1) {
        throw new ApiProblem({
          status: 409,
          kind: "validation",
          detail: "Run your code at least once before asking for the solution.",
        });
      }
      return { id: exercise.id, files: exercise.solution };
    },
  }),
});

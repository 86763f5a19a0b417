// GET /api/v1/exercises/{id}/solution: the reference solution, for a learner who has tried.
// Signed in, "tried" means the account has a run of this exercise (kept, or merged from the
// browser). Anonymous, attempts are counted in the browser, which states its count in
// X-Pillars-Attempts: that refusal keeps honest learners from a spoiler by accident; it does
// not stop a determined one (who could read it in git anyway).
import { z } from "zod";
import { getSessionUser } from "#lib/auth/session.ts";
import { getExercise } from "#lib/content/index.ts";
import { contentId } from "#lib/content/schemas.ts";
import { ApiProblem } from "#lib/http/problem.ts";
import { endpoint, methods } from "#lib/http/route.ts";
import { fromRuntime } from "#lib/runtime.ts";
import { hasTriedExercise } from "#lib/store/progress.ts";

const ATTEMPTS_HEADER = "x-pillars-attempts";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: endpoint({
    params: z.object({ id: contentId }),
    handle: async ({ params, request }) => {
      const exercise = await getExercise(params.id);
      if (!exercise)
        throw new ApiProblem({ status: 404, kind: "not-found", detail: "No such exercise." });
      const user = await getSessionUser(request);
      const attempts = Number(request.headers.get(ATTEMPTS_HEADER) ?? "0");
      const tried = user
        ? await hasTriedExercise(fromRuntime("store").db, user.id, exercise.id)
        : Number.isInteger(attempts) && attempts >= 1;
      if (!tried) {
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

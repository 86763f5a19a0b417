// GET /api/v1/exercises/{id}/preview: the whole exercise as its author wrote it (starter,
// solution, every test including the hidden ones, fixtures, limits). Instructors and admins.
import { requireInstructor } from "#lib/auth/access.ts";
import { exerciseParams } from "#lib/api/schemas.ts";
import { getExercise } from "#lib/content/index.ts";
import { ApiProblem } from "#lib/http/problem.ts";
import { endpoint, methods } from "#lib/http/route.ts";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: endpoint({
    params: exerciseParams,
    handle: async ({ request, params }) => {
      await requireInstructor(request);
      const exercise = await getExercise(params.id);
      if (!exercise) {
        throw new ApiProblem({ status: 404, kind: "not-found", detail: "No such exercise." });
      }
      return { exercise };
    },
  }),
});

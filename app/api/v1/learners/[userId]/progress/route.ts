// GET /api/v1/learners/{userId}/progress: any learner's progress, for instructors.
import { requireInstructor } from "#lib/auth/access.ts";
import { findUserById } from "#lib/auth/users.ts";
import { userIdParams } from "#lib/api/schemas.ts";
import { ApiProblem } from "#lib/http/problem.ts";
import { endpoint, methods } from "#lib/http/route.ts";
import { getProgress } from "#lib/progress/progress.ts";
import { fromRuntime } from "#lib/runtime.ts";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: endpoint({
    params: userIdParams,
    handle: async ({ request, params }) => {
      await requireInstructor(request);
      const db = fromRuntime("store").db;
      const learner = await findUserById(db, params.userId);
      if (!learner)
        throw new ApiProblem({ status: 404, kind: "not-found", detail: "No such user." });
      return { user: learner, progress: await getProgress(db, learner.id) };
    },
  }),
});

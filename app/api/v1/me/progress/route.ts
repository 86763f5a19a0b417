// GET /api/v1/me/progress: the signed-in learner's exercises, quizzes and lessons.
import { requireUser } from "#lib/auth/access.ts";
import { endpoint, methods } from "#lib/http/route.ts";
import { getProgress } from "#lib/progress/progress.ts";
import { fromRuntime } from "#lib/runtime.ts";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: endpoint({
    handle: async ({ request }) => {
      const user = await requireUser(request);
      return getProgress(fromRuntime("store").db, user.id);
    },
  }),
});

// GET /api/v1/me/submissions: the signed-in learner's runs, newest first, a page at a time.
import { requireUser } from "#lib/auth/access.ts";
import { submissionsQuery } from "#lib/api/schemas.ts";
import { endpoint, methods } from "#lib/http/route.ts";
import { fromRuntime } from "#lib/runtime.ts";
import { pageSubmissions } from "#lib/store/submission-queries.ts";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: endpoint({
    query: submissionsQuery,
    handle: async ({ request, query }) => {
      const user = await requireUser(request);
      return pageSubmissions(fromRuntime("store").db, {
        userId: user.id,
        exerciseId: query.exerciseId,
        after: query.cursor,
        limit: query.limit,
      });
    },
  }),
});

// GET /api/v1/learners: learners, a page at a time, for instructors.
import { requireInstructor } from "#lib/auth/access.ts";
import { listUsers } from "#lib/auth/users.ts";
import { pageQuery } from "#lib/api/schemas.ts";
import { endpoint, methods } from "#lib/http/route.ts";
import { fromRuntime } from "#lib/runtime.ts";
import { toPage } from "#lib/store/cursor.ts";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: endpoint({
    query: pageQuery,
    handle: async ({ request, query }) => {
      await requireInstructor(request);
      const rows = await listUsers(fromRuntime("store").db, {
        after: query.cursor,
        limit: query.limit + 1,
        role: "learner",
      });
      return toPage(rows, query.limit, (u) => [u.id]);
    },
  }),
});

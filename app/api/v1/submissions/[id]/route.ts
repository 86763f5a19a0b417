// GET /api/v1/submissions/{id}: one kept run with its files and test results. A learner sees
// only their own: someone else's id answers 404, exactly like an id that does not exist, so
// ids cannot be probed. Instructors and admins may read any.
import { requireUser } from "#lib/auth/access.ts";
import { canReadCourseData } from "#lib/auth/roles.ts";
import { submissionIdParams } from "#lib/api/schemas.ts";
import { ApiProblem } from "#lib/http/problem.ts";
import { endpoint, methods } from "#lib/http/route.ts";
import { fromRuntime } from "#lib/runtime.ts";
import { getSubmission } from "#lib/store/submission-queries.ts";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: endpoint({
    params: submissionIdParams,
    handle: async ({ request, params }) => {
      const user = await requireUser(request);
      const submission = await getSubmission(fromRuntime("store").db, params.id);
      if (!submission || (submission.userId !== user.id && !canReadCourseData(user.role))) {
        throw new ApiProblem({ status: 404, kind: "not-found", detail: "No such submission." });
      }
      return submission;
    },
  }),
});

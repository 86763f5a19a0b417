// DELETE /api/v1/users/{userId}/sessions: admins sign a user out everywhere (a lost laptop, a
// compromised account). Learners end their own sessions through /api/auth/revoke-sessions.
import { requireAdmin } from "#lib/auth/access.ts";
import { findUserById, revokeSessions } from "#lib/auth/users.ts";
import { userIdParams } from "#lib/api/schemas.ts";
import { ApiProblem } from "#lib/http/problem.ts";
import { endpoint, methods } from "#lib/http/route.ts";
import { fromRuntime } from "#lib/runtime.ts";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  DELETE: endpoint({
    params: userIdParams,
    handle: async ({ request, params, logger, requestId }) => {
      const admin = await requireAdmin(request);
      const db = fromRuntime("store").db;
      if (!(await findUserById(db, params.userId))) {
        throw new ApiProblem({ status: 404, kind: "not-found", detail: "No such user." });
      }
      const revoked = await revokeSessions(db, params.userId);
      logger.info({ requestId, by: admin.id, userId: params.userId, revoked }, "sessions revoked");
      return { revoked };
    },
  }),
});

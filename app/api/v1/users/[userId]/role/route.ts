// PUT /api/v1/users/{userId}/role, body { role }: admins change roles. An admin cannot demote
// themselves, so the site always keeps one (the CLI remains for recovery).
import { requireAdmin } from "#lib/auth/access.ts";
import { findUserById, setRole } from "#lib/auth/users.ts";
import { roleBody, userIdParams } from "#lib/api/schemas.ts";
import { ApiProblem } from "#lib/http/problem.ts";
import { endpoint, methods } from "#lib/http/route.ts";
import { fromRuntime } from "#lib/runtime.ts";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  PUT: endpoint({
    params: userIdParams,
    body: roleBody,
    handle: async ({ request, params, body, logger, requestId }) => {
      const admin = await requireAdmin(request);
      if (admin.id === params.userId && body.role !== "admin") {
        throw new ApiProblem({
          status: 409,
          kind: "conflict",
          detail: "You cannot remove your own admin role; ask another admin.",
        });
      }
      const db = fromRuntime("store").db;
      if (!(await setRole(db, params.userId, body.role))) {
        throw new ApiProblem({ status: 404, kind: "not-found", detail: "No such user." });
      }
      logger.info({ requestId, by: admin.id, userId: params.userId, role: body.role }, "role set");
      return { user: await findUserById(db, params.userId) };
    },
  }),
});

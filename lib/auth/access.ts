// Route guards: who is calling, and may they. Problems, not booleans, so every route answers
// the same 401/403 (and 404 where even existence is private; see the submissions route).
import { ApiProblem } from "../http/problem.ts";
import type { SessionUser } from "./session.ts";
import { getSessionUser } from "./session.ts";
import { canManageRoles, canReadCourseData } from "./roles.ts";

export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getSessionUser(request);
  if (!user) {
    throw new ApiProblem({ status: 401, kind: "unauthorized", detail: "Sign in first." });
  }
  return user;
}

function forbidden(): ApiProblem {
  return new ApiProblem({
    status: 403,
    kind: "forbidden",
    detail: "Your role does not allow this.",
  });
}

/** Instructors and admins: analytics, any learner's progress, previews. */
export async function requireInstructor(request: Request): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!canReadCourseData(user.role)) throw forbidden();
  return user;
}

export async function requireAdmin(request: Request): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!canManageRoles(user.role)) throw forbidden();
  return user;
}

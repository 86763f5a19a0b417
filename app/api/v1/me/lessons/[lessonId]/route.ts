// PUT /api/v1/me/lessons/{lessonId}: mark a lesson completed (idempotent); DELETE: unmark.
import { requireUser } from "#lib/auth/access.ts";
import { lessonParams } from "#lib/api/schemas.ts";
import { ApiProblem } from "#lib/http/problem.ts";
import { endpoint, methods } from "#lib/http/route.ts";
import { knownContentIds } from "#lib/progress/known-ids.ts";
import { fromRuntime } from "#lib/runtime.ts";
import { completeLesson, uncompleteLesson } from "#lib/store/progress.ts";

async function knownLesson(lessonId: string): Promise<void> {
  if (!(await knownContentIds()).lessons.has(lessonId)) {
    throw new ApiProblem({ status: 404, kind: "not-found", detail: "No such lesson." });
  }
}

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  PUT: endpoint({
    params: lessonParams,
    handle: async ({ request, params }) => {
      const user = await requireUser(request);
      await knownLesson(params.lessonId);
      await completeLesson(fromRuntime("store").db, user.id, params.lessonId);
      return { lessonId: params.lessonId, completed: true };
    },
  }),
  DELETE: endpoint({
    params: lessonParams,
    handle: async ({ request, params }) => {
      const user = await requireUser(request);
      await knownLesson(params.lessonId);
      await uncompleteLesson(fromRuntime("store").db, user.id, params.lessonId);
      return { lessonId: params.lessonId, completed: false };
    },
  }),
});

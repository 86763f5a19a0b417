// POST /api/v1/exercises/{id}/runs: grade the learner's files against the hidden tests.
// Thin on purpose: validate (endpoint) -> rate limit -> grading service -> answer.
import { z } from "zod";
import { getSessionUser } from "#lib/auth/session.ts";
import { getExercise } from "#lib/content/index.ts";
import { contentId } from "#lib/content/schemas.ts";
import {
  admitOrThrow,
  foundOrThrow,
  gradeOrThrow,
  requireEntryFile,
} from "#lib/grading/answers.ts";
import { runBodySchema } from "#lib/grading/run-body.ts";
import { clientIpFrom } from "#lib/http/client.ts";
import { endpoint, methods } from "#lib/http/route.ts";
import { fromRuntime } from "#lib/runtime.ts";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: endpoint({
    params: z.object({ id: contentId }),
    body: runBodySchema,
    handle: async ({ request, params, body }) => {
      const user = await getSessionUser(request);
      const grading = fromRuntime("grading");
      admitOrThrow(grading, user ? `user:${user.id}` : `ip:${clientIpFrom(request)}`);
      const exercise = foundOrThrow(await getExercise(params.id));
      requireEntryFile(exercise, body.files);
      const { result, submissionId } = await gradeOrThrow(grading, {
        exercise,
        files: body.files,
        userId: user?.id ?? null,
      });
      // A signed-in learner's run is kept; its id lets them come back to it.
      return submissionId ? { ...result, submissionId } : result;
    },
  }),
});

// POST /api/v1/me/progress/merge: folds the browser's pre-sign-in progress into the account.
// Idempotent: sending the same record again changes nothing.
import { requireUser } from "#lib/auth/access.ts";
import { endpoint, methods } from "#lib/http/route.ts";
import { knownContentIds } from "#lib/progress/known-ids.ts";
import { getProgress, mergeBodySchema, mergeBrowserProgress } from "#lib/progress/progress.ts";
import { fromRuntime } from "#lib/runtime.ts";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: endpoint({
    body: mergeBodySchema,
    handle: async ({ request, body }) => {
      const user = await requireUser(request);
      const db = fromRuntime("store").db;
      const report = await mergeBrowserProgress(db, user.id, body, await knownContentIds());
      return { ...report, progress: await getProgress(db, user.id) };
    },
  }),
});

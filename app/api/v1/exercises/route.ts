// GET /api/v1/exercises: every exercise in course order, without instructions or files.
import { listExercises } from "#lib/content/index.ts";
import { endpoint, methods } from "#lib/http/route.ts";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: endpoint({
    handle: async () => ({ exercises: await listExercises() }),
  }),
});

// GET /api/v1/openapi.json: the API described as OpenAPI 3.1, generated from the routes' zod
// schemas (lib/api/openapi.ts). Public: it lists what exists, not anything about anyone.
import { openApiDocument } from "#lib/api/openapi.ts";
import { endpoint, methods } from "#lib/http/route.ts";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: endpoint({
    handle: async () =>
      Response.json(openApiDocument(), { headers: { "cache-control": "public, max-age=300" } }),
  }),
});

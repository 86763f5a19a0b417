// GET /api/v1: where the API starts. Links to its description and its main collections, so
// a client (or a curious learner) landing here finds its way instead of an HTML 404 page.
import { endpoint, methods } from "#lib/http/route.ts";

const API_INDEX = {
  name: "Pillars API",
  version: "v1",
  links: {
    openapi: "/api/v1/openapi.json",
    exercises: "/api/v1/exercises",
    me: "/api/v1/me",
    progress: "/api/v1/me/progress",
    submissions: "/api/v1/me/submissions",
  },
} as const;

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: endpoint({ handle: async () => API_INDEX }),
});

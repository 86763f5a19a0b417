// GET /api/v1/analytics/exercises[?format=csv]: per exercise attempts, pass rate, median
// attempts to pass and the tests that fail most. Instructors and admins.
import { requireInstructor } from "#lib/auth/access.ts";
import { formatQuery } from "#lib/api/schemas.ts";
import { csvResponse, toCsv } from "#lib/http/csv.ts";
import { endpoint, methods } from "#lib/http/route.ts";
import { fromRuntime } from "#lib/runtime.ts";
import { exerciseStats } from "#lib/store/analytics.ts";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: endpoint({
    query: formatQuery,
    handle: async ({ request, query }) => {
      await requireInstructor(request);
      const exercises = await exerciseStats(fromRuntime("store").db);
      if (query.format === "json") return { exercises };
      const rows = exercises.map((e) => ({
        ...e,
        failingTests: e.failingTests.map((t) => `${t.name} (${t.failures})`).join("; "),
      }));
      const columns = [
        "exerciseId",
        "attempts",
        "learners",
        "learnersPassed",
        "passRate",
        "medianAttemptsToPass",
        "failingTests",
      ] as const;
      return csvResponse(toCsv(rows, columns), "exercises.csv");
    },
  }),
});

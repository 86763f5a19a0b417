// GET /api/v1/analytics/learners: per learner progress counts, a page at a time; with
// ?format=csv, every learner in one file.
import { requireInstructor } from "#lib/auth/access.ts";
import { learnerStatsQuery } from "#lib/api/schemas.ts";
import { csvResponse, toCsv } from "#lib/http/csv.ts";
import { endpoint, methods } from "#lib/http/route.ts";
import { fromRuntime } from "#lib/runtime.ts";
import { learnerStats } from "#lib/store/analytics.ts";
import type { LearnerStats } from "#lib/store/analytics.ts";
import { toPage } from "#lib/store/cursor.ts";

const CSV_PAGE = 1000;

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: endpoint({
    query: learnerStatsQuery,
    handle: async ({ request, query }) => {
      await requireInstructor(request);
      const db = fromRuntime("store").db;
      if (query.format === "json") {
        const rows = await learnerStats(db, { after: query.cursor, limit: query.limit + 1 });
        return toPage(rows, query.limit, (r) => [r.userId]);
      }
      const all: LearnerStats[] = [];
      for (let after: string | undefined; ;) {
        const page = await learnerStats(db, { after, limit: CSV_PAGE });
        all.push(...page);
        if (page.length < CSV_PAGE) break;
        after = page.at(-1)!.userId;
      }
      const columns = [
        "userId",
        "email",
        "name",
        "exercisesAttempted",
        "exercisesPassed",
        "runs",
        "quizzesTaken",
        "lessonsCompleted",
      ] as const;
      return csvResponse(toCsv(all, columns), "learners.csv");
    },
  }),
});

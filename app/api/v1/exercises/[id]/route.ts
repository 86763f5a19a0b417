// GET /api/v1/exercises/{id}: what the editor needs. Only learner-visible fields are copied
// out: hidden tests, the solution and fixtures never leave the server.
import { z } from "zod";
import { getExercise } from "#lib/content/index.ts";
import { contentId } from "#lib/content/schemas.ts";
import { ApiProblem } from "#lib/http/problem.ts";
import { endpoint, methods } from "#lib/http/route.ts";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: endpoint({
    params: z.object({ id: contentId }),
    handle: async ({ params }) => {
      const exercise = await getExercise(params.id);
      if (!exercise) {
        throw new ApiProblem({ status: 404, kind: "not-found", detail: "No such exercise." });
      }
      return {
        id: exercise.id,
        title: exercise.title,
        summary: exercise.summary,
        difficulty: exercise.difficulty,
        minutes: exercise.minutes,
        pillarId: exercise.pillarId,
        lessonId: exercise.lessonId,
        entry: exercise.entry,
        open: exercise.open,
        instructions: exercise.instructions,
        hints: exercise.hints,
        starter: exercise.starter,
        // Read-only: every run uses the server's copy of these.
        given: exercise.given,
        visibleTests: exercise.visibleTests,
      };
    },
  }),
});

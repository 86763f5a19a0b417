// One strict zod schema per kind of content file. The same schemas give the TypeScript types,
// the loader's validation and (through `z.toJSONSchema`, see json-schema.ts) the JSON Schemas
// that editors use to complete and check meta.json and quiz.json. Every field is described:
// docs/authoring.md's field tables are generated from these descriptions.
import { z } from "zod";

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const contentId = z
  .string()
  .regex(ID, "must be kebab-case: lower-case letters, digits and single hyphens")
  .max(80)
  .describe("Stable kebab-case id, unique across the whole course; progress is keyed by it.");

const schemaRef = z
  .string()
  .describe("Relative path to the JSON Schema of this file, for editor completion.")
  .optional();

export const difficulty = z
  .enum(["beginner", "intermediate", "advanced"])
  .describe("How hard the exercises are: beginner, intermediate or advanced.");

export const limitsOverride = z
  .object({
    memoryMb: z.number().int().min(8).max(512).describe("Isolate heap, MiB.").optional(),
    cpuMs: z
      .number()
      .int()
      .min(10)
      .max(30_000)
      .describe("CPU time of learner code and tests together, ms.")
      .optional(),
    wallMs: z
      .number()
      .int()
      .min(100)
      .max(60_000)
      .describe("Real time for the whole run, ms.")
      .optional(),
    outputBytes: z.number().int().min(0).describe("Console and log output, bytes.").optional(),
    sqlRows: z.number().int().min(1).describe("Rows one SQL statement may return.").optional(),
    sqlBytes: z.number().int().min(1).describe("Bytes one SQL result may hold.").optional(),
    cacheBytes: z.number().int().min(1).describe("Bytes the cache may hold in all.").optional(),
    queueLength: z.number().int().min(1).describe("Messages one queue may hold.").optional(),
  })
  .strict()
  .describe(
    "Overrides of the engine's default run limits (sandbox-runtime DEFAULT_LIMITS). Set on a pillar or lesson, they apply to every exercise below it; the nearest setting wins.",
  );

const prerequisites = z
  .array(contentId)
  .describe(
    "Ids of lessons or pillars to finish first. A pillar's prerequisites apply to all its lessons.",
  )
  .optional();

const title = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .describe("Title shown in headings and the catalog.");
const summary = z
  .string()
  .trim()
  .min(1)
  .max(400)
  .describe("One or two sentences shown in the catalog.");

export const pillarMetaSchema = z
  .object({
    $schema: schemaRef,
    id: contentId,
    title,
    summary,
    difficulty: difficulty.optional(),
    limits: limitsOverride.optional(),
    prerequisites,
  })
  .strict()
  .describe("A pillar: lessons/NN-slug/meta.json.");

export const lessonMetaSchema = z
  .object({
    $schema: schemaRef,
    id: contentId,
    title,
    summary,
    objectives: z
      .array(z.string().trim().min(1))
      .min(1)
      .describe("What the learner can do after the lesson, one sentence each."),
    minutes: z
      .number()
      .int()
      .min(1)
      .max(240)
      .describe("Estimated minutes to read the lesson (exercises excluded)."),
    difficulty: difficulty.optional(),
    limits: limitsOverride.optional(),
    prerequisites,
  })
  .strict()
  .describe("A lesson: lessons/NN-pillar/NN-slug/meta.json.");

export const exerciseMetaSchema = z
  .object({
    $schema: schemaRef,
    id: contentId,
    title,
    summary,
    difficulty: difficulty
      .optional()
      .describe(
        "beginner, intermediate or advanced; inherited from the lesson, then the pillar, else beginner.",
      ),
    entry: z
      .string()
      .regex(/^[\w./-]+\.ts$/, "must be a .ts path inside starter/ and solution/")
      .refine((p) => !p.split("/").includes(".."), "must stay inside the folder")
      .default("index.ts")
      .describe("The starter/solution file that tests import as @pillars/learner."),
    open: z
      .string()
      .regex(/^[\w./-]+\.ts$/, "must be a .ts path inside starter/")
      .refine((p) => !p.split("/").includes(".."), "must stay inside the folder")
      .describe(
        "The starter file the editor opens first, when the learner's work is not in the entry (e.g. breaker.ts beside a given index.ts wiring); default: the entry.",
      )
      .optional(),
    minutes: z.number().int().min(1).max(240).describe("Estimated minutes to solve.").optional(),
    limits: limitsOverride.optional(),
    clockStart: z.iso
      .datetime({ offset: true })
      .describe("Virtual time the run starts at (ISO 8601); default 2026-01-01T00:00:00Z.")
      .optional(),
  })
  .strict()
  .describe("An exercise: .../exercises/NN-slug/meta.json.");

const markdown = z.string().trim().min(1);
const choice = z
  .object({
    id: z
      .string()
      .regex(ID, "must be kebab-case")
      .describe("Id of the choice, used in the answer key."),
    text: markdown.describe("The choice, Markdown."),
  })
  .strict();
const questionBase = {
  id: contentId.describe("Id of the question, unique within its quiz."),
  prompt: markdown.describe("The question, Markdown."),
  explanation: markdown.describe(
    "Why the right answer is right (and the tempting wrong one wrong), Markdown.",
  ),
};

export const quizQuestionSchema = z.discriminatedUnion("kind", [
  z
    .object({
      kind: z.literal("single").describe("One right choice."),
      ...questionBase,
      choices: z.array(choice).min(2).describe("The choices, shown in this order."),
      answer: z.string().describe("Id of the one right choice."),
    })
    .strict(),
  z
    .object({
      kind: z.literal("multiple").describe("Every right choice, no wrong one."),
      ...questionBase,
      choices: z.array(choice).min(2).describe("The choices, shown in this order."),
      answer: z.array(z.string()).min(1).describe("Ids of all right choices."),
    })
    .strict(),
  z
    .object({
      kind: z.literal("ordering").describe("Put the items in the right order."),
      ...questionBase,
      items: z.array(choice).min(2).describe("The items (shown shuffled)."),
      answer: z.array(z.string()).min(2).describe("Every item id, in the right order."),
    })
    .strict(),
  z
    .object({
      kind: z.literal("short").describe("A short typed answer."),
      ...questionBase,
      answer: z
        .array(markdown)
        .min(1)
        .describe(
          "Accepted answers; matched after trimming, lower-casing and collapsing white space.",
        ),
    })
    .strict(),
]);

export const quizSchema = z
  .object({
    $schema: schemaRef,
    id: contentId,
    title: title.default("Check your understanding"),
    questions: z.array(quizQuestionSchema).min(1).describe("The questions, in order."),
  })
  .strict()
  .describe("A lesson's quiz: .../NN-lesson/quiz.json.");

export type PillarMeta = z.output<typeof pillarMetaSchema>;
export type LessonMeta = z.output<typeof lessonMetaSchema>;
export type ExerciseMeta = z.output<typeof exerciseMetaSchema>;
export type QuizFile = z.output<typeof quizSchema>;
export type QuizQuestion = z.output<typeof quizQuestionSchema>;
export type Difficulty = z.output<typeof difficulty>;
export type LimitsOverride = z.output<typeof limitsOverride>;

/** The schemas by file kind, with the JSON Schema file each one is written to. */
export const CONTENT_SCHEMAS = {
  pillar: { schema: pillarMetaSchema, file: "pillar.schema.json" },
  lesson: { schema: lessonMetaSchema, file: "lesson.schema.json" },
  exercise: { schema: exerciseMetaSchema, file: "exercise.schema.json" },
  quiz: { schema: quizSchema, file: "quiz.schema.json" },
} as const;
export type ContentKind = keyof typeof CONTENT_SCHEMAS;

// What `lessons new` writes. Every template is valid content: a fresh scaffold passes
// `lessons check` with only `todo` warnings (each TODO(author) marks text to replace), and the
// exercise's starter fails its test while its solution passes, as the check requires.

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export function pillarMeta(id: string): string {
  return json({
    $schema: "../../schemas/pillar.schema.json",
    id,
    title: `TODO(author): title of ${id}`,
    summary: "TODO(author): one sentence on what this pillar teaches.",
  });
}

export function lessonMeta(id: string): string {
  return json({
    $schema: "../../../schemas/lesson.schema.json",
    id,
    title: `TODO(author): title of ${id}`,
    summary: "TODO(author): one or two sentences shown in the catalog.",
    objectives: ["TODO(author): what the learner can do after this lesson."],
    minutes: 15,
    prerequisites: [],
  });
}

export function lessonMdx(): string {
  return `{/* TODO(author): the opening paragraph: what problem this lesson solves and why it matters. */}
Opening paragraph.

<YouWillLearn>
- How ...
- Why ...
</YouWillLearn>

## First section {/*first-section*/}

{/* TODO(author): the sections; give each heading a stable id comment like the one above. */}
Explain the idea, then show it:

\`\`\`ts
const example = "code blocks are highlighted at build time";
\`\`\`

## Recap {/*recap*/}

- ...

<Exercises />
`;
}

export function exerciseMeta(id: string): string {
  return json({
    $schema: "../../../../../schemas/exercise.schema.json",
    id,
    title: `TODO(author): title of ${id}`,
    summary: "TODO(author): one sentence on what the learner builds.",
    difficulty: "beginner",
    entry: "index.ts",
    minutes: 15,
  });
}

export function exerciseReadme(): string {
  return `{/* TODO(author): the task, precisely: what to export, its signature, what the tests check, an example call. */}
Export a function \`answer()\` that returns \`42\`.

\`\`\`ts
answer(); // 42
\`\`\`
`;
}

export function exerciseHints(): string {
  return `{/* TODO(author): two or three hints, from a nudge to nearly the answer. */}
## Hint

Read what the test expects.

## Hint

Return the number itself, not a string.
`;
}

export const STARTER = `// Learners start from this file. Import the world with: import { db, cache } from "@pillars/world";
// TODO: return the answer.
export function answer(): number {
  return 0;
}
`;

export const SOLUTION = `// TODO(author): the reference solution, commented where the why matters.
export function answer(): number {
  return 42;
}
`;

export const HIDDEN_TEST = `import { test, expect } from "@pillars/test";
import { answer } from "@pillars/learner";

// TODO(author): hidden tests that grade behaviour, with labels that help the learner.
test("answer() returns 42", () => {
  expect(answer(), "what answer() returned").toBe(42);
});
`;

export const VISIBLE_TEST = `import { test, expect } from "@pillars/test";
import { answer } from "@pillars/learner";

// Learners can read this file: one example of what the hidden tests check.
test("answer() returns a number", () => {
  expect(typeof answer()).toBe("number");
});
`;

// A `$schema` that points at the wrong file (or nowhere) silently turns off editor completion:
// each one must resolve to the schema of its kind in schemas/.
import path from "node:path";
import type { ProblemList } from "../problems.ts";
import { CONTENT_SCHEMAS, type ContentKind } from "../schemas.ts";
import type { ContentTree } from "../tree.ts";

export function checkSchemaRefs(
  tree: ContentTree,
  schemasDir: string,
  problems: ProblemList,
): void {
  const check = (file: string, ref: string | undefined, kind: ContentKind) => {
    if (ref === undefined || /^https?:/.test(ref)) return;
    const want = path.join(schemasDir, CONTENT_SCHEMAS[kind].file);
    if (path.resolve(path.dirname(file), ref) !== want) {
      const expected = path.relative(path.dirname(file), want).split(path.sep).join("/");
      problems.warn(
        file,
        "schema-ref",
        `$schema "${ref}" is not the ${kind} schema; use "${expected}"`,
      );
    }
  };
  for (const p of tree.pillars) {
    check(path.join(p.dir, "meta.json"), p.meta.$schema, "pillar");
    for (const l of p.lessons) {
      check(path.join(l.dir, "meta.json"), l.meta.$schema, "lesson");
      if (l.quiz) check(l.quizPath, l.quiz.$schema, "quiz");
      for (const x of l.exercises) check(path.join(x.dir, "meta.json"), x.meta.$schema, "exercise");
    }
  }
}

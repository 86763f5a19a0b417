// The lessons CLI: `npm run lessons -- <command>`. See docs/authoring.md.
//   check [--no-run]                          every content check; exit 1 on any error
//   new <pillar> <lesson>                     scaffold a lesson (and the pillar if new)
//   new <pillar>/<lesson> exercise <slug>     scaffold an exercise in a lesson
//   grade <exercise-id> <file-or-dir>         grade local files as a learner's submission
//   schemas                                   regenerate schemas/*.schema.json and the docs' field reference
import path from "node:path";
import { AUTHORING_DOC, writeAuthoringDoc } from "../lib/content/field-docs.ts";
import { writeJsonSchemas } from "../lib/content/json-schema.ts";
import { checkCommand } from "./lessons/check.ts";
import { gradeCommand } from "./lessons/grade.ts";
import { newCommand } from "./lessons/new.ts";

const USAGE = `usage: npm run lessons -- <command>
  check [--no-run]                         run every content check (--no-run: skip the sandbox)
  new <pillar> <lesson>                    scaffold a lesson (and its pillar if new)
  new <pillar>/<lesson> exercise <slug>    scaffold an exercise in a lesson
  grade <exercise-id> <file-or-dir>        grade local files as the learner would see it
  schemas                                  regenerate schemas/*.schema.json and docs/authoring.md fields`;

const root = path.resolve(process.env.PILLARS_LESSONS_DIR ?? "lessons");
const [command, ...args] = process.argv.slice(2);

async function main(): Promise<number> {
  switch (command) {
    case "check":
      return checkCommand(root, args);
    case "new":
      return newCommand(root, args);
    case "grade":
      return gradeCommand(root, args);
    case "schemas":
      for (const file of await writeJsonSchemas())
        console.log(`wrote ${path.relative(process.cwd(), file)}`);
      await writeAuthoringDoc();
      console.log(`wrote the field reference in ${path.relative(process.cwd(), AUTHORING_DOC)}`);
      return 0;
    default:
      console.error(USAGE);
      return command === "help" || command === "--help" ? 0 : 2;
  }
}

// Exit explicitly: an engine that left a handle open must not keep CI waiting.
process.exit(await main());

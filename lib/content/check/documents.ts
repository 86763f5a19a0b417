// MDX checks: every document compiles, lessons follow the skeleton, components exist, and
// links between pages (and the heading anchors they point at) resolve.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { MdxAnalysis } from "../mdx-analysis.ts";
import { compileMdx, describeMdxError, MDX_COMPONENTS } from "../mdx.ts";
import type { ProblemList } from "../problems.ts";
import { exists, type ContentTree, type LessonNode } from "../tree.ts";

interface Doc {
  file: string;
  /** The site URL the document is shown at, against which relative links resolve. */
  url: string;
  analysis: MdxAnalysis;
}

const KNOWN = new Set<string>(MDX_COMPONENTS);
const RECAP = /^recap$/i;
// Site routes whose targets come from content; other paths (/, /dashboard, ...) are not checked.
const CONTENT_ROUTES = /^\/(learn|exercises|quizzes)(\/|$)/;

type Analysed = { analysis: MdxAnalysis } | { error: string } | undefined;

async function analyse(file: string): Promise<Analysed> {
  if (!(await exists(file))) return undefined;
  try {
    return {
      analysis: (await compileMdx(await readFile(file, "utf8"), { cwd: path.dirname(file) }))
        .analysis,
    };
  } catch (error) {
    return { error: describeMdxError(error) };
  }
}

/** Compiles every file, a few at a time (esbuild works in its own process meanwhile). */
async function analyseAll(files: string[], concurrency = 4): Promise<Analysed[]> {
  const out: Analysed[] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      out[i] = await analyse(files[i]!);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return out;
}

const at = (file: string, line?: number) => (line ? `${file}:${line}` : file);

function checkLessonShape(
  lesson: LessonNode,
  doc: Doc,
  exerciseIds: Set<string>,
  problems: ProblemList,
) {
  const { file, analysis } = doc;
  const names = analysis.components.map((c) => c.name);
  if (!names.includes("YouWillLearn"))
    problems.error(file, "skeleton", "no <YouWillLearn> block after the opening paragraph");
  if (!analysis.headings.some((h) => h.depth === 2 && (h.id === "recap" || RECAP.test(h.text)))) {
    problems.error(file, "skeleton", 'no "## Recap {/*recap*/}" section');
  }
  if (lesson.exercises.length && !names.includes("Exercises") && !names.includes("ExerciseCard")) {
    problems.warn(
      file,
      "skeleton",
      "the lesson has exercises but neither <Exercises /> nor <ExerciseCard> shows them",
    );
  }
  for (const c of analysis.components) {
    if (c.name === "ExerciseCard" && !exerciseIds.has(c.attributes.id ?? "")) {
      problems.error(
        at(file, c.line),
        "link",
        `<ExerciseCard id="${c.attributes.id ?? ""}"> names no exercise`,
      );
    }
    if (c.name === "Quiz" && !lesson.quiz)
      problems.error(at(file, c.line), "link", "<Quiz /> but this lesson has no quiz.json");
  }
}

function checkDocument(doc: Doc, problems: ProblemList) {
  for (const c of doc.analysis.components) {
    if (/^[A-Z]/.test(c.name) && !KNOWN.has(c.name)) {
      problems.error(
        at(doc.file, c.line),
        "component",
        `<${c.name}> is not one of ${MDX_COMPONENTS.join(", ")}`,
      );
    }
  }
  // Only lesson pages are linked to by anchor; instructions and hints need no stable ids.
  for (const h of doc.url.startsWith("/learn/") ? doc.analysis.headings : []) {
    if ((h.depth === 2 || h.depth === 3) && !h.explicit) {
      problems.warn(
        at(doc.file, h.line),
        "heading-id",
        `"${h.text}" has no {/*id*/}; its anchor changes when reworded`,
      );
    }
  }
  for (const id of doc.analysis.duplicateIds)
    problems.error(doc.file, "anchor", `heading id "${id}" is used twice`);
}

/** Anchors each content page has; `null` when the page's anchors are not known statically. */
function pageIndex(tree: ContentTree, docs: Map<string, Doc>): Map<string, Set<string> | null> {
  const pages = new Map<string, Set<string> | null>();
  for (const p of tree.pillars) {
    pages.set(`/learn/${p.slug}`, null);
    for (const l of p.lessons) {
      const url = `/learn/${p.slug}/${l.slug}`;
      const doc = docs.get(url);
      pages.set(url, doc ? new Set(doc.analysis.headings.map((h) => h.id)) : null);
      if (l.quiz) pages.set(`/quizzes/${l.quiz.id}`, null);
      for (const x of l.exercises) pages.set(`/exercises/${x.meta.id}`, null);
    }
  }
  return pages;
}

function checkLinks(doc: Doc, pages: Map<string, Set<string> | null>, problems: ProblemList) {
  for (const link of doc.analysis.links) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(link.url) || link.url.startsWith("//")) continue; // external
    const [target = "", anchor] = link.url.split("#", 2);
    const resolved = target
      ? new URL(target, `https://pillars.invalid${doc.url}`).pathname.replace(/\/$/, "")
      : doc.url;
    if (!CONTENT_ROUTES.test(resolved)) continue;
    if (!pages.has(resolved)) {
      problems.error(
        at(doc.file, link.line),
        "link",
        `${link.url} leads nowhere (no page ${resolved})`,
      );
      continue;
    }
    const anchors = pages.get(resolved);
    if (anchor && anchors && !anchors.has(anchor)) {
      problems.error(
        at(doc.file, link.line),
        "anchor",
        `${link.url}: ${resolved} has no heading with id "${anchor}"`,
      );
    }
  }
}

export async function checkDocuments(tree: ContentTree, problems: ProblemList): Promise<void> {
  const exerciseIds = new Set(
    tree.pillars.flatMap((p) => p.lessons.flatMap((l) => l.exercises.map((x) => x.meta.id))),
  );
  const targets = tree.pillars.flatMap((p) =>
    p.lessons.flatMap((l) => [
      { file: path.join(l.dir, "lesson.mdx"), url: `/learn/${p.slug}/${l.slug}`, lesson: l },
      ...l.exercises.flatMap((x) =>
        ["README.mdx", "hints.mdx"].map((name) => ({
          file: path.join(x.dir, name),
          url: `/exercises/${x.meta.id}`,
          lesson: undefined,
        })),
      ),
    ]),
  );
  const results = await analyseAll(targets.map((t) => t.file));
  // Reported in tree order, whatever order the compiles finished in.
  const docs = new Map<string, Doc>();
  const exerciseDocs: Doc[] = [];
  targets.forEach(({ file, url, lesson }, i) => {
    const result = results[i];
    if (!result) return;
    if ("error" in result) return problems.error(file, "mdx-compile", result.error);
    const doc = { file, url, analysis: result.analysis };
    if (lesson) {
      docs.set(url, doc);
      checkLessonShape(lesson, doc, exerciseIds, problems);
    } else exerciseDocs.push(doc);
  });
  const pages = pageIndex(tree, docs);
  for (const doc of [...docs.values(), ...exerciseDocs]) {
    checkDocument(doc, problems);
    checkLinks(doc, pages, problems);
  }
}

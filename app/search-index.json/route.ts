// The search index, generated once at build time from lib/content and served as a static
// JSON file; the search page fetches it and searches in the browser.
import { getLesson, loadCourse } from "#lib/content/index.ts";
import type { SearchDoc } from "#components/search/search-core.ts";

export const dynamic = "force-static";

export async function GET(): Promise<Response> {
  const course = await loadCourse();
  const docs: SearchDoc[] = [];
  for (const pillar of course.pillars) {
    for (const lesson of pillar.lessons) {
      const full = await getLesson(pillar.slug, lesson.slug);
      docs.push({
        kind: "lesson",
        title: lesson.title,
        href: `/learn/${pillar.slug}/${lesson.slug}`,
        summary: lesson.summary,
        context: pillar.title,
        keywords: [...lesson.objectives, ...(full?.toc.map((t) => t.text) ?? [])].join(" "),
      });
      for (const x of lesson.exercises) {
        docs.push({
          kind: "exercise",
          title: x.title,
          href: `/exercises/${x.id}`,
          summary: x.summary,
          context: `${pillar.title} › ${lesson.title}`,
          keywords: x.difficulty,
        });
      }
    }
  }
  return Response.json(docs);
}

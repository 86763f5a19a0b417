import Link from "next/link";
import type { Course } from "#lib/content/index.ts";

export interface LessonLink {
  href: string;
  title: string;
}

/** The lessons before and after this one, across pillar boundaries, in course order. */
export function lessonNeighbours(
  course: Course,
  lessonId: string,
): { previous?: LessonLink; next?: LessonLink } {
  const all = course.pillars.flatMap((p) =>
    p.lessons.map((l) => ({ id: l.id, href: `/learn/${p.slug}/${l.slug}`, title: l.title })),
  );
  const i = all.findIndex((l) => l.id === lessonId);
  if (i < 0) return {};
  const link = (l: (typeof all)[number] | undefined) =>
    l ? { href: l.href, title: l.title } : undefined;
  return { previous: link(all[i - 1]), next: link(all[i + 1]) };
}

export function LessonNav({ previous, next }: { previous?: LessonLink; next?: LessonLink }) {
  return (
    <nav aria-label="Lessons" className="lesson-nav">
      {previous ? (
        <Link href={previous.href} rel="prev">
          <span className="muted">Previous</span> {previous.title}
        </Link>
      ) : (
        <span />
      )}
      {next && (
        <Link href={next.href} rel="next" className="next">
          <span className="muted">Next</span> {next.title}
        </Link>
      )}
    </nav>
  );
}

import { describe, expect, test } from "vitest";
import type { Course } from "#lib/content/index.ts";
import { lessonNeighbours } from "./lesson-nav.tsx";

const lesson = (id: string) => ({ id, slug: id, title: id.toUpperCase() });
const course = {
  pillars: [
    { slug: "http", lessons: [lesson("a"), lesson("b")] },
    { slug: "db", lessons: [lesson("c")] },
  ],
} as unknown as Course;

describe("previous and next lesson", () => {
  test("crosses from the last lesson of one pillar to the first of the next", () => {
    expect(lessonNeighbours(course, "b")).toEqual({
      previous: { href: "/learn/http/a", title: "A" },
      next: { href: "/learn/db/c", title: "C" },
    });
  });
  test("the first lesson has no previous, the last no next", () => {
    expect(lessonNeighbours(course, "a").previous).toBeUndefined();
    expect(lessonNeighbours(course, "c").next).toBeUndefined();
  });
});

import { test, expect, world } from "@pillars/test";
import { handler } from "@pillars/learner";

test("two pages in a row do not overlap", async () => {
  const first = await world.http.request(handler, {
    method: "GET",
    path: "/events",
    query: { limit: "5" },
  });
  expect(first.status, "status of GET /events?limit=5").toBe(200);
  const page1 = first.body as { items: { id: number }[]; nextCursor: string | null };
  expect(page1.items.length, "items on page 1").toBe(5);
  expect(typeof page1.nextCursor, "type of nextCursor (more events exist)").toBe("string");

  const second = await world.http.request(handler, {
    method: "GET",
    path: "/events",
    query: { limit: "5", cursor: page1.nextCursor ?? "" },
  });
  const page2 = second.body as { items: { id: number }[] };
  const seen = page1.items.map((e) => e.id);
  const repeated = page2.items.filter((e) => seen.includes(e.id)).map((e) => e.id);
  expect(repeated, "ids on page 2 that were already on page 1").toEqual([]);
});

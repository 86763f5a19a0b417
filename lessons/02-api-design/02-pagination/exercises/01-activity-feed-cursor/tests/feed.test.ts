import { test, expect, world } from "@pillars/test";
import type { HttpResponse } from "@pillars/world";
import { handler } from "@pillars/learner";

interface Page {
  items: { id: number; type: string; summary: string; occurredAt: string }[];
  nextCursor: string | null;
}

async function page(query: Record<string, string>): Promise<{ res: HttpResponse; page: Page }> {
  const res = await world.http.request(handler, { method: "GET", path: "/events", query });
  const body = (res.body ?? {}) as Partial<Page>;
  return { res, page: { items: body.items ?? [], nextCursor: body.nextCursor ?? null } };
}

/** Every event id in the feed's order (newest first, the id breaking ties), from the db. */
async function feedIds(): Promise<number[]> {
  const { rows } = await world.db.query<{ id: number }>(
    "SELECT id FROM events ORDER BY occurred_at DESC, id DESC",
  );
  return rows.map((r) => r.id);
}

/** Follows nextCursor from the first page to the last; stops after 200 pages whatever happens. */
async function walk(limit: number): Promise<{ ids: number[]; pages: Page[] }> {
  const pages: Page[] = [];
  let cursor: string | null = null;
  do {
    const query: Record<string, string> = { limit: String(limit) };
    if (cursor !== null) query.cursor = cursor;
    const { res, page: p } = await page(query);
    expect(res.status, `status of page ${pages.length + 1} (limit=${limit})`).toBe(200);
    pages.push(p);
    cursor = p.nextCursor;
  } while (cursor !== null && pages.length < 200);
  return { ids: pages.flatMap((p) => p.items.map((i) => i.id)), pages };
}

function expectProblem(res: HttpResponse, what: string) {
  expect(res.status, `status for ${what}`).toBe(400);
  const headers = res.headers ?? {};
  const type = headers["Content-Type"] ?? headers["content-type"] ?? "";
  expect(type, `Content-Type of the 400 for ${what}`).toMatch(/^application\/problem\+json/);
  expect((res.body as { status?: unknown } | undefined)?.status, `body.status for ${what}`).toBe(
    400,
  );
}

test("the first page holds the newest events, newest first, in the documented shape", async () => {
  const { rows } = await world.db.query(
    `SELECT id, type, summary, occurred_at AS occurredAt FROM events
     ORDER BY occurred_at DESC, id DESC LIMIT 6`,
  );
  const { res, page: first } = await page({ limit: "6" });
  expect(res.status, "status of GET /events?limit=6").toBe(200);
  expect(first.items, "items of the first page (limit=6)").toEqual(rows);
  expect(typeof first.nextCursor, "type of nextCursor when more events exist").toBe("string");
});

test("following nextCursor visits every event exactly once, in order", async () => {
  const expected = await feedIds();
  for (const limit of [7, 3]) {
    const { ids } = await walk(limit);
    expect(ids, `event ids over all pages with limit=${limit}`).toEqual(expected);
  }
});

test("the last page has no cursor, and no empty page follows a full one", async () => {
  const total = (await feedIds()).length;
  const { pages } = await walk(10);
  expect(pages.length, `pages for ${total} events at 10 per page`).toBe(Math.ceil(total / 10));
  const last = pages[pages.length - 1];
  expect(last?.items.length ?? 0, "items on the last page").toBeGreaterThan(0);
  expect(last?.nextCursor ?? null, "nextCursor of the last page").toBeNull();
});

test("events inserted or deleted between page requests cause no duplicates and no gaps", async () => {
  const before = await feedIds();
  const { page: first } = await page({ limit: "10" });

  // New events arrive at the top of the feed while the client reads page 1.
  for (let k = 1; k <= 3; k++) {
    await world.db.query(
      "INSERT INTO events (type, summary, occurred_at) VALUES ('order.placed', $1, $2)",
      [`Order #61${k} placed`, `2026-03-02T09:0${k}:00Z`],
    );
  }
  const { page: second } = await page({ limit: "10", cursor: first.nextCursor ?? "" });
  expect(
    second.items.map((i) => i.id),
    "ids on page 2 after 3 new events arrived",
  ).toEqual(before.slice(10, 20));

  // Two events the client has already seen are deleted before it asks for page 3.
  await world.db.query("DELETE FROM events WHERE id IN ($1, $2)", [before[2]!, before[15]!]);
  const { page: third } = await page({ limit: "10", cursor: second.nextCursor ?? "" });
  expect(
    third.items.map((i) => i.id),
    "ids on page 3 after 2 seen events were deleted",
  ).toEqual(before.slice(20, 30));
});

test("the cursor is opaque: URL-safe, not a bare number, no readable timestamp", async () => {
  const { page: first } = await page({ limit: "4" });
  const cursor = first.nextCursor ?? "";
  expect(cursor, "nextCursor (only A-Z a-z 0-9 - _ . ~ need no URL escaping)").toMatch(
    /^[A-Za-z0-9_.~-]+$/,
  );
  expect(cursor, "nextCursor (a bare number invites clients to do arithmetic)").not.toMatch(
    /^\d+$/,
  );
  expect(cursor.includes("2026"), "nextCursor shows the timestamp in clear text").toBe(false);
});

test("a cursor this API did not issue answers 400 problem+json", async () => {
  const forged = [
    "not-a-cursor",
    "40",
    "%%%",
    "eyJpZCI6NX0", // base64url of {"id":5}
    "WyJ5ZXN0ZXJkYXkiLCJmaXZlIl0", // base64url of ["yesterday","five"]
    "WzEsMiwzXQ", // base64url of [1,2,3]
  ];
  for (const cursor of forged) expectProblem((await page({ cursor })).res, `cursor=${cursor}`);
});

test("limit defaults to 20, is capped at 100, and must be a whole number of at least 1", async () => {
  const { page: byDefault } = await page({});
  expect(byDefault.items.length, "items with no limit").toBe(20);
  const { res, page: huge } = await page({ limit: "1000" });
  expect(res.status, "status for limit=1000 (capped, not refused)").toBe(200);
  expect(huge.items.length, "items for limit=1000").toBe(100);
  for (const limit of ["0", "-3", "ten", "2.5", ""]) {
    expectProblem((await page({ limit })).res, `limit=${JSON.stringify(limit)}`);
  }
});

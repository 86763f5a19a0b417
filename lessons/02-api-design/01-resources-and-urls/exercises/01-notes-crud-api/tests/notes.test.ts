import { test, expect, world } from "@pillars/test";
import type { HttpResponse } from "@pillars/world";
import { handler } from "@pillars/learner";

/** Header names are case-insensitive in HTTP: find one whatever case the handler used. */
function header(res: HttpResponse, name: string): string | undefined {
  const headers = res.headers ?? {};
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : headers[key];
}

function send(method: string, path: string, body?: unknown, query?: Record<string, string>) {
  return world.http.request(handler, {
    method,
    path,
    query,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body,
  });
}

async function noteRow(id: number) {
  const { rows } = await world.db.query("SELECT title, body, pinned FROM notes WHERE id = $1", [
    id,
  ]);
  return rows[0] ?? null;
}

async function noteCount(): Promise<number> {
  const { rows } = await world.db.query<{ n: number }>("SELECT COUNT(*) AS n FROM notes");
  return rows[0]?.n ?? -1;
}

/** The RFC 9457 shape every error of this API must have. */
function expectProblem(res: HttpResponse, status: number, what: string) {
  expect(res.status, `status of ${what}`).toBe(status);
  expect(header(res, "Content-Type") ?? "", `Content-Type of ${what}`).toMatch(
    /^application\/problem\+json/,
  );
  const body = (res.body ?? {}) as Record<string, unknown>;
  expect(typeof body.type, `type of body.type in ${what} (a URI or "about:blank")`).toBe("string");
  expect(typeof body.title, `type of body.title in ${what}`).toBe("string");
  expect(body.status, `body.status in ${what} (must repeat the HTTP status)`).toBe(status);
  expect(typeof body.detail, `type of body.detail in ${what}`).toBe("string");
}

function pointers(res: HttpResponse): string[] {
  const errors = (res.body as { errors?: { pointer?: string }[] } | undefined)?.errors ?? [];
  return errors.map((e) => String(e.pointer)).sort();
}

test("POST /notes creates a note: 201, Location, stored, and readable at its Location", async () => {
  const res = await send("POST", "/notes", { title: "Call the plumber", pinned: true });
  expect(res.status, "status of POST /notes with a valid note").toBe(201);
  expect(header(res, "Content-Type") ?? "", "Content-Type of the 201").toMatch(
    /^application\/json/,
  );
  expect(res.body, "the created note (body defaults to an empty string)").toMatchObject({
    title: "Call the plumber",
    body: "",
    pinned: true,
  });
  const id = (res.body as { id?: unknown }).id;
  expect(typeof id, "type of the new note's id").toBe("number");
  expect(header(res, "Location"), "Location header of the 201").toBe(`/notes/${String(id)}`);
  expect(await noteRow(Number(id)), "the row stored in the notes table").toEqual({
    title: "Call the plumber",
    body: "",
    pinned: 1,
  });

  const read = await send("GET", `/notes/${String(id)}`);
  expect(read.status, `status of GET /notes/${String(id)}`).toBe(200);
  expect(read.body, `body of GET /notes/${String(id)}`).toEqual(res.body);
});

test("an invalid note answers 400 problem+json naming every bad field, and stores nothing", async () => {
  const before = await noteCount();
  const res = await send("POST", "/notes", { title: "   ", pinned: "yes", colour: "red" });
  expectProblem(res, 400, "POST /notes with a blank title, pinned 'yes' and a field 'colour'");
  expect(pointers(res), "pointers in body.errors").toEqual(["#/colour", "#/pinned", "#/title"]);
  expect(await noteCount(), "notes in the table after the rejected POST").toBe(before);

  const missing = await send("POST", "/notes", { body: "no title at all" });
  expectProblem(missing, 400, "POST /notes without a title");
  expect(pointers(missing), "pointers in body.errors for a missing title").toEqual(["#/title"]);
});

test("a body that is not a JSON object answers 400 problem+json", async () => {
  const cases: { body: unknown; what: string }[] = [
    { body: "Buy milk", what: "a JSON string" },
    { body: [{ title: "Buy milk" }], what: "a JSON array" },
    { body: null, what: "JSON null" },
    { body: undefined, what: "no body" },
  ];
  for (const c of cases) expectProblem(await send("POST", "/notes", c.body), 400, `POST ${c.what}`);
  expectProblem(await send("PATCH", "/notes/2", ["pinned"]), 400, "PATCH /notes/2 with an array");
});

test("PATCH changes only the fields it sends, and validates them", async () => {
  const res = await send("PATCH", "/notes/2", { pinned: true });
  expect(res.status, "status of PATCH /notes/2 { pinned: true }").toBe(200);
  expect(res.body, "the note after the PATCH").toEqual({
    id: 2,
    title: "Book club",
    body: "Chapter 7 by Thursday",
    pinned: true,
  });
  expect(await noteRow(2), "row 2 after the PATCH (title and body untouched)").toEqual({
    title: "Book club",
    body: "Chapter 7 by Thursday",
    pinned: 1,
  });

  const bad = await send("PATCH", "/notes/2", { title: "", body: "Chapter 8" });
  expectProblem(bad, 400, "PATCH /notes/2 with an empty title");
  expect(pointers(bad), "pointers in body.errors").toEqual(["#/title"]);
  expect(await noteRow(2), "row 2 after the rejected PATCH (nothing changes)").toEqual({
    title: "Book club",
    body: "Chapter 7 by Thursday",
    pinned: 1,
  });
});

test("a note that does not exist is a 404 problem for GET, PATCH and DELETE", async () => {
  expectProblem(await send("GET", "/notes/9999"), 404, "GET /notes/9999");
  expectProblem(await send("PATCH", "/notes/9999", { pinned: true }), 404, "PATCH /notes/9999");
  expectProblem(await send("DELETE", "/notes/9999"), 404, "DELETE /notes/9999");
  expectProblem(await send("GET", "/notes/groceries"), 404, "GET /notes/groceries");
});

test("DELETE answers 204 with no body, and the note is gone", async () => {
  const res = await send("DELETE", "/notes/4");
  expect(res.status, "status of DELETE /notes/4").toBe(204);
  expect(res.body ?? null, "body of the 204 (a 204 has none)").toBeNull();
  expect(await noteRow(4), "row 4 after the DELETE").toBeNull();
  expectProblem(await send("GET", "/notes/4"), 404, "GET /notes/4 after the DELETE");
});

test("GET /notes lists notes in id order and filters with ?pinned=", async () => {
  const all = await send("GET", "/notes");
  expect(all.status, "status of GET /notes").toBe(200);
  const items = (all.body as { items?: { id: number; pinned: unknown }[] }).items ?? [];
  const { rows } = await world.db.query<{ id: number }>("SELECT id FROM notes ORDER BY id");
  expect(
    items.map((n) => n.id),
    "ids in body.items",
  ).toEqual(rows.map((r) => r.id));
  expect(items[0], "first item of GET /notes").toEqual({
    id: 1,
    title: "Groceries",
    body: "Oat milk, coffee beans, lemons",
    pinned: true,
  });

  const pinned = await send("GET", "/notes", undefined, { pinned: "true" });
  const pinnedItems = (pinned.body as { items?: { pinned: unknown }[] }).items ?? [];
  const { rows: pinnedRows } = await world.db.query("SELECT id FROM notes WHERE pinned = 1");
  expect(pinnedItems.length, "items for ?pinned=true").toBe(pinnedRows.length);
  expect(
    pinnedItems.every((n) => n.pinned === true),
    "every item has pinned: true",
  ).toBe(true);

  expectProblem(await send("GET", "/notes", undefined, { pinned: "maybe" }), 400, "?pinned=maybe");
});

test("problem types tell kinds of error apart, and 405 says what is allowed", async () => {
  const invalidA = await send("POST", "/notes", { title: "" });
  const invalidB = await send("PATCH", "/notes/1", { pinned: 3 });
  const missing = await send("GET", "/notes/9999");
  const typeOf = (res: HttpResponse) => (res.body as { type?: unknown } | undefined)?.type;
  expect(typeOf(invalidA), "type of two validation problems (the same kind)").toBe(
    typeOf(invalidB),
  );
  expect(typeOf(invalidA), "type of a validation problem vs a 404's").not.toBe(typeOf(missing));

  const wrongMethod = await send("PUT", "/notes/1", { title: "Replaced" });
  expectProblem(wrongMethod, 405, "PUT /notes/1");
  const allow = (header(wrongMethod, "Allow") ?? "").split(",").map((m) => m.trim());
  expect(allow.sort(), "methods in the Allow header of the 405").toEqual([
    "DELETE",
    "GET",
    "PATCH",
  ]);
});

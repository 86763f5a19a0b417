import { test, expect, world } from "@pillars/test";
import { handler } from "@pillars/learner";

test("a client that already has the current product gets 304", async () => {
  const first = await world.http.request(handler, { method: "GET", path: "/products/1" });
  const etag = first.headers?.["ETag"] ?? first.headers?.["etag"];
  expect(etag, "ETag header of the first response").toBeDefined();

  const second = await world.http.request(handler, {
    method: "GET",
    path: "/products/1",
    headers: { "if-none-match": String(etag) },
  });
  expect(second.status, "status when If-None-Match carries the current ETag").toBe(304);
});

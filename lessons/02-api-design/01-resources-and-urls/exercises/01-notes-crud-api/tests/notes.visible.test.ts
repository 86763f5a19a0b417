import { test, expect, world } from "@pillars/test";
import { handler } from "@pillars/learner";

test("a missing note is answered with a problem+json document", async () => {
  const res = await world.http.request(handler, { method: "GET", path: "/notes/404" });
  expect(res.status, "status of GET /notes/404").toBe(404);
  const contentType = res.headers?.["Content-Type"] ?? res.headers?.["content-type"];
  expect(contentType, "Content-Type of the 404").toMatch(/^application\/problem\+json/);
  expect(res.body, "the problem document").toMatchObject({
    type: "about:blank",
    title: "Not Found",
    status: 404,
  });
});

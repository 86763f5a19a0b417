import { test, expect, world } from "@pillars/test";
import { handler } from "@pillars/learner";

test("an unknown event is a 404 problem document", async () => {
  const res = await world.http.request(handler, { method: "GET", path: "/events/999" });
  expect(res.status, "status of GET /events/999").toBe(404);
  const contentType = res.headers?.["Content-Type"] ?? res.headers?.["content-type"];
  expect(contentType, "Content-Type of the 404").toBe("application/problem+json");
  expect(res.body, "the problem document").toMatchObject({
    type: "https://tickets.example/problems/not-found",
    status: 404,
    detail: "Event 999 does not exist.",
  });
});

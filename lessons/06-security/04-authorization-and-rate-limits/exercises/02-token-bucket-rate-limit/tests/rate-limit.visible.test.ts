import { test, expect, world } from "@pillars/test";
import { app } from "@pillars/learner";

test("the 6th request in a burst is refused with 429", async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 6; i++) {
    const res = await world.http.request(app, {
      method: "GET",
      path: "/events",
      headers: { "x-api-key": "visible-key" },
    });
    statuses.push(res.status);
  }
  expect(statuses, "statuses of 6 requests sent in the same instant").toEqual([
    200, 200, 200, 200, 200, 429,
  ]);
});

import { test, expect, world } from "@pillars/test";
import { handler } from "@pillars/learner";

test("booking a free seat answers 201 with a Location header", async () => {
  const res = await world.http.request(handler, {
    method: "POST",
    path: "/events/3/tickets",
    headers: { "content-type": "application/json" },
    body: { seat: "F5", holder: "Katherine Johnson" },
  });
  expect(res.status, "status for booking free seat F5 at event 3").toBe(201);
  expect(res.headers?.["Location"] ?? res.headers?.["location"], "Location header").toMatch(
    /^\/tickets\/\d+$/,
  );
  expect(res.body, "the new ticket").toMatchObject({
    eventId: 3,
    seat: "F5",
    holder: "Katherine Johnson",
  });
});

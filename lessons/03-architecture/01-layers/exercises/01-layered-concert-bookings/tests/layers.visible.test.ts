import { test, expect, world } from "@pillars/test";
import { createController } from "@pillars/learner";

test("the controller books through a fake service and never touches the database", async () => {
  // A fake service: an object with the same method, built by the test. It records its calls.
  const calls: unknown[] = [];
  const fakeService = {
    async bookTickets(request: { concertId: number; email: string; quantity: number }) {
      calls.push(request);
      return { id: 501, ...request };
    },
  };
  const controller = createController(fakeService);

  world.db.resetCounters();
  const res = await world.http.request(controller, {
    method: "POST",
    path: "/concerts/2/bookings",
    body: { email: "ada@example.com", quantity: 2 },
  });

  expect(res.status, "status of a valid booking").toBe(201);
  expect(calls, "calls the controller made to the service").toEqual([
    { concertId: 2, email: "ada@example.com", quantity: 2 },
  ]);
  expect(world.db.queryCount(), "SQL statements run by the controller").toBe(0);
});

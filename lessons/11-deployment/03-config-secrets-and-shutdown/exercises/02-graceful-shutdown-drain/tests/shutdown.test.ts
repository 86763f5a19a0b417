import { test, expect, world } from "@pillars/test";
import { createServer } from "@pillars/learner";

type Req = {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
};
const request = (path: string): Req => ({ method: "GET", path, query: {}, headers: {} });

/** A server whose handler sleeps `ms` virtual ms (from the path `/sleep/<ms>`), and a
 * timeline of what happened when: requests ending, resources closing. */
function setUp(drainTimeoutMs?: number) {
  const events: { what: string; at: number }[] = [];
  const handled: string[] = [];
  const handler = async (req: Req) => {
    handled.push(req.path);
    const ms = Number(req.path.split("/")[2] ?? 0);
    await world.clock.sleep(ms);
    if (req.path.startsWith("/fail")) throw new Error("payment provider exploded");
    events.push({ what: `done ${req.path}`, at: world.clock.now() });
    return { status: 200, body: { ok: true } };
  };
  const resource = (name: string) => ({
    name,
    close: async () => {
      events.push({ what: `close ${name}`, at: world.clock.now() });
      await world.clock.sleep(5);
    },
  });
  const resources = [resource("queue-consumer"), resource("db")];
  const server =
    drainTimeoutMs === undefined
      ? createServer(handler, resources)
      : createServer(handler, resources, drainTimeoutMs);
  return { server, events, handled };
}

test("a request that arrives during shutdown gets 503 with Connection: close", async () => {
  const { server, handled } = setUp();
  const slow = server.handle(request("/sleep/200"));
  await world.clock.sleep(10);
  const stopping = server.shutdown();
  const late = await server.handle(request("/sleep/1"));
  expect(late.status, "status of a request that arrives after shutdown started").toBe(503);
  const headers = Object.fromEntries(
    Object.entries(late.headers ?? {}).map(([name, value]) => [
      name.toLowerCase(),
      String(value).toLowerCase(),
    ]),
  );
  expect(headers.connection, "the Connection header of that 503").toBe("close");
  expect(handled, "paths that reached the handler").toEqual(["/sleep/200"]);
  await Promise.all([slow, stopping]);
});

test("in-flight requests finish with their own response and shutdown waits for the slowest", async () => {
  const { server } = setUp();
  const start = world.clock.now();
  const a = server.handle(request("/sleep/300"));
  const b = server.handle(request("/sleep/800"));
  await world.clock.sleep(50);
  const report = await server.shutdown();
  const doneAfter = world.clock.now() - start;
  expect((await a).status, "status of the 300 ms request").toBe(200);
  expect((await b).status, "status of the 800 ms request").toBe(200);
  expect(report, "what shutdown reports").toEqual({ drained: true, abandoned: 0 });
  expect(
    doneAfter,
    "virtual ms until shutdown resolved (slowest request: 800)",
  ).toBeGreaterThanOrEqual(800);
  expect(
    doneAfter,
    "virtual ms until shutdown resolved (it should not wait for the deadline)",
  ).toBeLessThan(1_000);
});

test("the queue consumer and then the database close only after the last request", async () => {
  const { server, events } = setUp();
  const inFlight = server.handle(request("/sleep/400"));
  await world.clock.sleep(1);
  await server.shutdown();
  await inFlight;
  expect(
    events.map((event) => event.what),
    "order of events: requests ending, resources closing",
  ).toEqual(["done /sleep/400", "close queue-consumer", "close db"]);
  const [, consumer, db] = events;
  expect(
    db.at - consumer.at,
    "virtual ms between closing the consumer and the db (one at a time)",
  ).toBeGreaterThanOrEqual(5);
});

test("with nothing in flight, shutdown closes everything at once", async () => {
  const { server, events } = setUp();
  const start = world.clock.now();
  const report = await server.shutdown();
  expect(report, "what shutdown reports").toEqual({ drained: true, abandoned: 0 });
  expect(
    events.map((event) => event.what),
    "what was closed",
  ).toEqual(["close queue-consumer", "close db"]);
  expect(world.clock.now() - start, "virtual ms shutdown took with nothing to drain").toBeLessThan(
    100,
  );
});

test("a request that throws still counts as finished", async () => {
  const { server } = setUp();
  const start = world.clock.now();
  const failing = server.handle(request("/fail/100")).catch(() => "rejected");
  await world.clock.sleep(10);
  const report = await server.shutdown();
  expect(report, "what shutdown reports after a request threw").toEqual({
    drained: true,
    abandoned: 0,
  });
  expect(
    world.clock.now() - start,
    "virtual ms until shutdown resolved (the request failed at 100)",
  ).toBeLessThan(1_000);
  await failing;
});

test("calling shutdown twice closes each resource once", async () => {
  const { server, events } = setUp();
  const inFlight = server.handle(request("/sleep/100"));
  await world.clock.sleep(1);
  const first = server.shutdown();
  const second = server.shutdown();
  await Promise.all([first, second, inFlight]);
  const closes = events.filter((event) => event.what.startsWith("close"));
  expect(
    closes.map((event) => event.what),
    "resources closed",
  ).toEqual(["close queue-consumer", "close db"]);
});

// Last: the abandoned request is still asleep on the virtual clock when the test ends.
test("a request that never finishes is abandoned at the drain deadline", async () => {
  const { server, events } = setUp(2_000);
  const start = world.clock.now();
  void server.handle(request("/sleep/600000"));
  await world.clock.sleep(10);
  const report = await server.shutdown();
  const took = world.clock.now() - start;
  expect(report, "what shutdown reports when the deadline passes").toEqual({
    drained: false,
    abandoned: 1,
  });
  expect(
    took,
    "virtual ms until shutdown resolved (deadline: 2000 after it started)",
  ).toBeGreaterThanOrEqual(2_000);
  expect(took, "virtual ms until shutdown resolved (deadline: 2000 after it started)").toBeLessThan(
    2_100,
  );
  expect(
    events.map((event) => event.what),
    "what was closed",
  ).toEqual(["close queue-consumer", "close db"]);
});

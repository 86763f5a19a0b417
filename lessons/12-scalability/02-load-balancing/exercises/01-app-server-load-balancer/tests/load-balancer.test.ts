import { test, expect, world } from "@pillars/test";
import { createLoadBalancer } from "@pillars/learner";

const SERVERS = ["http://app-1.test", "http://app-2.test", "http://app-3.test"];
const get = (path: string) => ({ method: "GET", path, query: {}, headers: {} });

interface ServerBehaviour {
  delayMs?: number;
  /** "down": the connection fails (fetch rejects); a number: that status. */
  fail?: "down" | number;
}

/** Defines `method path` on every server; returns how many requests each one received. */
function serve(method: string, path: string, behaviour: Record<string, ServerBehaviour> = {}) {
  const received: Record<string, number> = {};
  for (const url of SERVERS) {
    received[url] = 0;
    world.http.route(method, `${url}${path}`, async () => {
      received[url]++;
      const { delayMs = 0, fail } = behaviour[url] ?? {};
      if (delayMs > 0) await world.clock.sleep(delayMs);
      if (fail === "down") throw new Error("connect ECONNREFUSED");
      if (typeof fail === "number") return { status: fail, body: { error: "unavailable" } };
      return { status: 200, body: { server: url } };
    });
  }
  return received;
}

function health(statuses: Record<string, number | "down">) {
  for (const url of SERVERS) {
    world.http.route("GET", `${url}/health`, () => {
      const status = statuses[url] ?? 200;
      if (status === "down") throw new Error("connect ETIMEDOUT");
      return { status, body: { status: status === 200 ? "ok" : "failing" } };
    });
  }
}

test("round robin spreads nine requests evenly: three per server", async () => {
  const received = serve("GET", "/events");
  const lb = createLoadBalancer(SERVERS, "round-robin");
  for (let i = 0; i < 9; i++) await lb.handle(get("/events"));
  expect(received, "requests each server received").toEqual({
    "http://app-1.test": 3,
    "http://app-2.test": 3,
    "http://app-3.test": 3,
  });
});

test("inFlight counts the requests each server is busy with, and drops to zero after", async () => {
  serve("GET", "/events", { "http://app-2.test": { delayMs: 300 } });
  const lb = createLoadBalancer(SERVERS, "round-robin");
  // Three at once: one each. app-2 is slow, so 100 ms later only it is still busy.
  const pending = [1, 2, 3].map(() => lb.handle(get("/events")));
  await world.clock.sleep(10);
  expect(lb.inFlight(), "in flight while all three are busy").toEqual({
    "http://app-1.test": 1,
    "http://app-2.test": 1,
    "http://app-3.test": 1,
  });
  await world.clock.sleep(100);
  expect(lb.inFlight(), "in flight once app-1 and app-3 answered").toEqual({
    "http://app-1.test": 0,
    "http://app-2.test": 1,
    "http://app-3.test": 0,
  });
  await Promise.all(pending);
  expect(lb.inFlight(), "in flight after every answer").toEqual({
    "http://app-1.test": 0,
    "http://app-2.test": 0,
    "http://app-3.test": 0,
  });
});

test("least connections keeps new requests away from a server stuck on slow ones", async () => {
  // app-1 takes 2 s per request; the others answer at once. A request arrives every 100 ms.
  const received = serve("GET", "/events", { "http://app-1.test": { delayMs: 2_000 } });
  const lb = createLoadBalancer(SERVERS, "least-connections");
  const pending = [];
  for (let i = 0; i < 12; i++) {
    pending.push(lb.handle(get("/events")));
    await world.clock.sleep(100);
  }
  await Promise.all(pending);
  expect(
    received["http://app-1.test"],
    "requests the slow server received (of 12)",
  ).toBeLessThanOrEqual(1);
  expect(
    received["http://app-2.test"] + received["http://app-3.test"],
    "requests the fast servers received (of 12)",
  ).toBeGreaterThanOrEqual(11);
});

test("a server that fails its health check gets no traffic until it passes again", async () => {
  const received = serve("GET", "/events");
  health({ "http://app-2.test": 503 });
  const lb = createLoadBalancer(SERVERS, "round-robin");
  await lb.checkHealth();
  for (let i = 0; i < 6; i++) {
    const res = await lb.handle(get("/events"));
    expect(res.status, `status of request ${i + 1} with app-2 down`).toBe(200);
  }
  expect(received["http://app-2.test"], "requests sent to app-2 while unhealthy").toBe(0);

  health({});
  await lb.checkHealth();
  for (let i = 0; i < 6; i++) await lb.handle(get("/events"));
  expect(
    received["http://app-2.test"],
    "requests sent to app-2 after it recovered",
  ).toBeGreaterThan(0);
});

test("a health check that cannot connect marks the server down too; none healthy is a 503", async () => {
  const received = serve("GET", "/events");
  health({ "http://app-1.test": "down", "http://app-2.test": "down", "http://app-3.test": 500 });
  const lb = createLoadBalancer(SERVERS, "least-connections");
  await lb.checkHealth();
  const res = await lb.handle(get("/events"));
  expect(res.status, "status when no server is healthy").toBe(503);
  const total = Object.values(received).reduce((a, b) => a + b, 0);
  expect(total, "requests forwarded when no server is healthy").toBe(0);
});

test("a GET that fails on one server is retried on another, each server at most once", async () => {
  const received = serve("GET", "/events", {
    "http://app-1.test": { fail: "down" },
    "http://app-2.test": { fail: 503 },
  });
  const lb = createLoadBalancer(SERVERS, "round-robin");
  const res = await lb.handle(get("/events"));
  expect(res.status, "status of a GET that app-3 could serve").toBe(200);
  expect(res.body, "body of that GET").toEqual({ server: "http://app-3.test" });
  expect(received, "attempts per server").toEqual({
    "http://app-1.test": 1,
    "http://app-2.test": 1,
    "http://app-3.test": 1,
  });
  expect(lb.inFlight()["http://app-1.test"], "app-1 in flight after its failure").toBe(0);

  serve("GET", "/events", {
    "http://app-1.test": { fail: "down" },
    "http://app-2.test": { fail: "down" },
    "http://app-3.test": { fail: "down" },
  });
  const allDown = await lb.handle(get("/events"));
  expect(allDown.status, "status when every attempt failed").toBe(502);
});

test(
  "a POST whose connection fails is not sent to a second server",
  async () => {
    const received = serve("POST", "/orders", { "http://app-1.test": { fail: "down" } });
    const lb = createLoadBalancer(SERVERS, "round-robin");
    const res = await lb.handle({
      method: "POST",
      path: "/orders",
      query: {},
      headers: { "content-type": "application/json" },
      body: { eventId: 7, seats: 2 },
    });
    expect(res.status, "status of the failed POST").toBe(502);
    const total = Object.values(received).reduce((a, b) => a + b, 0);
    expect(total, "times the order was sent (it may have been created the first time)").toBe(1);
  },
  {
    hint: "The server may have created the order before the connection dropped: a second attempt could book the seats twice.",
  },
);

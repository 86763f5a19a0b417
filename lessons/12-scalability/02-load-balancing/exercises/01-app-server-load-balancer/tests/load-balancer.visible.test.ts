import { test, expect, world } from "@pillars/test";
import { createLoadBalancer } from "@pillars/learner";

const SERVERS = ["http://app-1.test", "http://app-2.test", "http://app-3.test"];

test("round robin sends six requests to each server twice, in turn", async () => {
  const servedBy: string[] = [];
  for (const url of SERVERS) {
    world.http.route("GET", `${url}/events`, () => {
      servedBy.push(url);
      return { status: 200, body: { events: [], server: url } };
    });
  }
  const lb = createLoadBalancer(SERVERS, "round-robin");
  for (let i = 0; i < 6; i++) {
    const res = await lb.handle({ method: "GET", path: "/events", query: {}, headers: {} });
    expect(res.status, `status of request ${i + 1}`).toBe(200);
  }
  expect(servedBy, "which server answered each request").toEqual([...SERVERS, ...SERVERS]);
});

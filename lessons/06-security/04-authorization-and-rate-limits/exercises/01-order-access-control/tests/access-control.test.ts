import { test, expect, world } from "@pillars/test";
import { app, requireRole } from "@pillars/learner";
import type { HttpRequest, HttpResponse } from "@pillars/world";

const TOKENS = {
  ada: "sess_ada_9f2c41d7", // customer, owns orders 101 and 103
  brian: "sess_brian_5b8e07aa", // customer, owns orders 102 and 104
  sam: "sess_sam_c3d19e62", // support
  olga: "sess_olga_71fa2b90", // admin
};

function call(method: string, path: string, who?: keyof typeof TOKENS) {
  const headers: Record<string, string> = who ? { authorization: `Bearer ${TOKENS[who]}` } : {};
  return world.http.request(app, { method, path, headers });
}

function header(res: HttpResponse, name: string): string | undefined {
  return Object.entries(res.headers ?? {}).find(([k]) => k.toLowerCase() === name)?.[1];
}

async function orderStatus(id: number): Promise<string> {
  const { rows } = await world.db.query("SELECT status FROM orders WHERE id = $1", [id]);
  return rows[0]?.status as string;
}

/** A handler of the test's own that records who reached it. */
function recorder() {
  const seen: unknown[] = [];
  const handler = (_req: HttpRequest, user: unknown) => {
    seen.push(user);
    return { status: 200, body: { ok: true } };
  };
  return { seen, handler };
}

test("no session or an unknown session is 401 with WWW-Authenticate, and the handler never runs", async () => {
  const { seen, handler } = recorder();
  const guarded = requireRole("customer")(handler);
  const anonymous = await world.http.request(guarded, { method: "GET", path: "/x" });
  expect(anonymous.status, "status without an Authorization header").toBe(401);
  expect(header(anonymous, "www-authenticate"), "WWW-Authenticate header on the 401").toMatch(
    /^Bearer/i,
  );
  const forged = await world.http.request(guarded, {
    method: "GET",
    path: "/x",
    headers: { authorization: "Bearer sess_made_up_123" },
  });
  expect(forged.status, "status with a session token that does not exist").toBe(401);
  expect(seen.length, "times the protected handler ran").toBe(0);
});

test("requireRole lets every listed role through and passes the user to the handler", async () => {
  const { seen, handler } = recorder();
  const guarded = requireRole("support", "admin")(handler);
  for (const who of ["sam", "olga"] as const) {
    const res = await world.http.request(guarded, {
      method: "GET",
      path: "/x",
      headers: { authorization: `Bearer ${TOKENS[who]}` },
    });
    expect(res.status, `status for ${who}`).toBe(200);
  }
  expect(seen, "users the handler received").toEqual([
    { id: 3, role: "support" },
    { id: 4, role: "admin" },
  ]);
});

test("a customer calling an admin route gets 403 and the order is not refunded", async () => {
  const res = await call("POST", "/admin/orders/102/refund", "brian");
  expect(res.status, "status of a customer's refund request").toBe(403);
  expect(await orderStatus(102), "status of order 102 afterwards").toBe("paid");
  const support = await call("POST", "/admin/orders/104/refund", "sam");
  expect(support.status, "status of a support agent's refund request").toBe(403);
  expect(await orderStatus(104), "status of order 104 afterwards").toBe("paid");
});

test("an admin can refund an order", async () => {
  const res = await call("POST", "/admin/orders/103/refund", "olga");
  expect(res.status, "status of the admin's refund").toBe(200);
  expect(await orderStatus(103), "status of order 103 afterwards").toBe("refunded");
});

test("a customer can read their own orders and no one else's", async () => {
  const expected: Record<number, number> = { 101: 200, 102: 404, 103: 200, 104: 404 };
  for (const [id, status] of Object.entries(expected)) {
    const res = await call("GET", `/orders/${id}`, "ada");
    expect(res.status, `status when Ada (owner of 101, 103) reads order ${id}`).toBe(status);
  }
});

test("someone else's order answers exactly like an order that does not exist", async () => {
  const theirs = await call("GET", "/orders/104", "ada");
  const missing = await call("GET", "/orders/999", "ada");
  expect(theirs.status, "status for another customer's order").toBe(404);
  expect(theirs.body, "body for another customer's order vs a missing one").toEqual(missing.body);
  expect(JSON.stringify(theirs.body ?? ""), "body for another customer's order").not.toContain(
    "Rock",
  );
});

test("support staff and admins can read any customer's order", async () => {
  const sam = await call("GET", "/orders/104", "sam");
  expect(sam.status, "status when support reads Brian's order").toBe(200);
  expect(sam.body, "the order support sees").toMatchObject({ id: 104, totalCents: 12000 });
  const olga = await call("GET", "/orders/101", "olga");
  expect(olga.status, "status when an admin reads Ada's order").toBe(200);
});

import { test, expect, world } from "@pillars/test";
import { handler } from "@pillars/learner";

function add(sid: string, body: unknown) {
  return world.http.request(handler, {
    method: "POST",
    path: "/cart/items",
    headers: { cookie: `theme=dark; sid=${sid}`, "content-type": "application/json" },
    body,
  });
}

function view(sid: string) {
  return world.http.request(handler, {
    method: "GET",
    path: "/cart",
    headers: { cookie: `sid=${sid}` },
  });
}

const MINUTE = 60_000;

test("items added to a session's cart come back, summed per SKU and sorted", async () => {
  await add("s-basic", { sku: "TEA-02", quantity: 1 });
  await add("s-basic", { sku: "MUG-01", quantity: 2 });
  const res = await add("s-basic", { sku: "TEA-02", quantity: 3 });
  expect(res.status, "status for POST /cart/items").toBe(200);
  expect((await view("s-basic")).body, "cart of session s-basic").toEqual({
    items: [
      { sku: "MUG-01", quantity: 2 },
      { sku: "TEA-02", quantity: 4 },
    ],
  });
  expect((await view("s-nobody")).body, "cart of a session that added nothing").toEqual({
    items: [],
  });
});

test("an item added here is stored where every instance can read it", async () => {
  await add("s-shared", { sku: "KETTLE-9", quantity: 3 });
  expect(
    await world.cache.hget("cart:s-shared", "KETTLE-9"),
    "quantity of KETTLE-9 in the cache hash cart:s-shared",
  ).toBe("3");
});

test("adds from this instance and another one both count", async () => {
  await add("s-both", { sku: "MUG-01", quantity: 1 });
  // Meanwhile, another instance handles a request from the same shopper.
  await world.cache.hincrby("cart:s-both", "MUG-01", 2);
  await add("s-both", { sku: "MUG-01", quantity: 1 });
  expect((await view("s-both")).body, "cart after 1 here + 2 elsewhere + 1 here").toEqual({
    items: [{ sku: "MUG-01", quantity: 4 }],
  });
});

test("a cart emptied elsewhere (checkout on another instance) is empty here too", async () => {
  await add("s-checkout", { sku: "TEA-02", quantity: 1 });
  await world.cache.del("cart:s-checkout");
  expect((await view("s-checkout")).body, "cart after another instance deleted it").toEqual({
    items: [],
  });
});

test("a cart expires 30 minutes after its last change, not its first", async () => {
  await add("s-idle", { sku: "MUG-01", quantity: 1 });
  await world.clock.advance(20 * MINUTE);
  await add("s-idle", { sku: "MUG-01", quantity: 1 });
  await world.clock.advance(20 * MINUTE);
  expect((await view("s-idle")).body, "cart 20 minutes after the last change").toEqual({
    items: [{ sku: "MUG-01", quantity: 2 }],
  });
  await world.clock.advance(11 * MINUTE);
  expect((await view("s-idle")).body, "cart 31 minutes after the last change").toEqual({
    items: [],
  });
});

test("401 without a session cookie, 400 for a bad item, and nothing stored", async () => {
  const anonymous = await world.http.request(handler, { method: "GET", path: "/cart" });
  expect(anonymous.status, "status for GET /cart with no cookie").toBe(401);

  for (const body of [
    { sku: "MUG-01", quantity: 0 },
    { sku: "MUG-01", quantity: 2.5 },
    { sku: "MUG-01", quantity: "3" },
    { sku: "mug 01", quantity: 1 },
    { quantity: 1 },
  ]) {
    const res = await add("s-bad", body);
    expect(res.status, `status for ${JSON.stringify(body)}`).toBe(400);
  }
  expect(await world.cache.exists("cart:s-bad"), "cart:s-bad keys after rejected adds").toBe(0);
});

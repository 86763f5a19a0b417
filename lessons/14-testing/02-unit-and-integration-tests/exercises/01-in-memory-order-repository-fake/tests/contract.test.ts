import { test, expect, world, beforeEach } from "@pillars/test";
import { createInMemoryOrderRepository } from "@pillars/learner";

interface Order {
  id: number;
  customerId: number;
  totalCents: number;
  status: string;
  createdAt: number;
}
interface Repository {
  insert(order: { customerId: number; totalCents: number; createdAt: number }): Promise<Order>;
  findById(id: number): Promise<Order | null>;
  listByCustomer(customerId: number, limit: number): Promise<Order[]>;
  updateStatus(id: number, status: string): Promise<boolean>;
}

// The graders' own copy of the real repository. Every contract test below runs against it
// first, which proves the expectations describe the real thing, then against the fake.
const columns =
  "id, customer_id AS customerId, total_cents AS totalCents, status, created_at AS createdAt";
const sqlRepository: Repository = {
  async insert(order) {
    const { rows } = await world.db.query<Order>(
      `INSERT INTO orders (customer_id, total_cents, created_at) VALUES ($1, $2, $3) RETURNING ${columns}`,
      [order.customerId, order.totalCents, order.createdAt],
    );
    return rows[0];
  },
  async findById(id) {
    const { rows } = await world.db.query<Order>(`SELECT ${columns} FROM orders WHERE id = $1`, [
      id,
    ]);
    return rows[0] ?? null;
  },
  async listByCustomer(customerId, limit) {
    const { rows } = await world.db.query<Order>(
      `SELECT ${columns} FROM orders WHERE customer_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2`,
      [customerId, limit],
    );
    return rows;
  },
  async updateStatus(id, status) {
    const { rowCount } = await world.db.query("UPDATE orders SET status = $1 WHERE id = $2", [
      status,
      id,
    ]);
    return rowCount === 1;
  },
};

beforeEach(async () => {
  // Without AUTOINCREMENT, an emptied SQLite table hands out id 1 again.
  await world.db.query("DELETE FROM orders");
});

/** Runs `check` on a fresh real repository, then on a fresh fake; labels say which failed. */
function contract(name: string, check: (repo: Repository, which: string) => Promise<void>) {
  test(name, async () => {
    await check(sqlRepository, "real repository");
    await world.db.query("DELETE FROM orders");
    const fake = createInMemoryOrderRepository() as Repository;
    world.db.resetCounters();
    await check(fake, "your fake");
    expect(world.db.queryCount(), "database queries made by the fake").toBe(0);
  });
}

const t0 = Date.UTC(2026, 0, 5, 9, 0, 0);

contract(
  "insert gives ids 1, 2, 3 in order and stores new orders as pending",
  async (repo, which) => {
    const first = await repo.insert({ customerId: 7, totalCents: 2450, createdAt: t0 });
    const second = await repo.insert({ customerId: 8, totalCents: 999, createdAt: t0 + 1 });
    expect(first, `${which}: the first order inserted`).toEqual({
      id: 1,
      customerId: 7,
      totalCents: 2450,
      status: "pending",
      createdAt: t0,
    });
    expect(second.id, `${which}: id of the second order`).toBe(2);
  },
);

contract("findById returns the stored order, and null for an unknown id", async (repo, which) => {
  await repo.insert({ customerId: 7, totalCents: 2450, createdAt: t0 });
  expect(await repo.findById(1), `${which}: findById(1)`).toMatchObject({
    id: 1,
    totalCents: 2450,
  });
  expect(await repo.findById(42), `${which}: findById(42), never inserted`).toBeNull();
});

contract(
  "a caller that edits a returned order does not change what is stored",
  async (repo, which) => {
    const inserted = await repo.insert({ customerId: 7, totalCents: 2450, createdAt: t0 });
    inserted.totalCents = 1;
    const found = await repo.findById(1);
    if (found) found.status = "paid";
    const [listed] = await repo.listByCustomer(7, 10);
    if (listed) listed.customerId = 99;
    expect(
      await repo.findById(1),
      `${which}: order 1 read after callers edited their copies`,
    ).toEqual({
      id: 1,
      customerId: 7,
      totalCents: 2450,
      status: "pending",
      createdAt: t0,
    });
  },
);

contract(
  "listByCustomer returns only that customer's orders, newest first",
  async (repo, which) => {
    await repo.insert({ customerId: 7, totalCents: 100, createdAt: t0 + 2_000 });
    await repo.insert({ customerId: 8, totalCents: 200, createdAt: t0 + 5_000 });
    await repo.insert({ customerId: 7, totalCents: 300, createdAt: t0 + 9_000 });
    await repo.insert({ customerId: 7, totalCents: 400, createdAt: t0 });
    const ids = (await repo.listByCustomer(7, 10)).map((order) => order.id);
    expect(ids, `${which}: ids listed for customer 7`).toEqual([3, 1, 4]);
  },
);

contract(
  "listByCustomer breaks ties on createdAt by the higher id and honours the limit",
  async (repo, which) => {
    for (let i = 0; i < 4; i++)
      await repo.insert({ customerId: 7, totalCents: 100 * i, createdAt: t0 });
    const ids = (await repo.listByCustomer(7, 3)).map((order) => order.id);
    expect(ids, `${which}: ids listed for 4 orders at the same time, limit 3`).toEqual([4, 3, 2]);
    expect(await repo.listByCustomer(8, 10), `${which}: orders of a customer with none`).toEqual(
      [],
    );
  },
);

contract(
  "updateStatus changes the status and reports whether the order existed",
  async (repo, which) => {
    await repo.insert({ customerId: 7, totalCents: 2450, createdAt: t0 });
    expect(await repo.updateStatus(1, "paid"), `${which}: updateStatus(1, "paid")`).toBe(true);
    expect((await repo.findById(1))?.status, `${which}: status of order 1 after paying`).toBe(
      "paid",
    );
    expect(await repo.updateStatus(42, "paid"), `${which}: updateStatus of an unknown id`).toBe(
      false,
    );
  },
);

test("every new fake starts empty and does not share orders with another", async () => {
  const a = createInMemoryOrderRepository() as Repository;
  const b = createInMemoryOrderRepository() as Repository;
  await a.insert({ customerId: 7, totalCents: 2450, createdAt: t0 });
  expect(await b.findById(1), "order 1 in a second, untouched fake").toBeNull();
  const first = await b.insert({ customerId: 8, totalCents: 100, createdAt: t0 });
  expect(first.id, "id of the first order in the second fake").toBe(1);
});

import { expect, test, world } from "@pillars/test";
import { transfer } from "@pillars/learner";

// Each test opens its own accounts, so tests do not depend on one another's leftovers.
async function openAccount(owner: string, balanceCents: number): Promise<number> {
  const { rows } = await world.db.query(
    "INSERT INTO accounts (owner, balance_cents) VALUES ($1, $2) RETURNING id",
    [owner, balanceCents],
  );
  return rows[0]!.id as number;
}

async function balanceOf(id: number): Promise<number> {
  const { rows } = await world.db.query("SELECT balance_cents FROM accounts WHERE id = $1", [id]);
  return rows[0]!.balance_cents as number;
}

async function transfersBetween(fromId: number, toId: number): Promise<number> {
  const { rows } = await world.db.query(
    "SELECT COUNT(*) AS n FROM transfers WHERE from_account_id = $1 AND to_account_id = $2",
    [fromId, toId],
  );
  return rows[0]!.n as number;
}

// Matches the statement that credits the receiver (an UPDATE of accounts that adds).
const CREDIT_STATEMENT = /UPDATE\s+accounts\b[^;]*\+/i;

test("moves the amount from one account to the other and records it in transfers", async () => {
  const alice = await openAccount("alice", 5000);
  const bob = await openAccount("bob", 1000);
  await transfer(alice, bob, 1250);
  expect(await balanceOf(alice), "sender's balance after sending 1250").toBe(3750);
  expect(await balanceOf(bob), "receiver's balance after receiving 1250").toBe(2250);
  expect(await transfersBetween(alice, bob), "rows in transfers for this transfer").toBe(1);
});

test('refuses an overdraft with "insufficient funds" and changes nothing', async () => {
  const carol = await openAccount("carol", 300);
  const dave = await openAccount("dave", 0);
  await expect.rejects(() => transfer(carol, dave, 301)).toThrow(/insufficient funds/i);
  expect(await balanceOf(carol), "sender's balance after a refused overdraft").toBe(300);
  expect(await balanceOf(dave), "receiver's balance after a refused overdraft").toBe(0);
  expect(await transfersBetween(carol, dave), "transfers recorded").toBe(0);
});

test("rejects amounts that are not positive whole cents, and transfers to the same account", async () => {
  const erin = await openAccount("erin", 1000);
  const frank = await openAccount("frank", 1000);
  for (const bad of [0, -500, 12.5, Number.NaN]) {
    await expect.rejects(() => transfer(erin, frank, bad)).toThrow();
  }
  await expect.rejects(() => transfer(erin, erin, 100)).toThrow();
  expect(await balanceOf(erin), "erin's balance after only invalid transfers").toBe(1000);
  expect(await balanceOf(frank), "frank's balance after only invalid transfers").toBe(1000);
});

test(
  "a failure while crediting the receiver undoes the debit and reaches the caller",
  async () => {
    const gina = await openAccount("gina", 4000);
    const hugo = await openAccount("hugo", 0);
    world.db.failOn(CREDIT_STATEMENT, "disk I/O error");
    await expect.rejects(() => transfer(gina, hugo, 1500)).toThrow(/disk I\/O error/);
    expect(await balanceOf(gina), "sender's balance after the credit failed").toBe(4000);
    expect(await balanceOf(hugo), "receiver's balance after the credit failed").toBe(0);
  },
  {
    hint: "The test makes the credit (UPDATE accounts SET balance_cents = balance_cents + ...) fail. Run the debit, the credit and the insert in one db.transaction so the debit is rolled back, and let the error propagate.",
  },
);

test("a failure while recording the transfer undoes both balance changes", async () => {
  const ivan = await openAccount("ivan", 2000);
  const jane = await openAccount("jane", 100);
  world.db.failOn(/INSERT\s+INTO\s+transfers/i, "disk I/O error");
  await expect.rejects(() => transfer(ivan, jane, 700)).toThrow(/disk I\/O error/);
  expect(await balanceOf(ivan), "sender's balance after the ledger insert failed").toBe(2000);
  expect(await balanceOf(jane), "receiver's balance after the ledger insert failed").toBe(100);
});

test(
  "a transfer to an account that does not exist changes no balance",
  async () => {
    const kim = await openAccount("kim", 900);
    await expect.rejects(() => transfer(kim, 987654, 400)).toThrow(/account not found/i);
    expect(await balanceOf(kim), "sender's balance after sending to a missing account").toBe(900);
  },
  {
    hint: "UPDATE ... WHERE id = <missing id> succeeds and changes 0 rows. Check rowCount of the credit and throw, inside the transaction.",
  },
);

test("after a failed transfer, the next transfer still goes through", async () => {
  const lea = await openAccount("lea", 1000);
  const max = await openAccount("max", 0);
  world.db.failOn(CREDIT_STATEMENT, "disk I/O error");
  await expect.rejects(() => transfer(lea, max, 100)).toThrow(/disk I\/O error/);
  // A transaction left open by the failure would make this one fail or never commit.
  await transfer(lea, max, 250);
  const { rows } = await world.db.query("SELECT balance_cents FROM accounts WHERE id = $1", [max]);
  expect(rows[0]!.balance_cents, "receiver's balance after the retry").toBe(250);
});

test("money is conserved and no balance goes negative across transfers and failures", async () => {
  const ids = [
    await openAccount("nina", 6000),
    await openAccount("omar", 1500),
    await openAccount("pia", 0),
  ];
  const [nina, omar, pia] = ids as [number, number, number];
  const attempts: (() => Promise<void>)[] = [
    () => transfer(nina, omar, 2000),
    () => transfer(omar, pia, 9999),
    () => {
      world.db.failOn(CREDIT_STATEMENT, "disk I/O error");
      return transfer(omar, pia, 3000);
    },
    () => {
      world.db.failOn(/INSERT\s+INTO\s+transfers/i, "disk I/O error");
      return transfer(nina, pia, 1000);
    },
    () => transfer(pia, 123456, 1),
    () => transfer(omar, pia, 3500),
  ];
  for (const attempt of attempts) await attempt().catch(() => undefined);

  const balances = await Promise.all(ids.map(balanceOf));
  const total = balances.reduce((sum, b) => sum + b, 0);
  expect(total, "total cents across the three accounts").toBe(7500);
  expect(Math.min(...balances), "lowest balance").toBeGreaterThanOrEqual(0);
  expect(balances, "balances of nina, omar, pia").toEqual([4000, 0, 3500]);
});

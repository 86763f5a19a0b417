import { expect, test, world } from "@pillars/test";
import { transfer } from "@pillars/learner";

async function balanceOf(id: number): Promise<number> {
  const { rows } = await world.db.query("SELECT balance_cents FROM accounts WHERE id = $1", [id]);
  return rows[0]!.balance_cents as number;
}

// The seed has Ada (id 1, 10000 cents), Grace (id 2, 2500) and Linus (id 3, 0).
test("moves money from Ada to Linus (sample)", async () => {
  const before = (await balanceOf(1)) + (await balanceOf(3));
  await transfer(1, 3, 1000);
  expect((await balanceOf(1)) + (await balanceOf(3)), "Ada's and Linus's cents together").toBe(
    before,
  );
});

// This is how the hidden tests inject a crash: the next statement matching the pattern
// throws instead of running. Your transfer must leave both balances as they were.
test("a disk error on the credit leaves both balances unchanged (sample)", async () => {
  const ada = await balanceOf(1);
  const grace = await balanceOf(2);
  world.db.failOn(/UPDATE\s+accounts\b[^;]*\+/i, "disk I/O error");
  await expect.rejects(() => transfer(1, 2, 500)).toThrow(/disk I\/O error/);
  expect(await balanceOf(1), "Ada's balance").toBe(ada);
  expect(await balanceOf(2), "Grace's balance").toBe(grace);
});

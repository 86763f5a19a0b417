import { db } from "@pillars/world";

/**
 * Moves `amountCents` from account `fromId` to account `toId` and records the transfer.
 * Throws an Error whose message says why when the transfer cannot happen.
 */
export async function transfer(fromId: number, toId: number, amountCents: number): Promise<void> {
  // Validate before touching the database: a negative "transfer" would be a withdrawal
  // from the receiver, and fractions of a cent cannot be paid out.
  if (!Number.isInteger(amountCents) || amountCents <= 0) {
    throw new Error("amount must be a positive whole number of cents");
  }
  if (fromId === toId) throw new Error("cannot transfer to the same account");

  // One transaction: if any statement inside throws, db.transaction rolls back every
  // change made so far and rethrows, so callers see the real error and no half-transfer.
  await db.transaction(async (tx) => {
    // The guard (balance_cents >= $1) and the subtraction are one statement, so no other
    // request can spend the same money between a separate SELECT and this UPDATE.
    const debit = await tx.query(
      "UPDATE accounts SET balance_cents = balance_cents - $1 WHERE id = $2 AND balance_cents >= $1",
      [amountCents, fromId],
    );
    if (debit.rowCount === 0) {
      const sender = await tx.query("SELECT id FROM accounts WHERE id = $1", [fromId]);
      throw new Error(sender.rowCount === 0 ? "account not found" : "insufficient funds");
    }

    const credit = await tx.query(
      "UPDATE accounts SET balance_cents = balance_cents + $1 WHERE id = $2",
      [amountCents, toId],
    );
    // An UPDATE that matches no row is not an error in SQL: check it, or the debit above
    // would commit and the money would vanish.
    if (credit.rowCount === 0) throw new Error("account not found");

    await tx.query(
      "INSERT INTO transfers (from_account_id, to_account_id, amount_cents) VALUES ($1, $2, $3)",
      [fromId, toId, amountCents],
    );
  });
}

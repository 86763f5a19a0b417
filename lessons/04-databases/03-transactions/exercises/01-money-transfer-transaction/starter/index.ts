import { db } from "@pillars/world";

/**
 * Moves `amountCents` from account `fromId` to account `toId` and records the transfer.
 * Throws an Error whose message says why when the transfer cannot happen.
 */
export async function transfer(fromId: number, toId: number, amountCents: number): Promise<void> {
  // TODO: reject amounts that are not a positive whole number of cents,
  // and transfers from an account to itself.

  const { rows } = await db.query<{ balance_cents: number }>(
    "SELECT balance_cents FROM accounts WHERE id = $1",
    [fromId],
  );
  const from = rows[0];
  if (!from) throw new Error("account not found");
  if (from.balance_cents < amountCents) throw new Error("insufficient funds");

  // TODO: these three statements must succeed or fail together. Today, if the second or
  // third one fails, the money has left the sender and never reached the receiver.
  await db.query("UPDATE accounts SET balance_cents = balance_cents - $1 WHERE id = $2", [
    amountCents,
    fromId,
  ]);
  await db.query("UPDATE accounts SET balance_cents = balance_cents + $1 WHERE id = $2", [
    amountCents,
    toId,
  ]);
  await db.query(
    "INSERT INTO transfers (from_account_id, to_account_id, amount_cents) VALUES ($1, $2, $3)",
    [fromId, toId, amountCents],
  );
}

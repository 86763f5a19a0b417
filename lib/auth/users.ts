// Reads and role changes on better-auth's user table, for the admin CLI and the admin routes.
// (better-auth owns creating users and passwords; roles are ours.)
import type { Kysely } from "kysely";
import type { Database } from "../store/schema.ts";
import type { Role } from "./roles.ts";
import { parseRole } from "./roles.ts";

export interface UserSummary {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
}

function toSummary(row: Database["user"]): UserSummary {
  const created = row.createdAt instanceof Date ? row.createdAt : new Date(row.createdAt);
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: parseRole(row.role),
    createdAt: Number.isNaN(created.getTime()) ? String(row.createdAt) : created.toISOString(),
  };
}

export async function findUserById(db: Kysely<Database>, id: string): Promise<UserSummary | null> {
  const row = await db.selectFrom("user").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? toSummary(row) : null;
}

/** better-auth stores emails lower-cased; so does this lookup. */
export async function findUserByEmail(
  db: Kysely<Database>,
  email: string,
): Promise<UserSummary | null> {
  const row = await db
    .selectFrom("user")
    .selectAll()
    .where("email", "=", email.trim().toLowerCase())
    .executeTakeFirst();
  return row ? toSummary(row) : null;
}

/** Sets a role; false when there is no such user. Takes effect on the user's next request. */
export async function setRole(db: Kysely<Database>, userId: string, role: Role): Promise<boolean> {
  const result = await db
    .updateTable("user")
    .set({ role })
    .where("id", "=", userId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function setRoleByEmail(
  db: Kysely<Database>,
  email: string,
  role: Role,
): Promise<boolean> {
  const user = await findUserByEmail(db, email);
  return user ? setRole(db, user.id, role) : false;
}

/** Ends every session of a user (their cookies stop working on the next request). */
export async function revokeSessions(db: Kysely<Database>, userId: string): Promise<number> {
  const result = await db.deleteFrom("session").where("userId", "=", userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Users in id order after `after` (a cursor), for paged lists. */
export async function listUsers(
  db: Kysely<Database>,
  query: { after?: string; limit: number; role?: Role },
): Promise<UserSummary[]> {
  let q = db.selectFrom("user").selectAll().orderBy("id").limit(query.limit);
  if (query.after !== undefined) q = q.where("id", ">", query.after);
  if (query.role !== undefined) q = q.where("role", "=", query.role);
  return (await q.execute()).map(toSummary);
}

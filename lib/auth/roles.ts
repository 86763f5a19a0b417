// The three roles and what each may do. Checked on the server for every route; the UI only
// hides what a role cannot use.
import { z } from "zod";

export const ROLES = ["learner", "instructor", "admin"] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** A stored role that is not one of ours (hand-edited row) counts as the least privileged. */
export function parseRole(value: unknown): Role {
  const parsed = roleSchema.safeParse(value);
  return parsed.success ? parsed.data : "learner";
}

/** Instructors read analytics and any learner's progress; admins can do that too. */
export function canReadCourseData(role: Role): boolean {
  return role === "instructor" || role === "admin";
}

/** Only admins change roles. */
export function canManageRoles(role: Role): boolean {
  return role === "admin";
}

// For server-rendered pages: the signed-in user, or a redirect to sign in; and the role check
// the API routes make, so a page never shows what its API would refuse.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { canReadCourseData } from "./roles.ts";
import { sessionUserFromHeaders } from "./session.ts";
import type { SessionUser } from "./session.ts";

export async function instructorOrNull(): Promise<SessionUser | null> {
  const user = await sessionUserFromHeaders(await headers());
  if (!user) redirect("/sign-in");
  return canReadCourseData(user.role) ? user : null;
}

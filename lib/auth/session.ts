// The one place the app asks "who is signed in?". Accounts come with the auth work, which
// replaces this body with a better-auth session lookup; until then every request is anonymous,
// so runs are graded but not stored.
export interface SessionUser {
  id: string;
  role: "learner" | "instructor" | "admin";
}

export async function getSessionUser(_request: Request): Promise<SessionUser | null> {
  return null;
}

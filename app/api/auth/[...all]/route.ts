// better-auth at its default mount point: sign-up, sign-in, sign-out, change-password, session,
// list/revoke sessions. It checks the Origin of every mutation itself.
import { fromRuntime } from "#lib/runtime.ts";

const handle = (request: Request) => fromRuntime("auth").handler(request);

export const GET = handle;
export const POST = handle;

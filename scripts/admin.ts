// Account administration from the command line (npm run admin -- <command>):
//   create <email> [--name <name>] [--password-stdin]   a new admin account
//   role <email> <learner|instructor|admin>             change someone's role
// The password is typed at a hidden prompt on a terminal, or read from standard input with
// --password-stdin (for scripts); there is never a default one.
import { loadEnvOrExit } from "../lib/env.ts";
import { createLogger } from "../lib/observability/logger.ts";
import { startAuth } from "../lib/auth/start.ts";
import { PASSWORD_MAX, PASSWORD_MIN } from "../lib/auth/auth.ts";
import { roleSchema } from "../lib/auth/roles.ts";
import { findUserByEmail, setRole } from "../lib/auth/users.ts";
import { startStore } from "../lib/store/index.ts";
import type { Store } from "../lib/store/db.ts";

const USAGE = `usage: npm run admin -- create <email> [--name <name>] [--password-stdin]
       npm run admin -- role <email> <learner|instructor|admin>`;

function fail(message: string): never {
  console.error(`admin: ${message}`);
  process.exit(1);
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

/** Reads a line from the terminal without echoing it. */
async function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(question);
  stdin.setRawMode(true);
  stdin.resume();
  let typed = "";
  try {
    for await (const chunk of stdin) {
      for (const char of String(chunk)) {
        if (char === "\r" || char === "\n") return typed;
        if (char === "\u0003") fail("cancelled");
        if (char === "\u007f") typed = typed.slice(0, -1);
        else typed += char;
      }
    }
    return typed;
  } finally {
    stdin.setRawMode(false);
    stdin.pause();
    process.stderr.write("\n");
  }
}

async function readPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin) return (await readAll(process.stdin)).replace(/\r?\n$/, "");
  if (!process.stdin.isTTY) fail("no terminal to prompt on: pass --password-stdin");
  const first = await promptHidden("Password: ");
  const again = await promptHidden("Again: ");
  if (first !== again) fail("the two passwords differ");
  return first;
}

async function create(store: Store, args: string[]): Promise<void> {
  const email = args[0];
  if (!email || !/^[^\s@]+@[^\s@]+$/.test(email)) fail(`an email address is required\n${USAGE}`);
  const nameAt = args.indexOf("--name");
  const name = nameAt > 0 ? (args[nameAt + 1] ?? "") : email.split("@")[0]!;
  if (await findUserByEmail(store.db, email)) {
    fail(`${email} already has an account; use: npm run admin -- role ${email} admin`);
  }
  const password = await readPassword(args.includes("--password-stdin"));
  if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX) {
    fail(`the password must be ${PASSWORD_MIN} to ${PASSWORD_MAX} characters`);
  }
  const env = loadEnvOrExit();
  const auth = startAuth(env, store, process.env.NODE_ENV === "production");
  const { user } = await auth.api.signUpEmail({ body: { email, password, name } });
  await setRole(store.db, user.id, "admin");
  console.log(`admin: created ${user.email} as admin`);
}

async function changeRole(store: Store, args: string[]): Promise<void> {
  const [email, roleArg] = args;
  const role = roleSchema.safeParse(roleArg);
  if (!email || !role.success) fail(USAGE);
  const user = await findUserByEmail(store.db, email);
  if (!user) fail(`no account for ${email}`);
  await setRole(store.db, user.id, role.data);
  console.log(`admin: ${user.email} is now ${role.data} (was ${user.role})`);
}

const [command, ...rest] = process.argv.slice(2);
if (command !== "create" && command !== "role") fail(USAGE);
const env = loadEnvOrExit();
const store = await startStore(env, createLogger("warn"));
try {
  await (command === "create" ? create(store, rest) : changeRole(store, rest));
} finally {
  await store.close();
}

// Readiness: may a load balancer send this instance traffic? Only when the store answers and
// the sandbox pool has a warm worker. (Liveness, /healthz, asks much less: is the process up.)
import { peek } from "../runtime.ts";

export type CheckStatus = "ok" | "failing" | "not started";

export interface Readiness {
  ready: boolean;
  checks: { store: CheckStatus; sandbox: CheckStatus };
}

/** A store that does not answer within this long counts as failing. */
const STORE_PING_TIMEOUT_MS = 2000;

async function storeStatus(): Promise<CheckStatus> {
  const store = peek("store");
  if (!store) return "not started";
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("store ping timed out")), STORE_PING_TIMEOUT_MS);
  });
  try {
    await Promise.race([store.ping(), timeout]);
    return "ok";
  } catch {
    return "failing";
  } finally {
    clearTimeout(timer);
  }
}

function sandboxStatus(): CheckStatus {
  const grading = peek("grading");
  if (!grading) return "not started";
  return grading.isReady() ? "ok" : "failing";
}

export async function checkReadiness(): Promise<Readiness> {
  const checks = { store: await storeStatus(), sandbox: sandboxStatus() };
  return { ready: checks.store === "ok" && checks.sandbox === "ok", checks };
}

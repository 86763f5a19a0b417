import { test, expect, world } from "@pillars/test";
import { createDbRouter } from "@pillars/learner";

// A primary and a replica that trails it by REPLICA_LAG_MS, over one history of profile
// changes: the replica answers with the newest change at least REPLICA_LAG_MS old.
const REPLICA_LAG_MS = 1_000;
const UPDATE_NAME = "UPDATE profiles SET display_name = $1 WHERE user_id = $2";
const SELECT_NAME = "SELECT display_name FROM profiles WHERE user_id = $1";

function databases() {
  const history: { at: number; userId: string; name: string }[] = [];
  const seen = { primary: [] as string[], replica: [] as string[] };
  function client(role: "primary" | "replica") {
    return {
      async query(sql: string, params: unknown[] = []) {
        seen[role].push(sql);
        if (/^\s*update profiles/i.test(sql)) {
          if (role === "replica")
            throw new Error("cannot execute UPDATE in a read-only transaction");
          history.push({
            at: world.clock.now(),
            userId: String(params[1]),
            name: String(params[0]),
          });
          return { rows: [], rowCount: 1 };
        }
        if (/^\s*select display_name/i.test(sql)) {
          const visibleUntil = role === "primary" ? Infinity : world.clock.now() - REPLICA_LAG_MS;
          const rows = history.filter(
            (h) => h.userId === String(params[0]) && h.at <= visibleUntil,
          );
          const last = rows[rows.length - 1];
          return { rows: last ? [{ display_name: last.name }] : [], rowCount: last ? 1 : 0 };
        }
        if (role === "replica" && !/^\s*select/i.test(sql)) {
          throw new Error("cannot execute a write in a read-only transaction");
        }
        return { rows: [], rowCount: 0 };
      },
    };
  }
  const primary = client("primary");
  const replica = client("replica");
  /** Names each user had long ago, already on the replica. */
  function seed(names: Record<string, string>) {
    for (const [userId, name] of Object.entries(names)) history.push({ at: 0, userId, name });
  }
  return { primary, replica, seen, seed };
}

const nameOf = (result: { rows: { display_name?: string }[] }) => result.rows[0]?.display_name;

test("a user's reads go to the replica when they have not written anything", async () => {
  const { primary, replica, seen, seed } = databases();
  seed({ "u-ada": "Ada" });
  const router = createDbRouter(primary, replica);
  const result = await router.query("u-ada", SELECT_NAME, ["u-ada"]);
  expect(nameOf(result), "display name read").toBe("Ada");
  expect(seen.replica.length, "statements sent to the replica").toBe(1);
  expect(seen.primary.length, "statements sent to the primary").toBe(0);
});

test("every write goes to the primary, whatever its case or spacing", async () => {
  const { primary, replica, seen } = databases();
  const router = createDbRouter(primary, replica);
  await router.query("u-bo", "INSERT INTO orders (user_id, event_id) VALUES ($1, $2)", ["u-bo", 7]);
  await router.query("u-bo", "  update orders SET seats = 3 WHERE id = $1", [1]);
  await router.query("u-bo", "DELETE FROM holds WHERE user_id = $1", ["u-bo"]);
  expect(seen.primary.length, "writes sent to the primary (of 3)").toBe(3);
  expect(seen.replica.length, "writes sent to the replica").toBe(0);
});

test("right after changing their name, the user reads it back from the primary", async () => {
  const { primary, replica, seen, seed } = databases();
  seed({ "u-cy": "Cy" });
  const router = createDbRouter(primary, replica);
  await router.query("u-cy", UPDATE_NAME, ["Cyrus", "u-cy"]);
  await world.clock.advance(200);
  const result = await router.query("u-cy", SELECT_NAME, ["u-cy"]);
  expect(nameOf(result), "name the user sees 200 ms after changing it").toBe("Cyrus");
  expect(seen.replica.length, "reads sent to the (still stale) replica").toBe(0);
});

test("read-your-writes is per user: others keep reading from the replica", async () => {
  const { primary, replica, seen, seed } = databases();
  seed({ "u-di": "Di", "u-ed": "Ed" });
  const router = createDbRouter(primary, replica);
  await router.query("u-di", UPDATE_NAME, ["Diana", "u-di"]);
  seen.primary.length = 0;
  await router.query("u-ed", SELECT_NAME, ["u-di"]);
  await router.query("u-ed", SELECT_NAME, ["u-ed"]);
  expect(seen.replica.length, "reads by another user sent to the replica (of 2)").toBe(2);
  expect(seen.primary.length, "reads by another user sent to the primary").toBe(0);
});

test("once the window has passed, the user's reads go back to the replica", async () => {
  const { primary, replica, seen, seed } = databases();
  seed({ "u-fay": "Fay" });
  const router = createDbRouter(primary, replica, 2_000);
  await router.query("u-fay", UPDATE_NAME, ["Faye", "u-fay"]);
  await world.clock.advance(1_500);
  await router.query("u-fay", SELECT_NAME, ["u-fay"]);
  expect(seen.replica.length, "replica reads 1.5 s after the write (window 2 s)").toBe(0);
  await world.clock.advance(1_000);
  const later = await router.query("u-fay", SELECT_NAME, ["u-fay"]);
  expect(seen.replica.length, "replica reads 2.5 s after the write (window 2 s)").toBe(1);
  expect(nameOf(later), "name from the replica, which has caught up").toBe("Faye");
});

test(
  "the write marker is shared: the next request may land on another app server",
  async () => {
    const { primary, replica, seen, seed } = databases();
    seed({ "u-gus": "Gus" });
    // Two app servers, each with its own router, behind one load balancer.
    const app1 = createDbRouter(primary, replica);
    const app2 = createDbRouter(primary, replica);
    await app1.query("u-gus", UPDATE_NAME, ["Angus", "u-gus"]);
    await world.clock.advance(100);
    const result = await app2.query("u-gus", SELECT_NAME, ["u-gus"]);
    expect(nameOf(result), "name read on app-2, 100 ms after the change on app-1").toBe("Angus");
    expect(seen.replica.length, "reads sent to the replica").toBe(0);
  },
  {
    hint: "State kept inside one router object is invisible to the other app server. Where can both see it?",
  },
);

test("SELECT ... FOR UPDATE takes locks, so it goes to the primary", async () => {
  const { primary, replica, seen } = databases();
  const router = createDbRouter(primary, replica);
  await router.query("u-hal", "SELECT seats_left FROM events WHERE id = $1 FOR UPDATE", [7]);
  expect(seen.primary.length, "locking reads sent to the primary").toBe(1);
  expect(seen.replica.length, "locking reads sent to the replica").toBe(0);
});

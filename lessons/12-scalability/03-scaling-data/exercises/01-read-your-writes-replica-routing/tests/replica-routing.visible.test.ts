import { test, expect, world } from "@pillars/test";
import { createDbRouter } from "@pillars/learner";

// The replica trails the primary by 1 s. Both fakes understand these two statements.
function databases() {
  const names: { at: number; name: string }[] = [{ at: 0, name: "Ada" }];
  const client = (lagMs: number) => ({
    async query(sql: string, params: unknown[] = []) {
      if (sql.startsWith("UPDATE")) {
        names.push({ at: world.clock.now(), name: String(params[0]) });
        return { rows: [], rowCount: 1 };
      }
      const visible = names.filter((n) => n.at <= world.clock.now() - lagMs);
      return { rows: [{ display_name: visible[visible.length - 1].name }], rowCount: 1 };
    },
  });
  return { primary: client(0), replica: client(1_000) };
}

test("a user sees their new display name right after saving it", async () => {
  const { primary, replica } = databases();
  const router = createDbRouter(primary, replica);
  await router.query("u-ada", "UPDATE profiles SET display_name = $1 WHERE user_id = $2", [
    "Ada L.",
    "u-ada",
  ]);
  await world.clock.advance(100);
  const { rows } = await router.query(
    "u-ada",
    "SELECT display_name FROM profiles WHERE user_id = $1",
    ["u-ada"],
  );
  expect(rows[0].display_name, "name shown 100 ms after saving").toBe("Ada L.");
});

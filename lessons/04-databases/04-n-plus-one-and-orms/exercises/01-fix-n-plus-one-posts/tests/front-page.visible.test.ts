import { expect, test, world } from "@pillars/test";
import { listPosts } from "@pillars/learner";

// A sample of how you are graded: we count the SQL statements your code sends.
test("page 1 has 20 posts and costs at most 2 queries (sample)", async () => {
  world.db.resetCounters();
  const posts = await listPosts(1);

  expect(posts, "posts on page 1").toHaveLength(20);
  expect(posts[0], "the newest post").toMatchObject({ author: { name: "Kavya Iyer" } });
  expect(world.db.queryCount(), "SQL statements run to build page 1").toBeLessThanOrEqual(2);
});

import { expect, test, world } from "@pillars/test";
import { listPosts } from "@pillars/learner";

const QUERY_BUDGET = 2;

/** The page as it should look, computed by the test in one statement. */
async function expectedPage(page: number) {
  const { rows } = await world.db.query(
    `SELECT p.id, p.title, p.published_at, a.id AS author_id, a.name AS author_name,
            (SELECT COUNT(*) FROM comments c WHERE c.post_id = p.id) AS comment_count
       FROM posts p JOIN authors a ON a.id = p.author_id
      ORDER BY p.published_at DESC, p.id DESC
      LIMIT 20 OFFSET $1`,
    [(page - 1) * 20],
  );
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    publishedAt: r.published_at,
    author: { id: r.author_id, name: r.author_name },
    commentCount: r.comment_count,
  }));
}

/** Runs listPosts(page) and returns what it returned and how many statements it sent. */
async function loadPage(page: number) {
  world.db.resetCounters();
  const posts = await listPosts(page);
  return { posts, queries: world.db.queryCount() };
}

test("page 1 lists the 20 newest posts with their author and comment count", async () => {
  const { posts } = await loadPage(1);
  expect(posts, "page 1").toEqual(await expectedPage(1));
});

test(
  "a page of 20 posts costs at most 2 queries",
  async () => {
    const { queries } = await loadPage(1);
    expect(queries, "SQL statements run to build page 1 (20 posts)").toBeLessThanOrEqual(
      QUERY_BUDGET,
    );
  },
  {
    hint: "Get the authors in the same query as the posts (JOIN), and every comment count for the page in one query (WHERE post_id IN (...) GROUP BY post_id).",
  },
);

test("the query count does not grow with the page: page 2 also costs at most 2", async () => {
  const { posts, queries } = await loadPage(2);
  expect(posts, "page 2").toEqual(await expectedPage(2));
  expect(queries, "SQL statements run to build page 2").toBeLessThanOrEqual(QUERY_BUDGET);
});

test("the last page holds the 10 remaining posts", async () => {
  const { posts, queries } = await loadPage(3);
  expect(posts, "page 3 (the last, partial page)").toEqual(await expectedPage(3));
  expect(queries, "SQL statements run to build page 3").toBeLessThanOrEqual(QUERY_BUDGET);
});

test("posts without comments are listed with commentCount 0", async () => {
  const all = [...(await listPosts(1)), ...(await listPosts(2)), ...(await listPosts(3))];
  const quiet = all.filter((post) => post.commentCount === 0).map((post) => post.id);
  // Post 50 has no comments in the seed data.
  expect(quiet, "ids of posts listed with commentCount 0").toContain(50);
  expect(all.length, "posts listed across the three pages").toBe(50);
});

test("a page past the end is empty", async () => {
  const { posts, queries } = await loadPage(4);
  expect(posts, "page 4").toEqual([]);
  expect(queries, "SQL statements run for an empty page").toBeLessThanOrEqual(QUERY_BUDGET);
});

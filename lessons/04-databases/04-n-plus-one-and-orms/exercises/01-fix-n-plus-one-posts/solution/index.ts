import { db } from "@pillars/world";

export const PAGE_SIZE = 20;

export interface PostSummary {
  id: number;
  title: string;
  publishedAt: string;
  author: { id: number; name: string };
  commentCount: number;
}

interface PostWithAuthorRow {
  id: number;
  title: string;
  published_at: string;
  author_id: number;
  author_name: string;
}

/** The front page: posts newest first (ties broken by id, highest first), 20 per page. */
export async function listPosts(page: number): Promise<PostSummary[]> {
  // Query 1: every post has exactly one author, so a JOIN brings the author along
  // without multiplying rows.
  const { rows: posts } = await db.query<PostWithAuthorRow>(
    `SELECT p.id, p.title, p.published_at, a.id AS author_id, a.name AS author_name
       FROM posts p
       JOIN authors a ON a.id = p.author_id
      ORDER BY p.published_at DESC, p.id DESC
      LIMIT $1 OFFSET $2`,
    [PAGE_SIZE, (page - 1) * PAGE_SIZE],
  );
  if (posts.length === 0) return [];

  // Query 2: a post has many comments, so joining them would repeat each post once per
  // comment. Count them for the whole page at once with IN (...) and GROUP BY instead.
  const ids = posts.map((post) => post.id);
  const placeholders = ids.map((_, i) => `$${i + 1}`).join(", ");
  const { rows: counts } = await db.query<{ post_id: number; n: number }>(
    `SELECT post_id, COUNT(*) AS n FROM comments WHERE post_id IN (${placeholders}) GROUP BY post_id`,
    ids,
  );
  // Posts without comments have no row in `counts`: default them to 0.
  const commentCounts = new Map(counts.map((row) => [row.post_id, row.n]));

  return posts.map((post) => ({
    id: post.id,
    title: post.title,
    publishedAt: post.published_at,
    author: { id: post.author_id, name: post.author_name },
    commentCount: commentCounts.get(post.id) ?? 0,
  }));
}

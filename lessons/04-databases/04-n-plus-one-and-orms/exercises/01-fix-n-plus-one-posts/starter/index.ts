import { db } from "@pillars/world";

export const PAGE_SIZE = 20;

export interface PostSummary {
  id: number;
  title: string;
  publishedAt: string;
  author: { id: number; name: string };
  commentCount: number;
}

/** The front page: posts newest first (ties broken by id, highest first), 20 per page. */
export async function listPosts(page: number): Promise<PostSummary[]> {
  const { rows: posts } = await db.query<{
    id: number;
    author_id: number;
    title: string;
    published_at: string;
  }>(
    `SELECT id, author_id, title, published_at
       FROM posts
      ORDER BY published_at DESC, id DESC
      LIMIT $1 OFFSET $2`,
    [PAGE_SIZE, (page - 1) * PAGE_SIZE],
  );

  const result: PostSummary[] = [];
  for (const post of posts) {
    // TODO: this loop is the N+1. Two more queries per post: 1 + 20 + 20 = 41 for a page.
    // Fetch the authors with the posts, and all the comment counts in one query.
    const { rows: authors } = await db.query<{ id: number; name: string }>(
      "SELECT id, name FROM authors WHERE id = $1",
      [post.author_id],
    );
    const { rows: counts } = await db.query<{ n: number }>(
      "SELECT COUNT(*) AS n FROM comments WHERE post_id = $1",
      [post.id],
    );
    result.push({
      id: post.id,
      title: post.title,
      publishedAt: post.published_at,
      author: { id: authors[0]!.id, name: authors[0]!.name },
      commentCount: counts[0]!.n,
    });
  }
  return result;
}

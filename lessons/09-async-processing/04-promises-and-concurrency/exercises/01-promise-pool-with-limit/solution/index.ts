import { http } from "@pillars/world";

export const IMAGES_URL = "https://images.test/thumbnail";
/** The image service answers 429 when one client has more requests than this in flight. */
export const THUMBNAIL_CONCURRENCY = 4;

export interface Thumbnail {
  id: number;
  url: string;
}

/**
 * Calls `fn` for every item, at most `limit` calls in flight at once, and resolves to the
 * results in the order of `items` (not the order they finished). Rejects with the first error;
 * after a failure no new item is started (calls already running finish on their own: a
 * promise cannot be cancelled from outside).
 */
export async function mapWithLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  if (!Number.isInteger(limit) || limit < 1) {
    throw new RangeError(`limit must be a positive integer, got ${limit}`);
  }
  const results = new Array<R>(items.length);
  let next = 0;
  let failed = false;

  // `limit` workers share one cursor. Each takes the next index as soon as its previous call
  // settles, so a slow item holds up one slot, not a whole batch. JavaScript runs one piece
  // of code at a time, so `next++` needs no lock: no other worker runs between read and write.
  async function worker(): Promise<void> {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await fn(items[index], index);
      } catch (err) {
        failed = true;
        throw err;
      }
    }
  }

  const workers = Array.from({ length: Math.min(limit, items.length) }, () => worker());
  // Promise.all rejects with the first failure and handles the others' rejections too, so
  // none of them is reported as unhandled.
  await Promise.all(workers);
  return results;
}

async function fetchThumbnail(id: number): Promise<Thumbnail> {
  const res = await http.fetch(`${IMAGES_URL}?id=${encodeURIComponent(id)}`);
  if (!res.ok) throw new Error(`thumbnail ${id}: the image service answered ${res.status}`);
  return res.json<Thumbnail>();
}

/** Thumbnails for a gallery page, in the order of `imageIds`. */
export function fetchThumbnails(imageIds: number[]): Promise<Thumbnail[]> {
  return mapWithLimit(imageIds, THUMBNAIL_CONCURRENCY, (id) => fetchThumbnail(id));
}

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
 * results in the order of `items`.
 */
export async function mapWithLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  // TODO 1: reject a limit that is not a positive integer with a RangeError.
  // TODO 2: this is correct but one call at a time. Keep up to `limit` calls running, start
  //         the next item as soon as any call finishes, and keep results in input order.
  // TODO 3: if a call rejects, reject with its error and start no further items.
  const results: R[] = [];
  for (let index = 0; index < items.length; index++) {
    results.push(await fn(items[index], index));
  }
  return results;
}

async function fetchThumbnail(id: number): Promise<Thumbnail> {
  const res = await http.fetch(`${IMAGES_URL}?id=${encodeURIComponent(id)}`);
  if (!res.ok) throw new Error(`thumbnail ${id}: the image service answered ${res.status}`);
  return res.json<Thumbnail>();
}

/** Thumbnails for a gallery page, in the order of `imageIds`. */
export function fetchThumbnails(imageIds: number[]): Promise<Thumbnail[]> {
  // TODO 4: fast, but a 40-image gallery fires 40 requests at once and the image service
  //         answers 429 past THUMBNAIL_CONCURRENCY. Use mapWithLimit.
  return Promise.all(imageIds.map((id) => fetchThumbnail(id)));
}

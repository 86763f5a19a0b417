// Opaque cursors for keyset pagination: the sort key of the last item, base64url JSON. A cursor
// is input like any other: one that does not decode to the expected shape is a 400.
import { z } from "zod";

export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

/** A zod schema for a `cursor` query parameter whose key is [string, string]. */
export const pairCursor = z
  .string()
  .max(512)
  .transform((text, ctx) => {
    try {
      const parsed = z
        .tuple([z.string().max(255), z.string().max(255)])
        .parse(JSON.parse(Buffer.from(text, "base64url").toString("utf8")));
      return parsed;
    } catch {
      ctx.addIssue({ code: "custom", message: "not a cursor this API issued" });
      return z.NEVER;
    }
  });

/** A zod schema for a `cursor` query parameter whose key is [string]. */
export const singleCursor = z
  .string()
  .max(512)
  .transform((text, ctx) => {
    try {
      return z
        .tuple([z.string().max(255)])
        .parse(JSON.parse(Buffer.from(text, "base64url").toString("utf8")))[0];
    } catch {
      ctx.addIssue({ code: "custom", message: "not a cursor this API issued" });
      return z.NEVER;
    }
  });

export const pageLimit = z.coerce.number().int().min(1).max(100).default(20);

export interface Page<T> {
  items: T[];
  /** Pass as `cursor` for the next page; null on the last one. */
  nextCursor: string | null;
}

/** Builds a page from `limit + 1` fetched rows: the extra row only says there is more. */
export function toPage<T>(
  rows: T[],
  limit: number,
  keyOf: (row: T) => (string | number)[],
): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}

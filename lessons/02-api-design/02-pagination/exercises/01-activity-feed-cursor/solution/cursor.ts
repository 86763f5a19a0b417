import { decodeBase64url, encodeBase64url } from "./base64url.ts";

/** Where a page ended: the sort key of its last item. The next page starts just after it. */
export interface FeedPosition {
  occurredAt: string;
  id: number;
}

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/**
 * The cursor is the position, as JSON, in base64url: URL-safe, and opaque on purpose. Clients
 * cannot build or edit one, so the server may change what is inside without breaking them.
 */
export function encodeCursor(position: FeedPosition): string {
  return encodeBase64url(JSON.stringify([position.occurredAt, position.id]));
}

/** The position in a cursor this API issued, or null for anything else. Never throws. */
export function decodeCursor(cursor: string): FeedPosition | null {
  let value: unknown;
  try {
    value = JSON.parse(decodeBase64url(cursor));
  } catch {
    return null;
  }
  // Decoded JSON is still client input: check its shape before it reaches SQL.
  if (!Array.isArray(value) || value.length !== 2) return null;
  const [occurredAt, id] = value as unknown[];
  if (typeof occurredAt !== "string" || !ISO_UTC.test(occurredAt)) return null;
  if (typeof id !== "number" || !Number.isSafeInteger(id) || id < 1) return null;
  return { occurredAt, id };
}

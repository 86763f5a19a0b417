// The helpers to build the cursor with (the sandbox has no Buffer or btoa).
import { decodeBase64url, encodeBase64url } from "./base64url.ts";

/** Where a page ended: the sort key of its last item. The next page starts just after it. */
export interface FeedPosition {
  occurredAt: string;
  id: number;
}

/**
 * TODO: turn a position into an opaque, URL-safe string, e.g. JSON in base64url:
 * encodeBase64url(JSON.stringify(...)).
 */
export function encodeCursor(position: FeedPosition): string {
  throw new Error("encodeCursor is not written yet");
}

/**
 * TODO: the position inside a cursor that encodeCursor made, or null for anything else:
 * not base64url, not JSON, or JSON of the wrong shape. It must never throw.
 */
export function decodeCursor(cursor: string): FeedPosition | null {
  throw new Error("decodeCursor is not written yet");
}

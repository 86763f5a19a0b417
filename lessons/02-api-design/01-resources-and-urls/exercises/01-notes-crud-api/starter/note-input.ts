import type { FieldError } from "./problems.ts";

/** The fields a client may send. `id` is the server's to choose, so it is not among them. */
export interface NoteInput {
  title?: string;
  body?: string;
  pinned?: boolean;
}

export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Returns every problem with a note's fields at once (an empty array when it is valid).
 * `requireTitle` is true for POST (a note needs a title) and false for PATCH.
 *
 * TODO: check the rules from the README and push one FieldError per bad field:
 *  - title: text of 1 to 200 characters, not only spaces (required when requireTitle)
 *  - body: text of at most 10,000 characters
 *  - pinned: true or false
 *  - any other field: "is not a field of a note"
 * Use pointers such as "#/title".
 */
export function validateNote(input: Record<string, unknown>, requireTitle: boolean): FieldError[] {
  const errors: FieldError[] = [];
  return errors;
}

import type { FieldError } from "./problems.ts";

/** The fields a client may send. `id` is the server's to choose, so it is not among them. */
export interface NoteInput {
  title?: string;
  body?: string;
  pinned?: boolean;
}

const FIELDS = ["title", "body", "pinned"];
const MAX_TITLE = 200;
const MAX_BODY = 10_000;

export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Checks every field that is present and returns every problem at once, so a client fixes
 * them all in one round trip. `requireTitle` is true for POST (a note needs a title) and false
 * for PATCH (only the fields sent change).
 */
export function validateNote(input: Record<string, unknown>, requireTitle: boolean): FieldError[] {
  const errors: FieldError[] = [];
  const { title, body, pinned } = input;

  if (title !== undefined || requireTitle) {
    if (typeof title !== "string" || title.trim() === "" || title.length > MAX_TITLE) {
      errors.push({ pointer: "#/title", detail: `must be text of 1 to ${MAX_TITLE} characters` });
    }
  }
  if (body !== undefined && (typeof body !== "string" || body.length > MAX_BODY)) {
    errors.push({ pointer: "#/body", detail: `must be text of at most ${MAX_BODY} characters` });
  }
  if (pinned !== undefined && typeof pinned !== "boolean") {
    errors.push({ pointer: "#/pinned", detail: "must be true or false" });
  }
  // A typo such as "titel" would otherwise be ignored silently and the client would never
  // learn why its title did not change.
  for (const key of Object.keys(input)) {
    if (!FIELDS.includes(key))
      errors.push({ pointer: `#/${key}`, detail: "is not a field of a note" });
  }
  return errors;
}

import { db } from "@pillars/world";
import type { Handler, HttpRequest, HttpResponse } from "@pillars/world";
import { invalid, methodNotAllowed, notFound, problem } from "./problems.ts";
import { isJsonObject, validateNote } from "./note-input.ts";
import type { NoteInput } from "./note-input.ts";

export interface Note {
  id: number;
  title: string;
  body: string;
  pinned: boolean;
}

interface NoteRow {
  id: number;
  title: string;
  body: string;
  pinned: number;
}

const COLUMNS = "id, title, body, pinned";

/** The API's representation, not the table's: SQLite's 0/1 becomes a JSON boolean. */
function toNote(row: NoteRow): Note {
  return { id: row.id, title: row.title, body: row.body, pinned: row.pinned === 1 };
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): HttpResponse {
  return { status, headers: { "Content-Type": "application/json", ...headers }, body };
}

/** Reads and checks the body: either the usable input, or the 400 to answer instead. */
function readNoteInput(
  req: HttpRequest,
  isCreate: boolean,
): { input: NoteInput } | { rejection: HttpResponse } {
  if (!isJsonObject(req.body)) {
    const errors = [{ pointer: "#", detail: "must be a JSON object" }];
    return { rejection: invalid("The body must be a JSON object.", errors) };
  }
  const errors = validateNote(req.body, isCreate);
  if (errors.length > 0) return { rejection: invalid("Some fields are not valid.", errors) };
  return { input: req.body as NoteInput };
}

async function listNotes(req: HttpRequest): Promise<HttpResponse> {
  const { pinned } = req.query;
  // Filters are query parameters on the collection; an unknown value is the client's mistake,
  // and silently ignoring it would return every note as if it were the filtered answer.
  if (pinned !== undefined && pinned !== "true" && pinned !== "false") {
    return problem(
      400,
      "https://notes.example/problems/invalid-parameter",
      "A query parameter is not valid.",
      "pinned must be true or false.",
    );
  }
  const { rows } =
    pinned === undefined
      ? await db.query<NoteRow>(`SELECT ${COLUMNS} FROM notes ORDER BY id`)
      : await db.query<NoteRow>(`SELECT ${COLUMNS} FROM notes WHERE pinned = $1 ORDER BY id`, [
          pinned === "true" ? 1 : 0,
        ]);
  // An object, not a bare array: room for nextCursor or a total later without breaking clients.
  return json(200, { items: rows.map(toNote) });
}

async function createNote(req: HttpRequest): Promise<HttpResponse> {
  const read = readNoteInput(req, true);
  if ("rejection" in read) return read.rejection;
  const { input } = read;
  const { rows } = await db.query<NoteRow>(
    `INSERT INTO notes (title, body, pinned) VALUES ($1, $2, $3) RETURNING ${COLUMNS}`,
    [input.title!.trim(), input.body ?? "", input.pinned ?? false],
  );
  const note = toNote(rows[0]!);
  return json(201, note, { Location: `/notes/${note.id}` });
}

async function showNote(id: number): Promise<HttpResponse> {
  const { rows } = await db.query<NoteRow>(`SELECT ${COLUMNS} FROM notes WHERE id = $1`, [id]);
  const row = rows[0];
  return row ? json(200, toNote(row)) : notFound(`Note ${id} does not exist.`);
}

async function updateNote(req: HttpRequest, id: number): Promise<HttpResponse> {
  const read = readNoteInput(req, false);
  if ("rejection" in read) return read.rejection;
  const { input } = read;
  // COALESCE keeps the stored value for every field the client did not send: that is what
  // makes this a PATCH (change these fields) and not a PUT (replace the whole note).
  const { rows } = await db.query<NoteRow>(
    `UPDATE notes SET title = COALESCE($1, title), body = COALESCE($2, body),
       pinned = COALESCE($3, pinned)
     WHERE id = $4 RETURNING ${COLUMNS}`,
    [input.title?.trim() ?? null, input.body ?? null, input.pinned ?? null, id],
  );
  const row = rows[0];
  return row ? json(200, toNote(row)) : notFound(`Note ${id} does not exist.`);
}

async function deleteNote(id: number): Promise<HttpResponse> {
  const { rowCount } = await db.query("DELETE FROM notes WHERE id = $1", [id]);
  if (rowCount === 0) return notFound(`Note ${id} does not exist.`);
  return { status: 204 };
}

export const handler: Handler = async (req) => {
  if (req.path === "/notes") {
    if (req.method === "GET") return listNotes(req);
    if (req.method === "POST") return createNote(req);
    return methodNotAllowed(req.method, req.path, "GET, POST");
  }
  const match = /^\/notes\/(\d+)$/.exec(req.path);
  const id = match ? Number(match[1]) : NaN;
  if (match && Number.isSafeInteger(id)) {
    if (req.method === "GET") return showNote(id);
    if (req.method === "PATCH") return updateNote(req, id);
    if (req.method === "DELETE") return deleteNote(id);
    return methodNotAllowed(req.method, req.path, "GET, PATCH, DELETE");
  }
  return notFound(`Nothing is at ${req.path}.`);
};

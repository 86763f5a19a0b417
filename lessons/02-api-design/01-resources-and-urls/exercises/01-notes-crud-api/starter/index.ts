import { db } from "@pillars/world";
import type { Handler, HttpRequest, HttpResponse } from "@pillars/world";
import { invalid, methodNotAllowed, notFound } from "./problems.ts";
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
  // TODO: support the ?pinned=true / ?pinned=false filter; any other value is a 400 problem.
  const { rows } = await db.query<NoteRow>(`SELECT ${COLUMNS} FROM notes ORDER BY id`);
  return json(200, { items: rows.map(toNote) });
}

async function createNote(req: HttpRequest): Promise<HttpResponse> {
  const read = readNoteInput(req, true);
  if ("rejection" in read) return read.rejection;
  const { input } = read;
  const { rows } = await db.query<NoteRow>(
    `INSERT INTO notes (title, body, pinned) VALUES ($1, $2, $3) RETURNING ${COLUMNS}`,
    [input.title, input.body ?? "", input.pinned ?? false],
  );
  // TODO: a new resource answers 201 with a Location header pointing at it.
  return json(200, toNote(rows[0]!));
}

async function showNote(id: number): Promise<HttpResponse> {
  const { rows } = await db.query<NoteRow>(`SELECT ${COLUMNS} FROM notes WHERE id = $1`, [id]);
  const row = rows[0];
  return row ? json(200, toNote(row)) : notFound(`Note ${id} does not exist.`);
}

async function updateNote(req: HttpRequest, id: number): Promise<HttpResponse> {
  // TODO: validate the body (readNoteInput), change only the fields that were sent,
  // answer 200 with the whole updated note, or a 404 problem if the note does not exist.
  return notFound(`Note ${id} cannot be changed yet.`);
}

async function deleteNote(id: number): Promise<HttpResponse> {
  // TODO: delete the note; 204 with no body, or a 404 problem if it did not exist.
  return notFound(`Note ${id} cannot be deleted yet.`);
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

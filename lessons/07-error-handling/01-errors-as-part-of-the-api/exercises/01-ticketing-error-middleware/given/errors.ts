// Domain errors: what can go wrong in this service's own terms. Route code throws them and
// knows nothing about HTTP; `withErrors` (with-errors.ts) is the one place that turns them
// into responses.

/** One invalid field: `pointer` names it (`#/seats`), `detail` says what is wrong with it. */
export interface FieldProblem {
  pointer: string;
  detail: string;
}

/** The thing the request names does not exist (an unknown event, an unknown route). */
export class NotFoundError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = "NotFoundError";
  }
}

/** The request itself is wrong; `errors` lists every invalid field. */
export class ValidationError extends Error {
  readonly errors: FieldProblem[];
  constructor(detail: string, errors: FieldProblem[] = []) {
    super(detail);
    this.name = "ValidationError";
    this.errors = errors;
  }
}

/** The request is valid but clashes with the current state (not enough seats left). */
export class ConflictError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = "ConflictError";
  }
}

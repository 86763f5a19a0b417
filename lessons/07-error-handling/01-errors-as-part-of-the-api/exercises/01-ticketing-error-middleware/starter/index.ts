// The service as the tests (and a real server) see it: the routes wrapped in the error
// middleware, plus the pieces tests may use on their own.
import { routes } from "./routes.ts";
import { withErrors } from "./with-errors.ts";

export { withErrors } from "./with-errors.ts";
export { ConflictError, NotFoundError, ValidationError } from "./errors.ts";

export const handler = withErrors(routes);

// Any /api/v1 path no other route claims: a 404 problem, for every method.
import { unknownRoute } from "#lib/http/route.ts";

export const { GET, POST, PUT, PATCH, DELETE } = unknownRoute();

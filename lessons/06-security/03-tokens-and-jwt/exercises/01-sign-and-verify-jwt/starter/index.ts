import { clock } from "@pillars/world";
import { base64UrlDecode, base64UrlEncode, hmacSha256, timingSafeEqual } from "./hs256.ts";

// In production the secret comes from a secret store (never from the code or the repo) and
// holds at least 32 random bytes. It is a constant here so that the tests can use it too.
export const JWT_SECRET = "pillars-demo-secret-4f9c2e7a1b8d6035";
export const ISSUER = "https://auth.tickets.example";
export const AUDIENCE = "tickets-api";
/** Short-lived on purpose: a stolen access token is useful for 15 minutes at most. */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

export type Role = "customer" | "admin";

export interface AccessClaims {
  sub: string;
  role: Role;
  iss: string;
  aud: string;
  iat: number;
  exp: number;
}

/** One error for every reason: the caller learns "invalid", never which check failed. */
export class InvalidTokenError extends Error {
  constructor() {
    super("invalid token");
    this.name = "InvalidTokenError";
  }
}

const HEADER = base64UrlEncode(JSON.stringify({ alg: "HS256", typ: "JWT" }));

export function signAccessToken(user: { id: number; role: Role }): string {
  // TODO: add iss, aud, iat and exp (seconds since the epoch, from clock.now()).
  const claims = { sub: String(user.id), role: user.role };
  const signingInput = `${HEADER}.${base64UrlEncode(JSON.stringify(claims))}`;
  return `${signingInput}.${hmacSha256(JWT_SECRET, signingInput)}`;
}

export function verifyAccessToken(token: string): AccessClaims {
  // This only DECODES the token: anyone can write any payload and it is believed.
  // TODO: split into exactly three parts; reject any header whose alg is not "HS256";
  // recompute the signature over "header.payload" with hmacSha256 and compare it with
  // timingSafeEqual; then check iss, aud and exp against clock.now(). Throw
  // InvalidTokenError for every failure.
  const payload = token.split(".")[1] ?? "";
  return JSON.parse(base64UrlDecode(payload)) as AccessClaims;
}

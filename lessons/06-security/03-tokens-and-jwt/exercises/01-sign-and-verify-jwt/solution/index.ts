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

// The header is fixed: this service signs with HS256 and nothing else.
const HEADER = base64UrlEncode(JSON.stringify({ alg: "HS256", typ: "JWT" }));

function nowSeconds(): number {
  return Math.floor(clock.now() / 1000);
}

export function signAccessToken(user: { id: number; role: Role }): string {
  const iat = nowSeconds();
  const claims: AccessClaims = {
    sub: String(user.id),
    role: user.role,
    iss: ISSUER,
    aud: AUDIENCE,
    iat,
    exp: iat + ACCESS_TOKEN_TTL_SECONDS,
  };
  const signingInput = `${HEADER}.${base64UrlEncode(JSON.stringify(claims))}`;
  return `${signingInput}.${hmacSha256(JWT_SECRET, signingInput)}`;
}

/** Parses base64url JSON into a plain object, or throws: arrays, null and numbers are not claims. */
function decodeObject(segment: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(base64UrlDecode(segment));
    if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      return value as Record<string, unknown>;
    }
  } catch {
    // fall through: malformed is invalid
  }
  throw new InvalidTokenError();
}

export function verifyAccessToken(token: string): AccessClaims {
  const parts = typeof token === "string" ? token.split(".") : [];
  if (parts.length !== 3) throw new InvalidTokenError();
  const [headerPart, payloadPart, signature] = parts as [string, string, string];

  // The server decides the algorithm, not the token. Trusting `alg` from the header is how
  // `alg: none` tokens (no signature at all) get accepted.
  const header = decodeObject(headerPart);
  if (header.alg !== "HS256") throw new InvalidTokenError();

  // Check the signature before trusting anything in the payload.
  const expected = hmacSha256(JWT_SECRET, `${headerPart}.${payloadPart}`);
  if (!timingSafeEqual(signature, expected)) throw new InvalidTokenError();

  const claims = decodeObject(payloadPart);
  // A validly signed token can still be for someone else (aud), from another issuer we
  // share a key with (iss), or too old (exp). Each check is needed on its own.
  if (claims.iss !== ISSUER || claims.aud !== AUDIENCE) throw new InvalidTokenError();
  if (typeof claims.exp !== "number" || nowSeconds() >= claims.exp) {
    throw new InvalidTokenError();
  }
  if (typeof claims.sub !== "string") throw new InvalidTokenError();
  return claims as unknown as AccessClaims;
}

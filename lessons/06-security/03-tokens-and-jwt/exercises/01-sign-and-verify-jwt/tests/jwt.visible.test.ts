import { test, expect } from "@pillars/test";
import { signAccessToken, verifyAccessToken } from "@pillars/learner";

test("a token you sign verifies and gives back who it is for", async () => {
  const token = signAccessToken({ id: 42, role: "customer" });
  const claims = await verifyAccessToken(token);
  expect(claims, "claims of a freshly signed token").toMatchObject({ sub: "42", role: "customer" });
});

test("an unsigned token (alg none) claiming to be an admin is rejected", async () => {
  // header {"alg":"none","typ":"JWT"}, payload { sub: "7", role: "admin", ... }, no signature
  const unsigned =
    "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0." +
    "eyJzdWIiOiI3Iiwicm9sZSI6ImFkbWluIiwiaXNzIjoiaHR0cHM6Ly9hdXRoLnRpY2tldHMuZXhhbXBsZSIs" +
    "ImF1ZCI6InRpY2tldHMtYXBpIiwiaWF0IjoxNzcyNDQyMDAwLCJleHAiOjE3NzI0NDU2MDB9.";
  await expect.rejects(() => verifyAccessToken(unsigned)).toThrow(/invalid token/i);
});

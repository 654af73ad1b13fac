import { createHash, randomBytes } from "node:crypto";

// Only the hash of a token is stored, so a leaked database does not leak working links.
export function newToken() {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string) {
  return createHash("sha256").update(token).digest("hex");
}

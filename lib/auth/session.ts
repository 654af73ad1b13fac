import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";

// Auth.js's session cookie: its __Secure- name when the site is served over HTTPS (a browser keeps such a cookie
// only from a secure origin), its plain one otherwise. The name also salts the token's key.
const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"];

export type SessionToken = { userId: string; sessionVersion: number };

// Decoded tokens by their text, while they last: decoding one (a key derivation, a decryption) costs more CPU
// than the rest of a page's personal part. Only a token the secret opened is kept, at most MAX_REMEMBERED.
const remembered = new Map<string, SessionToken & { expiresAt: number }>();
const MAX_REMEMBERED = 5_000;

// Who the request's session cookie says is signed in (lib/auth/auth.ts: the user id and the session's version),
// or null: decoded as Auth.js's auth() decodes it (the same secret, salt and expiry), without the rest of its
// session round, which encrypts a fresh token that a page or an action never sends back. Whether that version
// is still the user's is for the caller to check (current-user.ts, the personal view). The session's expiry is
// rolled where Auth.js's own round runs, proxy.ts on the signed-in spaces. Auth.js splits a cookie past 4 kB into
// chunks (`<name>.0`, `<name>.1`…); this token's few short claims (lib/auth/auth.ts) stay far below, so only the
// whole cookie is read.
export async function sessionOfRequest(): Promise<SessionToken | null> {
  const jar = await cookies();
  const name = SESSION_COOKIES.find((n) => jar.has(n));
  const token = name && jar.get(name)?.value;
  if (!name || !token) return null;
  const known = remembered.get(token);
  if (known) {
    if (known.expiresAt > Date.now()) return { userId: known.userId, sessionVersion: known.sessionVersion };
    remembered.delete(token);
  }
  const payload = await decode({ token, secret: process.env.AUTH_SECRET ?? "", salt: name }).catch(() => null);
  if (typeof payload?.sub !== "string" || typeof payload.exp !== "number") return null;
  const session = { userId: payload.sub, sessionVersion: typeof payload.sv === "number" ? payload.sv : 0 };
  if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value!);
  remembered.set(token, { ...session, expiresAt: payload.exp * 1000 });
  return session;
}

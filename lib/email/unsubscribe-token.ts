import { createHmac, timingSafeEqual } from "node:crypto";

// What one unsubscribe link turns off: a market's messages, or one of the account's automatic e-mails (the
// same switches as « Mon compte »). Transactional e-mails (password reset, orders, invitations) have none.
export type UnsubscribeSubject =
  | { kind: "MARKET_MESSAGES"; userId: string; marketId: string }
  | { kind: "SALE_OPENING"; userId: string }
  | { kind: "REMINDER"; userId: string };

const KIND_CODES = { MARKET_MESSAGES: "m", SALE_OPENING: "s", REMINDER: "r" } as const;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

// The token is the credential of a one-click unsubscribe (no sign-in, no CSRF token: RFC 8058), so it is
// signed: « <kind>.<user>[.<market>].<HMAC-SHA256> ». Nothing is stored, a link keeps working as long as
// AUTH_SECRET does, and using it twice does no more than once. The key is derived from AUTH_SECRET for this
// use only.
export function signUnsubscribeToken(subject: UnsubscribeSubject): string {
  const payload = payloadOf(subject);
  return `${payload}.${signature(payload)}`;
}

export function readUnsubscribeToken(token: string): UnsubscribeSubject | null {
  if (token.length > 200) return null;
  const parts = token.split(".");
  const given = parts.pop() ?? "";
  const payload = parts.join(".");
  const expected = signature(payload);
  if (given.length !== expected.length || !timingSafeEqual(Buffer.from(given), Buffer.from(expected))) return null;
  const [code, userId, marketId, ...rest] = parts;
  if (rest.length > 0 || !ID.test(userId ?? "")) return null;
  if (code === KIND_CODES.MARKET_MESSAGES && ID.test(marketId ?? "")) {
    return { kind: "MARKET_MESSAGES", userId, marketId };
  }
  if (marketId !== undefined) return null;
  if (code === KIND_CODES.SALE_OPENING) return { kind: "SALE_OPENING", userId };
  if (code === KIND_CODES.REMINDER) return { kind: "REMINDER", userId };
  return null;
}

// The address of List-Unsubscribe and of the e-mail's footer: GET shows a confirmation page, POST (the mail
// client's one-click, or that page's button) unsubscribes.
export function unsubscribeUrl(appUrl: string, subject: UnsubscribeSubject): string {
  return `${appUrl}/desabonnement/${signUnsubscribeToken(subject)}`;
}

function payloadOf(subject: UnsubscribeSubject): string {
  const code = KIND_CODES[subject.kind];
  return subject.kind === "MARKET_MESSAGES"
    ? `${code}.${subject.userId}.${subject.marketId}`
    : `${code}.${subject.userId}`;
}

function signature(payload: string): string {
  return createHmac("sha256", unsubscribeKey()).update(payload).digest("base64url");
}

function unsubscribeKey(): Buffer {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: unsubscribe links cannot be signed.");
  return createHmac("sha256", secret).update("cabas:list-unsubscribe:v1").digest();
}

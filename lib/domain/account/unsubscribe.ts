import { db } from "@/lib/db/client";
import { readUnsubscribeToken, type UnsubscribeSubject } from "@/lib/email/unsubscribe-token";
import { DomainError } from "../errors";

// One-click unsubscribe (RFC 8058) from the link of an e-mail, without signing in: the signed token is the
// credential, so there is no actor. Reading (the page a GET shows) never changes anything; only
// `unsubscribeWithToken` (a POST) does, and doing it twice does no more than once.

export async function getUnsubscribeOrThrow({ token }: { token: string }) {
  const subject = subjectOrThrow(token);
  const user = await db().user.findUnique({
    where: { id: subject.userId },
    select: {
      email: true,
      notifySaleOpening: true,
      notifyReminder: true,
      messageOptOuts: subject.kind === "MARKET_MESSAGES" ? { where: { marketId: subject.marketId } } : undefined,
    },
  });
  if (!user) throw new DomainError("NOT_FOUND");
  let marketName: string | null = null;
  if (subject.kind === "MARKET_MESSAGES") {
    const market = await db().market.findUnique({ where: { id: subject.marketId }, select: { name: true } });
    if (!market) throw new DomainError("NOT_FOUND");
    marketName = market.name;
  }
  const subscribed =
    subject.kind === "MARKET_MESSAGES"
      ? (user.messageOptOuts?.length ?? 0) === 0
      : subject.kind === "SALE_OPENING"
        ? user.notifySaleOpening
        : user.notifyReminder;
  return { kind: subject.kind, marketName, email: maskEmail(user.email), subscribed };
}

export async function unsubscribeWithToken({ token, now }: { token: string; now: Date }) {
  const subject = subjectOrThrow(token);
  const user = await db().user.findUnique({ where: { id: subject.userId }, select: { id: true } });
  if (!user) throw new DomainError("NOT_FOUND");
  let changed: number;
  if (subject.kind === "MARKET_MESSAGES") {
    const market = await db().market.findUnique({ where: { id: subject.marketId }, select: { id: true } });
    if (!market) throw new DomainError("NOT_FOUND");
    ({ count: changed } = await db().messageOptOut.createMany({
      data: [{ userId: user.id, marketId: market.id, createdAt: now }],
      skipDuplicates: true,
    }));
  } else {
    const flag = subject.kind === "SALE_OPENING" ? "notifySaleOpening" : "notifyReminder";
    ({ count: changed } = await db().user.updateMany({
      where: { id: user.id, [flag]: true },
      data: { [flag]: false },
    }));
  }
  return { kind: subject.kind, changed: changed > 0 };
}

function subjectOrThrow(token: string): UnsubscribeSubject {
  const subject = readUnsubscribeToken(token);
  if (!subject) throw new DomainError("NOT_FOUND");
  return subject;
}

// Whoever holds the link sees whose address it is about, not the address itself.
function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  return at > 0 ? `${email[0]}•••${email.slice(at)}` : "•••";
}

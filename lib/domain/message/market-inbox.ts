import { db } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";

// « Messages reçus »: the market's threads, latest first, each with what this admin has not read yet, and the
// market's time zone to date them.
export async function listThreads({ actor, marketId }: { actor: Actor; marketId: string }) {
  requireMarketRight(actor, marketId, "messages");
  const market = db().market.findUniqueOrThrow({ where: { id: marketId }, select: { timeZone: true } });
  const threads = await db().messageThread.findMany({
    where: { marketId },
    orderBy: { lastMessageAt: "desc" },
    take: 100,
    select: {
      id: true,
      subject: true,
      lastMessageAt: true,
      member: { select: { firstName: true, lastName: true } },
      producer: { select: { name: true } },
      _count: { select: { messages: { where: { recipients: { some: { userId: actor.userId, readAt: null } } } } } },
    },
  });
  return {
    timeZone: (await market).timeZone,
    threads: threads.map(({ _count, member, producer, ...thread }) => ({
      ...thread,
      with: producer?.name ?? `${member?.firstName ?? ""} ${member?.lastName ?? ""}`.trim(),
      isProducer: producer !== null,
      unread: _count.messages,
    })),
  };
}

// The badge of « Messages reçus »: how many of the market's threads hold a message this admin has not read (the
// same count as listThreads' unread, per thread), in one statement.
export async function countUnreadThreads({ actor, marketId }: { actor: Actor; marketId: string }) {
  requireMarketRight(actor, marketId, "messages");
  return db().messageThread.count({
    where: { marketId, messages: { some: { recipients: { some: { userId: actor.userId, readAt: null } } } } },
  });
}

// One thread of the market with its messages, oldest first: the message it answers, who wrote each, and the
// catalog a producer sent with one (and whether the market has it linked already).
export async function getThreadOrThrow({
  actor,
  marketId,
  threadId,
}: {
  actor: Actor;
  marketId: string;
  threadId: string;
}) {
  requireMarketRight(actor, marketId, "messages");
  const thread = await db().messageThread.findFirst({
    where: { id: threadId, marketId },
    select: {
      id: true,
      subject: true,
      market: { select: { timeZone: true } },
      member: { select: { firstName: true, lastName: true, email: true } },
      producer: { select: { name: true } },
      origin: { select: { subject: true, bodyHtml: true, createdAt: true } },
      messages: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          audience: true,
          bodyHtml: true,
          createdAt: true,
          sender: { select: { firstName: true, lastName: true } },
          recipients: { where: { userId: actor.userId }, select: { readAt: true } },
          catalog: {
            select: {
              id: true,
              number: true,
              name: true,
              archivedAt: true,
              producerId: true,
              producer: { select: { name: true } },
              links: { where: { marketId, unlinkedAt: null }, select: { linkedAt: true } },
            },
          },
        },
      },
    },
  });
  if (!thread) throw new DomainError("NOT_FOUND");
  return {
    ...thread,
    messages: thread.messages.map(({ recipients, catalog, audience, ...message }) => ({
      ...message,
      fromMarket: audience !== "MARKET_ADMINS_OF",
      unread: recipients.some((r) => r.readAt === null),
      catalog: catalog && {
        number: catalog.number,
        name: catalog.name,
        producer: catalog.producer.name,
        linked: catalog.links.length > 0,
        archived: catalog.archivedAt !== null,
      },
    })),
  };
}

// Opening a thread reads it, for this admin only.
export async function markThreadRead({
  actor,
  marketId,
  threadId,
  now,
}: {
  actor: Actor;
  marketId: string;
  threadId: string;
  now: Date;
}) {
  requireMarketRight(actor, marketId, "messages");
  await db().messageRecipient.updateMany({
    where: { userId: actor.userId, readAt: null, message: { threadId, marketId } },
    data: { readAt: now },
  });
}

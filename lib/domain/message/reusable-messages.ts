import { db } from "@/lib/db/client";
import { hasMarketRight, requireMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";
import { SENT_MESSAGES } from "./list-messages";

// « Réutiliser un message »: whoever writes a market's messages may start from any message sent by a market
// whose messages they also write (an association running three markets words its news once).
function marketsWritten(actor: Actor): string[] {
  return [...actor.markets.keys()].filter((id) => hasMarketRight(actor, id, "messages"));
}

// The other markets' sent messages, newest first (this market's own are its history).
export async function listMessagesFromOtherMarkets({ actor, marketId }: { actor: Actor; marketId: string }) {
  requireMarketRight(actor, marketId, "messages");
  const others = marketsWritten(actor).filter((id) => id !== marketId);
  if (others.length === 0) return [];
  return db().message.findMany({
    where: { marketId: { in: others }, ...SENT_MESSAGES },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, subject: true, createdAt: true, market: { select: { name: true, timeZone: true } } },
  });
}

// The words of a message to write again in `marketId`: only one sent by a market the actor writes for.
export async function getReusableMessage({
  actor,
  marketId,
  messageId,
}: {
  actor: Actor;
  marketId: string;
  messageId: string;
}) {
  requireMarketRight(actor, marketId, "messages");
  const message = await db().message.findFirst({
    where: { id: messageId, marketId: { in: marketsWritten(actor) }, ...SENT_MESSAGES },
    select: { id: true, subject: true, audience: true, bodyHtml: true },
  });
  if (!message) throw new DomainError("NOT_FOUND");
  return message;
}

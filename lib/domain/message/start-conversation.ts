import { db } from "@/lib/db/client";
import { requireProducerUser, type Actor } from "../access/actor";
import { DomainError } from "../errors";
import { consume } from "../throttle/limits";
import { checkBody, checkSubject } from "./message-limits";
import { inboxReaders, openThread } from "./message-thread";
import { storeMessage } from "./store-message";

// The market a producer names by its shared link (…/m/<slug>, in any language) or its bare slug: a producer
// writes to a market they already work with or to one whose link they were given.
export function marketSlugOf(text: string): string | null {
  const trimmed = text.trim();
  if (/^[a-z0-9-]{1,60}$/.test(trimmed)) return trimmed;
  let url: URL;
  try {
    url = new URL(trimmed, "http://cabas.invalid");
  } catch {
    return null;
  }
  return /^(?:\/en)?\/m\/([a-z0-9-]{1,60})(?:\/|$)/.exec(url.pathname)?.[1] ?? null;
}

// A producer writes first to a market's inbox, and may send one of its catalogs' shortcut with it (« ils vous
// envoient le raccourci de leur catalogue »): a card the market's admins link in one click, the producer's
// sending being its consent. A new thread each time; throttled per person like replies.
export async function startConversation(args: {
  actor: Actor;
  producerId: string;
  market: string;
  subject: string;
  body: string;
  catalogId?: string;
  now: Date;
}) {
  const { actor, producerId, now } = args;
  requireProducerUser(actor, producerId);
  const slug = marketSlugOf(args.market);
  const market = slug ? await db().market.findUnique({ where: { slug }, select: { id: true, name: true } }) : null;
  if (!market) throw new DomainError("MARKET_UNKNOWN", "market");
  const subject = checkSubject(args.subject);
  const html = checkBody(args.body);
  if (args.catalogId) {
    const catalog = await db().catalog.findFirst({
      where: { id: args.catalogId, producerId, archivedAt: null },
      select: { id: true },
    });
    if (!catalog) throw new DomainError("NOT_FOUND", "catalogId");
  }
  await consume("messagesToMarketsByUser", actor.userId);
  const writer = await db().user.findUniqueOrThrow({ where: { id: actor.userId }, select: { email: true } });
  return db().$transaction(async (tx) => {
    const thread = await openThread(tx, { marketId: market.id, subject, party: { producerId }, now });
    const sent = await storeMessage(
      tx,
      {
        marketId: market.id,
        marketName: market.name,
        senderUserId: actor.userId,
        replyTo: writer.email,
        audience: "MARKET_ADMINS_OF",
        subject,
        html,
        threadId: thread.id,
        senderProducerId: producerId,
        catalogId: args.catalogId || undefined,
        now,
      },
      await inboxReaders(tx, market.id, actor.userId),
      [],
    );
    return { ...sent, threadId: thread.id, market: market.name };
  });
}

// What the « Écrire à un marché » form offers: the producers this person writes for, and their catalogs.
export async function listConversationChoices({ actor }: { actor: Actor }) {
  return db().producer.findMany({
    where: { id: { in: actor.producerIds } },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      catalogs: { where: { archivedAt: null }, orderBy: { number: "asc" }, select: { id: true, name: true } },
    },
  });
}

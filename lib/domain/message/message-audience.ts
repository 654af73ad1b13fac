import type { Prisma } from "@/generated/prisma/client";
import { db, type Tx } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";
import { confirmedBasket } from "../order/confirmed-basket";

export type MarketAudience = "ALL_MEMBERS" | "NOT_ORDERED_NEXT" | "ORDERED_NEXT" | "ALL_PRODUCERS" | "ADMINS";

// People who unsubscribed from the market's messages are on none of its lists.
export function receivesMessagesFrom(marketId: string): Prisma.UserWhereInput {
  return { messageOptOuts: { none: { marketId } } };
}

// Who receives a message sent to one of the market's lists. « La prochaine distribution » is the next one
// whose pick-up has not ended; having ordered for it means a confirmed basket (a draft is not an order).
export async function audienceRecipients(tx: Tx, marketId: string, audience: MarketAudience, now: Date) {
  return tx.user.findMany({
    where: await audienceWhere(tx, marketId, audience, now),
    select: { id: true, email: true },
  });
}

// The same lists counted, for the confirmation before sending: how many people each would reach now.
export async function audienceSizes({
  actor,
  marketId,
  now,
}: {
  actor: Actor;
  marketId: string;
  now: Date;
}): Promise<Record<MarketAudience, number>> {
  requireMarketRight(actor, marketId, "messages");
  const audiences = ["ALL_MEMBERS", "NOT_ORDERED_NEXT", "ORDERED_NEXT", "ALL_PRODUCERS", "ADMINS"] as const;
  const sizes = await Promise.all(
    audiences.map(async (audience) => db().user.count({ where: await audienceWhere(db(), marketId, audience, now) })),
  );
  return Object.fromEntries(audiences.map((audience, i) => [audience, sizes[i]])) as Record<MarketAudience, number>;
}

async function audienceWhere(
  tx: Tx,
  marketId: string,
  audience: MarketAudience,
  now: Date,
): Promise<Prisma.UserWhereInput> {
  const subscribed = receivesMessagesFrom(marketId);
  if (audience === "ALL_PRODUCERS") {
    return {
      ...subscribed,
      producerUsers: {
        some: { producer: { catalogs: { some: { links: { some: { marketId, unlinkedAt: null } } } } } },
      },
    };
  }
  const member: Prisma.UserWhereInput = {
    ...subscribed,
    memberships: { some: { marketId, leftAt: null, ...(audience === "ADMINS" ? { isAdmin: true } : {}) } },
  };
  if (audience === "ALL_MEMBERS" || audience === "ADMINS") return member;
  const next = await tx.distribution.findFirst({
    where: { marketId, pickupEndAt: { gt: now }, cancelledAt: null },
    orderBy: { pickupStartAt: "asc" },
    select: { id: true },
  });
  const ordered: Prisma.UserWhereInput = {
    orders: { some: { distributionId: next?.id ?? "none", ...confirmedBasket } },
  };
  return audience === "ORDERED_NEXT" ? { AND: [member, ordered] } : { AND: [member, { NOT: ordered }] };
}

import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/client";
import { confirmedBasket } from "../order/confirmed-basket";

export type MarketAudience = "ALL_MEMBERS" | "NOT_ORDERED_NEXT" | "ORDERED_NEXT" | "ALL_PRODUCERS" | "ADMINS";

// People who unsubscribed from the market's messages are on none of its lists.
export function receivesMessagesFrom(marketId: string): Prisma.UserWhereInput {
  return { messageOptOuts: { none: { marketId } } };
}

// Who receives a message sent to one of the market's lists. « La prochaine distribution » is the next one
// whose pick-up has not ended; having ordered for it means a confirmed basket (a draft is not an order).
export async function audienceRecipients(tx: Tx, marketId: string, audience: MarketAudience, now: Date) {
  const select = { id: true, email: true } as const;
  const subscribed = receivesMessagesFrom(marketId);
  if (audience === "ALL_PRODUCERS") {
    return tx.user.findMany({
      where: {
        ...subscribed,
        producerUsers: {
          some: { producer: { catalogs: { some: { links: { some: { marketId, unlinkedAt: null } } } } } },
        },
      },
      select,
    });
  }
  const member: Prisma.UserWhereInput = {
    ...subscribed,
    memberships: { some: { marketId, leftAt: null, ...(audience === "ADMINS" ? { isAdmin: true } : {}) } },
  };
  if (audience === "ALL_MEMBERS" || audience === "ADMINS") return tx.user.findMany({ where: member, select });
  const next = await tx.distribution.findFirst({
    where: { marketId, pickupEndAt: { gt: now }, cancelledAt: null },
    orderBy: { pickupStartAt: "asc" },
    select: { id: true },
  });
  const ordered: Prisma.UserWhereInput = {
    orders: { some: { distributionId: next?.id ?? "none", ...confirmedBasket } },
  };
  return tx.user.findMany({
    where: audience === "ORDERED_NEXT" ? { AND: [member, ordered] } : { AND: [member, { NOT: ordered }] },
    select,
  });
}

import type { Tx } from "@/lib/db/client";
import { allocateCardFundedCredit, type BasketCardMoney } from "./card-funded-credit";

// What Cabas collected online for each producer's lines of a distribution, net of card refunds: the most it
// may pay out to that producer. A basket's online money is its own card money (its card payments less its
// card refunds, at most its total) and the card-funded credit of its shopper's earlier baskets that pays it
// (card-funded-credit.ts), shared between its producers in proportion to their lines. Two grouped queries:
// the card money of every basket of the distribution's shoppers up to it, and the distribution's lines.
export async function collectedOnlineByProducer(tx: Tx, distributionId: string): Promise<Map<string, number>> {
  const d = await tx.distribution.findUniqueOrThrow({
    where: { id: distributionId },
    select: { marketId: true, pickupStartAt: true },
  });
  const baskets = await shoppersBaskets(tx, { distributionId, ...d });
  const online = new Map<string, number>();
  for (const mine of groupByShopper(baskets).values())
    for (const [orderId, money] of allocateCardFundedCredit(mine))
      online.set(orderId, money.ownCardCents + money.cardCreditCents);

  const orders = await tx.order.findMany({
    where: { distributionId, confirmedAt: { not: null } },
    select: {
      id: true,
      lines: { select: { totalCents: true, product: { select: { catalog: { select: { producerId: true } } } } } },
    },
  });
  const collected = new Map<string, number>();
  for (const order of orders) {
    const sales = new Map<string, number>();
    for (const line of order.lines) {
      const producerId = line.product.catalog.producerId;
      sales.set(producerId, (sales.get(producerId) ?? 0) + line.totalCents);
    }
    for (const [producerId, cents] of shareInProportion(online.get(order.id) ?? 0, sales))
      collected.set(producerId, (collected.get(producerId) ?? 0) + cents);
  }
  return collected;
}

type ShopperBasket = BasketCardMoney & { userId: string };

// Every basket, drafts included (a card payment that came after orders closed is credit), of the shoppers with
// a confirmed basket in the distribution, in the same market, whose pick-up is not after the distribution's:
// the later ones cannot change what its baskets get.
async function shoppersBaskets(
  tx: Tx,
  d: { distributionId: string; marketId: string; pickupStartAt: Date },
): Promise<ShopperBasket[]> {
  const rows = await tx.$queryRaw<
    {
      id: string;
      userId: string;
      confirmedAt: Date | null;
      pickupStartAt: Date;
      settled: boolean;
      linesCents: bigint;
      cardPaidCents: bigint;
      cardRefundedCents: bigint;
      otherPaidCents: bigint;
    }[]
  >`
    SELECT o.id, o."userId", o."confirmedAt", d."pickupStartAt",
      (o."confirmedAt" IS NULL OR o."validatedAt" IS NOT NULL OR d."validatedAt" IS NOT NULL
        OR d."cancelledAt" IS NOT NULL) AS settled,
      (SELECT COALESCE(SUM(l."totalCents"), 0) FROM "OrderLine" l WHERE l."orderId" = o.id) AS "linesCents",
      (SELECT COALESCE(SUM(p."amountCents"), 0) FROM "Payment" p
        WHERE p."orderId" = o.id AND p.status = 'SUCCEEDED' AND p.method = 'CARD') AS "cardPaidCents",
      (SELECT COALESCE(SUM(r."amountCents"), 0) FROM "Refund" r
        WHERE r."orderId" = o.id AND r.destination = 'CARD' AND r.status <> 'FAILED') AS "cardRefundedCents",
      (SELECT COALESCE(SUM(p."amountCents"), 0) FROM "Payment" p
        WHERE p."orderId" = o.id AND p.status = 'SUCCEEDED' AND p.method <> 'CARD') AS "otherPaidCents"
    FROM "Order" o
    JOIN "Distribution" d ON d.id = o."distributionId"
    WHERE o."marketId" = ${d.marketId} AND d."pickupStartAt" <= ${d.pickupStartAt}
      AND o."userId" IN (
        SELECT "userId" FROM "Order" WHERE "distributionId" = ${d.distributionId} AND "confirmedAt" IS NOT NULL
      )`;
  return rows.map((r) => ({
    orderId: r.id,
    userId: r.userId,
    pickupStartAt: r.pickupStartAt,
    confirmedAt: r.confirmedAt,
    totalCents: r.confirmedAt ? Number(r.linesCents) : 0,
    cardNetCents: Number(r.cardPaidCents) - Number(r.cardRefundedCents),
    otherPaidCents: Number(r.otherPaidCents),
    settled: r.settled,
  }));
}

function groupByShopper(baskets: ShopperBasket[]): Map<string, ShopperBasket[]> {
  const groups = new Map<string, ShopperBasket[]>();
  for (const basket of baskets) {
    if (!groups.has(basket.userId)) groups.set(basket.userId, []);
    groups.get(basket.userId)!.push(basket);
  }
  return groups;
}

// Splits `amount` cents in proportion to `weights` (all ≥ 0), to the cent: each share rounded down, then the
// cents left over go to the largest remainders (ties to the larger weight, then the key), so that the shares
// add up to exactly `amount` and no share passes its weight when amount ≤ the weights' sum.
export function shareInProportion(amount: number, weights: Map<string, number>): Map<string, number> {
  const total = [...weights.values()].reduce((s, w) => s + w, 0);
  const shares = new Map<string, number>();
  if (total === 0 || amount === 0) {
    for (const key of weights.keys()) shares.set(key, 0);
    return shares;
  }
  const remainders: { key: string; remainder: number; weight: number }[] = [];
  let given = 0;
  for (const [key, weight] of weights) {
    const exact = BigInt(amount) * BigInt(weight);
    const share = Number(exact / BigInt(total));
    shares.set(key, share);
    given += share;
    remainders.push({ key, remainder: Number(exact % BigInt(total)), weight });
  }
  remainders.sort((a, b) => b.remainder - a.remainder || b.weight - a.weight || (a.key < b.key ? -1 : 1));
  for (let i = 0; i < amount - given; i++) shares.set(remainders[i].key, shares.get(remainders[i].key)! + 1);
  return shares;
}

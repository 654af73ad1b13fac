import { db, type Tx } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";
import { marketContactSelect } from "../notice/market-contact";
import { queueBasketsValidated } from "../notice/queue-money-notices";
import { lockOrders } from "../order/lock-order";
import { requireNoCardRefundInFlight } from "../payment/card-refunds-in-flight";
import { NET_PAID_CENTS } from "../payment/order-money";
import { sendCardRefunds } from "../payment/send-card-refunds";
import { settleUnpaidBaskets, type UnpaidChoice } from "./settle-unpaid-baskets";
import { settleBasket } from "./validate-basket";

// « Valider la distribution » validates every remaining basket at once and the distribution itself; refused
// before pick-up starts, once cancelled, and while a card refund of one of its baskets is in flight (with their
// numbers). What each unpaid basket becomes (paid now, or a debt) is the admin's answer in `unpaid`; what a
// basket was paid beyond its total is given back (its card refunds are sent once the validation committed).
// A big market validates hundreds of baskets: they are locked, paid and validated together, in a number of
// statements that does not grow with them; only a basket paid beyond its total is settled on its own.
export async function validateDistribution({
  actor,
  marketId,
  distributionId,
  unpaid,
  now,
}: {
  actor: Actor;
  marketId: string;
  distributionId: string;
  unpaid: Record<string, UnpaidChoice>;
  now: Date;
}) {
  requireMarketRight(actor, marketId, "admin");
  const { cardRefundIds, ...validated } = await db().$transaction(
    async (tx) => {
      const claimed = await tx.distribution.updateMany({
        where: { id: distributionId, marketId, validatedAt: null, cancelledAt: null, pickupStartAt: { lte: now } },
        data: { validatedAt: now, validatedById: actor.userId },
      });
      if (claimed.count === 0) {
        const d = await tx.distribution.findFirst({
          where: { id: distributionId, marketId },
          select: { validatedAt: true, cancelledAt: true },
        });
        if (!d) throw new DomainError("NOT_FOUND");
        if (d.cancelledAt) throw new DomainError("DISTRIBUTION_CANCELLED");
        throw new DomainError(d.validatedAt ? "DISTRIBUTION_ALREADY_VALIDATED" : "DISTRIBUTION_NOT_STARTED");
      }
      await requireNoCardRefundInFlight(tx, { distributionId });
      // Drafts the close job left (it failed on this distribution, or has not run) are held until the validation
      // commits: a card payment settling for one meanwhile either confirmed it before, and the basket is validated
      // below, or finds the distribution validated once it holds the draft, and confirms nothing (confirm-basket.ts).
      const drafts = await tx.order.findMany({
        where: { distributionId, confirmedAt: null, droppedAt: null },
        select: { id: true },
      });
      await lockOrders(
        tx,
        drafts.map((o) => o.id),
      );
      const remaining = await tx.order.findMany({
        where: { distributionId, validatedAt: null, confirmedAt: { not: null }, lines: { some: {} } },
        orderBy: { basketNumber: "asc" },
        select: { id: true, marketId: true, userId: true, paymentMethod: true },
      });
      const ids = remaining.map((o) => o.id);
      await lockOrders(tx, ids);
      const settled = await settleUnpaidBaskets(tx, {
        marketId,
        baskets: remaining,
        choices: unpaid,
        actorId: actor.userId,
        now,
      });
      const overpaid = await overpaidBaskets(tx, ids);
      const cardRefundIds: string[] = [];
      for (const id of overpaid)
        cardRefundIds.push(
          ...(await settleBasket(tx, id, { actorId: actor.userId, onSiteMethod: null, now })).cardRefundIds,
        );
      await validateTogether(
        tx,
        ids.filter((id) => !overpaid.has(id)),
        { marketId, actorId: actor.userId, now },
      );
      return {
        validatedBaskets: remaining.length,
        paidNow: settled.paid,
        leftAsDebts: settled.leftAsDebts,
        cardRefundIds,
      };
    },
    { timeout: 120_000 },
  );
  await sendCardRefunds(cardRefundIds, now);
  return validated;
}

// The baskets paid beyond their total (an adjustment, a weighed item charged at its maximum): settleBasket gives
// the difference back.
async function overpaidBaskets(tx: Tx, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT o.id FROM "Order" o
    WHERE o.id = ANY(${ids})
      AND ${NET_PAID_CENTS} > (SELECT COALESCE(SUM(l."totalCents"), 0) FROM "OrderLine" l WHERE l."orderId" = o.id)`;
  return new Set(rows.map((r) => r.id));
}

// What settleBasket does for a basket with nothing to give back (on the distribution's validation, no payment is
// recorded there: settleUnpaidBaskets did it), for all of them in a few statements.
async function validateTogether(
  tx: Tx,
  ids: string[],
  { marketId, actorId, now }: { marketId: string; actorId: string; now: Date },
) {
  if (ids.length === 0) return;
  await tx.order.updateMany({
    where: { id: { in: ids } },
    data: { validatedAt: now, validatedById: actorId, onSiteMethod: null },
  });
  // One after the other: a transaction's statements share one connection.
  const market = await tx.market.findUniqueOrThrow({
    where: { id: marketId },
    select: { name: true, ...marketContactSelect },
  });
  const orders = await tx.order.findMany({
    where: { id: { in: ids } },
    select: { id: true, user: { select: { id: true, email: true, locale: true, receiptByEmail: true } } },
  });
  const totals = await tx.orderLine.groupBy({
    by: ["orderId"],
    where: { orderId: { in: ids } },
    _sum: { totalCents: true },
  });
  const totalOf = new Map(totals.map((t) => [t.orderId, t._sum.totalCents ?? 0]));
  await queueBasketsValidated(
    tx,
    market,
    orders.map((o) => ({ orderId: o.id, user: o.user, totalCents: totalOf.get(o.id) ?? 0 })),
  );
}

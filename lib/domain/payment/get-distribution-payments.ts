import { db } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";
import { tillTotals } from "../distribution-day/till-totals";
import { DomainError } from "../errors";
import { shopperBalancesIn } from "../ledger/balances";
import { basketDueCents, ownCentsByBasket } from "./basket-due";
import { transferReference } from "./transfer-reference";

// The money side of a distribution's baskets, for the orders and validation pages: per basket, what is still
// due, the member's balance, its transfer reference and its payments (reversed ones too, marked); and the
// totals per method. Four queries for any number of baskets.
export async function getDistributionPayments({
  actor,
  marketId,
  distributionId,
}: {
  actor: Actor;
  marketId: string;
  distributionId: string;
}) {
  requireMarketRight(actor, marketId, "admin");
  const distribution = await db().distribution.findFirst({
    where: { id: distributionId, marketId },
    select: { id: true },
  });
  if (!distribution) throw new DomainError("NOT_FOUND");
  const orders = await db().order.findMany({
    where: { distributionId, confirmedAt: { not: null } },
    select: {
      id: true,
      basketNumber: true,
      userId: true,
      paymentMethod: true,
      payments: {
        where: { status: { in: ["SUCCEEDED", "REVERSED"] } },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          method: true,
          onSiteMethod: true,
          status: true,
          amountCents: true,
          reference: true,
          settledAt: true,
          createdAt: true,
        },
      },
    },
  });
  const [own, balances, till] = await Promise.all([
    ownCentsByBasket(
      db(),
      orders.map((o) => o.id),
    ),
    shopperBalancesIn(db(), marketId),
    tillTotals(db(), distributionId),
  ]);
  const baskets = orders.map((o) => {
    const balanceCents = balances.get(o.userId) ?? 0;
    return {
      orderId: o.id,
      reference: transferReference(o),
      balanceCents,
      dueCents: basketDueCents({ ownCents: own.get(o.id) ?? 0, paymentMethod: o.paymentMethod, balanceCents }),
      payments: o.payments.map((p) => ({
        id: p.id,
        method: p.method === "ON_SITE" ? p.onSiteMethod : p.method,
        amountCents: p.amountCents,
        reference: p.reference,
        at: p.settledAt ?? p.createdAt,
        reversed: p.status === "REVERSED",
        reversible: p.status === "SUCCEEDED" && p.method !== "CARD",
      })),
    };
  });
  return { baskets: new Map(baskets.map((b) => [b.orderId, b])), till };
}

import { db } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";
import { shopperBalancesIn } from "../ledger/balances";
import { basketDueCents, ownCentsByBasket } from "./basket-due";
import { readTransferReference, transferReference } from "./transfer-reference";

// A transfer arrived on the market's account: the admin types the reference read on the bank statement and
// finds the basket it pays (confirmed baskets of this market only), with what it still owes, to record it.
export async function findBasketsByReference({
  actor,
  marketId,
  text,
}: {
  actor: Actor;
  marketId: string;
  text: string;
}) {
  requireMarketRight(actor, marketId, "admin");
  const reference = readTransferReference(text);
  if (!reference) throw new DomainError("REFERENCE_UNREADABLE", "reference");
  const orders = await db().order.findMany({
    where: {
      marketId,
      basketNumber: reference.basketNumber,
      id: { endsWith: reference.idTail, mode: "insensitive" },
      confirmedAt: { not: null },
    },
    orderBy: { distribution: { pickupStartAt: "desc" } },
    select: {
      id: true,
      basketNumber: true,
      userId: true,
      paymentMethod: true,
      user: { select: { firstName: true, lastName: true } },
      distribution: { select: { id: true, pickupStartAt: true, market: { select: { timeZone: true } } } },
      lines: { select: { totalCents: true } },
    },
  });
  const [own, balances] = await Promise.all([
    ownCentsByBasket(
      db(),
      orders.map((o) => o.id),
    ),
    shopperBalancesIn(db(), marketId),
  ]);
  return orders.map(({ lines, ...o }) => ({
    ...o,
    reference: transferReference(o),
    totalCents: lines.reduce((s, l) => s + l.totalCents, 0),
    dueCents: basketDueCents({
      ownCents: own.get(o.id) ?? 0,
      paymentMethod: o.paymentMethod,
      balanceCents: balances.get(o.userId) ?? 0,
    }),
  }));
}

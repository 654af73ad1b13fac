import type { PaymentMethod } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/client";
import { shopperBalanceCents } from "../ledger/balances";

type BasketMoney = {
  // The sum of the shopper's entries about this basket: minus its confirmed total, plus what was paid for it,
  // minus what went back to a card. Below zero, the basket is owed.
  ownCents: number;
  paymentMethod: PaymentMethod | null;
  // The shopper's whole balance in the market (all baskets, top-ups and credits).
  balanceCents: number;
};

// What is still due for a basket, read from the ledger. A basket paid from the balance has no payment of its
// own (paying from the balance moves no euro): it is covered while the shopper's balance is not negative, and
// otherwise owes at most what the balance is short of.
export function basketDueCents({ ownCents, paymentMethod, balanceCents }: BasketMoney): number {
  const unpaid = Math.max(0, -ownCents);
  if (paymentMethod !== "BALANCE") return unpaid;
  return Math.min(unpaid, Math.max(0, -balanceCents));
}

export async function loadBasketDueCents(
  tx: Tx,
  order: { id: string; marketId: string; userId: string; paymentMethod: PaymentMethod | null },
): Promise<number> {
  const own = await ownCentsByBasket(tx, [order.id]);
  return basketDueCents({
    ownCents: own.get(order.id) ?? 0,
    paymentMethod: order.paymentMethod,
    balanceCents: order.paymentMethod === "BALANCE" ? await shopperBalanceCents(tx, order.marketId, order.userId) : 0,
  });
}

// Each basket's own sum (see BasketMoney.ownCents), in one grouped query.
export async function ownCentsByBasket(tx: Tx, orderIds: string[]): Promise<Map<string, number>> {
  const rows = await tx.ledgerEntry.groupBy({
    by: ["orderId"],
    where: { account: "SHOPPER", orderId: { in: orderIds } },
    _sum: { amountCents: true },
  });
  return new Map(rows.map((r) => [r.orderId!, r._sum.amountCents ?? 0]));
}

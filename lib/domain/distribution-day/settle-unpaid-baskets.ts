import type { PaymentMethod } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/client";
import { DomainError } from "../errors";
import { shopperBalancesIn } from "../ledger/balances";
import { basketDueCents, ownCentsByBasket } from "../payment/basket-due";
import { receivePayments } from "../payment/receive-payment";
import { payBasket } from "../payment/record-payment";

export const UNPAID_CHOICES = ["CASH", "CHEQUE", "CARD_TERMINAL", "BALANCE", "DEBT"] as const;
export type UnpaidChoice = (typeof UNPAID_CHOICES)[number];

type Basket = { id: string; marketId: string; userId: string; paymentMethod: PaymentMethod | null };

// Before « Valider la distribution » settles the baskets not validated yet, the admin says what to do with
// each one that still owes something: paid on the spot now (what is due is recorded as cash, cheque or card
// terminal), paid from the member's balance (when it covers it), or left as a debt on the member's balance.
// A basket without an answer stops the validation, so that nobody's debt is left by default: one that became
// unpaid after the page was shown (adjusted meanwhile) is asked about in its turn. `baskets` are locked by the
// caller, in basket-number order; what each owes is read for all of them at once, and the payments on the spot
// are written together.
export async function settleUnpaidBaskets(
  tx: Tx,
  {
    marketId,
    baskets,
    choices,
    actorId,
    now,
  }: { marketId: string; baskets: Basket[]; choices: Record<string, UnpaidChoice>; actorId: string; now: Date },
) {
  const own = await ownCentsByBasket(
    tx,
    baskets.map((b) => b.id),
  );
  // Only a basket paid from the balance owes according to it (payment/basket-due.ts).
  const balances = baskets.some((b) => b.paymentMethod === "BALANCE")
    ? await shopperBalancesIn(tx, marketId)
    : new Map<string, number>();
  const onTheSpot = [];
  const fromBalance = [];
  let leftAsDebts = 0;
  for (const order of baskets) {
    const dueCents = basketDueCents({
      ownCents: own.get(order.id) ?? 0,
      paymentMethod: order.paymentMethod,
      balanceCents: balances.get(order.userId) ?? 0,
    });
    if (dueCents === 0) continue;
    const choice = choices[order.id];
    if (!choice) throw new DomainError("UNPAID_CHOICE_REQUIRED", `unpaid-${order.id}`);
    if (choice === "DEBT") leftAsDebts++;
    else if (choice === "BALANCE") fromBalance.push(order);
    else
      onTheSpot.push({
        marketId: order.marketId,
        userId: order.userId,
        orderId: order.id,
        method: choice,
        amountCents: dueCents,
        createdById: actorId,
        now,
      });
  }
  await receivePayments(tx, onTheSpot);
  for (const order of fromBalance)
    await payBasket(tx, {
      marketId: order.marketId,
      orderId: order.id,
      method: "BALANCE",
      amountCents: null,
      actorId,
      now,
    });
  return { paid: onTheSpot.length + fromBalance.length, leftAsDebts };
}

import type { Tx } from "@/lib/db/client";
import { DomainError } from "../errors";
import { loadBasketDueCents } from "../payment/basket-due";
import { payBasket } from "../payment/record-payment";

export const UNPAID_CHOICES = ["CASH", "CHEQUE", "CARD_TERMINAL", "BALANCE", "DEBT"] as const;
export type UnpaidChoice = (typeof UNPAID_CHOICES)[number];

// Before « Valider la distribution » settles the baskets not validated yet, the admin says what to do with
// each one that still owes something: paid on the spot now (what is due is recorded as cash, cheque or card
// terminal), paid from the member's balance (when it covers it), or left as a debt on the member's balance.
// A basket without an answer stops the validation, so that nobody's debt is left by default: one that became
// unpaid after the page was shown (adjusted meanwhile) is asked about in its turn.
export async function settleUnpaidBaskets(
  tx: Tx,
  {
    distributionId,
    choices,
    actorId,
    now,
  }: { distributionId: string; choices: Record<string, UnpaidChoice>; actorId: string; now: Date },
) {
  const remaining = await tx.order.findMany({
    where: { distributionId, validatedAt: null, confirmedAt: { not: null }, lines: { some: {} } },
    orderBy: { basketNumber: "asc" },
    select: { id: true, marketId: true, userId: true, paymentMethod: true },
  });
  let paid = 0;
  let leftAsDebts = 0;
  for (const order of remaining) {
    if ((await loadBasketDueCents(tx, order)) === 0) continue;
    const choice = choices[order.id];
    if (!choice) throw new DomainError("UNPAID_CHOICE_REQUIRED", `unpaid-${order.id}`);
    if (choice === "DEBT") {
      leftAsDebts++;
      continue;
    }
    await payBasket(tx, {
      marketId: order.marketId,
      orderId: order.id,
      method: choice,
      amountCents: null,
      actorId,
      now,
    });
    paid++;
  }
  return { paid, leftAsDebts };
}

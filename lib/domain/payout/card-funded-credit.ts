// Card money that a basket does not use itself — an adjustment after validation credited to the balance
// rather than refunded, a card basket lowered, a card payment beyond its basket — stays in Cabas's Stripe
// balance while the shopper holds it as credit. When that credit pays one of the shopper's next baskets (paid
// from the balance, or left as a debt the credit covers), that basket's money is card money Cabas holds, so
// Cabas pays it out, like the basket's own card payments; otherwise its producer's share would show as owed by
// a market that never saw the money, and the money would stay in Stripe.
//
// Why no euro is paid out twice:
// - A basket's card money (card payments less card refunds, asked or settled) is split once: what its total
//   uses (at most the total) and the rest, the credit. The two parts add up to the card money, so a euro is in
//   one or the other; a euro refunded to the card is in neither.
// - The credit is a pool per shopper and market (balances are per market: one market's card money never pays
//   another's basket). Each euro of it is handed to the first later basket that still needs it and is then
//   gone from the pool. So over all of a shopper's baskets, what is counted as collected online is at most the
//   card money Cabas holds for that shopper, and each producer's payout is at most its share of that.
// - A basket needs only what its own card money and the other payments recorded for it (cash, cheque,
//   transfer…) leave unpaid: the credit never displaces money the market collected, so no euro is counted
//   both as the market's (owed by it to the producer) and as Cabas's.
// - Credit flows forward only, to baskets after the one it came from: a later basket's card money never pays
//   an earlier basket's debt (that stays the market's to collect). So a change to a basket can move the
//   figures of its own distribution and of the shopper's later ones, never of earlier ones — which is what
//   lets the payouts follow a change (reconcile-payouts.ts `followPayouts`): the later distributions are
//   found, locked and reconciled, and a paid payout that would end above what Cabas may now pay refuses the
//   change, exactly as for the basket's own distribution.
// - Everything is recomputed from the documents (lines, payments, refunds) each time, never stored: two
//   distributions' figures always come from one allocation rule over the same rows, so they cannot both count
//   the same credit.
// - Only settled card money is credit: a basket's once it is validated, or its distribution validated or
//   cancelled, and a draft's (nothing ever refunds those by itself any more). Before that, what a basket's card
//   money exceeds its total by (a weighed item charged at its maximum, a basket lowered on the day, a payment
//   twice) is what its validation refunds to the card. Counted as credit, a later week could pay it out first,
//   and that refund would then have to be refused: the earlier week could never be validated.
// Baskets are taken in one order: their distribution's pick-up, then their confirmation, then their id (a draft,
// which costs nothing and only ever brings credit, after the confirmed baskets of the same instant). It cannot
// change under a scheduled payout: a pick-up start no longer moves once payouts from then on are scheduled
// (create-distribution.ts).

export type BasketCardMoney = {
  orderId: string;
  pickupStartAt: Date;
  confirmedAt: Date | null;
  // What the basket costs: its confirmed lines (a draft owes nothing).
  totalCents: number;
  // Its succeeded card payments less its card refunds that did not fail.
  cardNetCents: number;
  // Its other succeeded payments (on the spot, transfer).
  otherPaidCents: number;
  // Whether the card money beyond its total is settled, so credit (see above).
  settled: boolean;
};

export type BasketOnlineMoney = {
  // The basket's own card money that its total uses.
  ownCardCents: number;
  // What the card-funded credit of the shopper's earlier baskets pays of it.
  cardCreditCents: number;
};

// Whether basket `a` comes before basket `b` in a shopper's order.
export function basketBefore(
  a: Pick<BasketCardMoney, "orderId" | "pickupStartAt" | "confirmedAt">,
  b: Pick<BasketCardMoney, "orderId" | "pickupStartAt" | "confirmedAt">,
): boolean {
  return compareBaskets(a, b) < 0;
}

function compareBaskets(
  a: Pick<BasketCardMoney, "orderId" | "pickupStartAt" | "confirmedAt">,
  b: Pick<BasketCardMoney, "orderId" | "pickupStartAt" | "confirmedAt">,
): number {
  const confirmed = (c: Date | null) => c?.getTime() ?? Number.POSITIVE_INFINITY;
  return (
    a.pickupStartAt.getTime() - b.pickupStartAt.getTime() ||
    confirmed(a.confirmedAt) - confirmed(b.confirmedAt) ||
    (a.orderId < b.orderId ? -1 : a.orderId > b.orderId ? 1 : 0)
  );
}

// One shopper's baskets in one market (any order given): what of each is card money Cabas holds — its own,
// and the credit it uses.
export function allocateCardFundedCredit(baskets: BasketCardMoney[]): Map<string, BasketOnlineMoney> {
  const online = new Map<string, BasketOnlineMoney>();
  let creditCents = 0;
  for (const basket of baskets.toSorted(compareBaskets)) {
    const cardCents = Math.max(basket.cardNetCents, 0);
    const ownCardCents = Math.min(cardCents, basket.totalCents);
    const needCents = Math.max(basket.totalCents - ownCardCents - basket.otherPaidCents, 0);
    const cardCreditCents = Math.min(needCents, creditCents);
    creditCents += (basket.settled ? cardCents - ownCardCents : 0) - cardCreditCents;
    online.set(basket.orderId, { ownCardCents, cardCreditCents });
  }
  return online;
}

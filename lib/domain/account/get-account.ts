import { db } from "@/lib/db/client";
import type { Actor } from "../access/actor";
import { shopperBalancesOf } from "../ledger/balances";
import { effectiveQuantity } from "../order/line-total";
import { quantityUnitOf } from "../product/quantity-unit";

// « Mon compte »: the shopper's orders by distribution with their lines, balance and ledger history per market, profile and
// preferences (the automatic e-mails, and the messages of each market they are in or unsubscribed from).
// Balances are sums of the shopper's ledger entries (pending payments have none yet).
export async function getAccount({ actor, now }: { actor: Actor; now: Date }) {
  const [user, orders, balances, history, memberships, optOuts] = await Promise.all([
    db().user.findUniqueOrThrow({
      where: { id: actor.userId },
      select: {
        email: true,
        firstName: true,
        lastName: true,
        phone: true,
        address: true,
        zipCode: true,
        city: true,
        notifySaleOpening: true,
        notifyReminder: true,
        receiptByEmail: true,
      },
    }),
    db().order.findMany({
      where: { userId: actor.userId, lines: { some: {} } },
      orderBy: { distribution: { pickupStartAt: "desc" } },
      take: 30,
      select: {
        id: true,
        basketNumber: true,
        confirmedAt: true,
        paymentMethod: true,
        market: { select: { name: true, timeZone: true, deliveryHelpEnabled: true } },
        distribution: { select: { pickupStartAt: true, pickupEndAt: true, slotsEnabled: true } },
        lines: {
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          select: {
            id: true,
            productName: true,
            quantity: true,
            deliveredQuantity: true,
            totalCents: true,
            product: { select: { unit: true, quantityPerUnit: true, bulk: true, variableWeight: true } },
          },
        },
        ledgerEntries: {
          where: { account: "SHOPPER", transaction: { kind: { not: "ORDER" } } },
          select: { amountCents: true },
        },
      },
    }),
    shopperBalancesOf(db(), actor.userId),
    db().ledgerEntry.findMany({
      where: { userId: actor.userId, account: "SHOPPER" },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: {
        id: true,
        amountCents: true,
        createdAt: true,
        transaction: { select: { kind: true, label: true } },
        market: { select: { name: true, timeZone: true } },
        order: { select: { basketNumber: true } },
      },
    }),
    db().membership.findMany({
      where: { userId: actor.userId, leftAt: null },
      select: { market: { select: { id: true, name: true, slug: true } } },
      orderBy: { joinedAt: "asc" },
    }),
    db().messageOptOut.findMany({
      where: { userId: actor.userId },
      select: { market: { select: { id: true, name: true } } },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  const optedOut = new Set(optOuts.map((o) => o.market.id));
  const messageMarkets = [
    ...memberships.map((m) => m.market),
    ...optOuts.map((o) => o.market).filter((m) => !memberships.some((ms) => ms.market.id === m.id)),
  ].map((m) => ({ id: m.id, name: m.name, receive: !optedOut.has(m.id) }));
  const marketNames = new Map(memberships.map((m) => [m.market.id, m.market.name]));
  return {
    user,
    orders: orders.map(({ lines, ledgerEntries, market, distribution, ...o }) => {
      const totalCents = lines.reduce((s, l) => s + l.totalCents, 0);
      const paidCents = ledgerEntries.reduce((s, e) => s + e.amountCents, 0);
      return {
        ...o,
        market: { name: market.name, timeZone: market.timeZone },
        distribution: { pickupStartAt: distribution.pickupStartAt },
        // A confirmed order of a distribution still to come that offers pick-up slots or delivery help: the
        // shopper may choose them (/retrait), whichever way they paid (a card payer comes back here from Stripe).
        pickupChoices:
          o.confirmedAt !== null &&
          distribution.pickupEndAt > now &&
          (distribution.slotsEnabled || market.deliveryHelpEnabled),
        totalCents,
        paid: paidCents >= totalCents && totalCents > 0,
        lines: lines.map((l) => ({
          id: l.id,
          productName: l.productName,
          quantity: effectiveQuantity(l).toString(),
          unit: quantityUnitOf(l.product),
          totalCents: l.totalCents,
        })),
      };
    }),
    balances: balances.map((b) => ({
      marketId: b.marketId,
      marketName: marketNames.get(b.marketId) ?? "",
      balanceCents: b.balanceCents,
    })),
    history: history.map(({ transaction, ...e }) => ({ ...e, kind: transaction.kind, label: transaction.label })),
    markets: memberships.map((m) => m.market),
    messageMarkets,
  };
}

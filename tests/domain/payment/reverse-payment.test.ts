import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { DomainError } from "@/lib/domain/errors";
import { postTransaction } from "@/lib/domain/ledger/post-transaction";
import { getDistributionPayments } from "@/lib/domain/payment/get-distribution-payments";
import { recordPayment } from "@/lib/domain/payment/record-payment";
import { reversePayment } from "@/lib/domain/payment/reverse-payment";
import {
  createConfirmedOrderFor,
  createDistribution,
  createMarket,
  createMembership,
  createUser,
  payByCard,
  unbalancedTransactions,
} from "../../support/factories";

const ordering = new Date("2026-06-01T10:00:00Z");
const now = new Date("2026-06-04T17:30:00Z");

async function paidBasket() {
  const market = await createMarket();
  const distribution = await createDistribution(market, { now: ordering, inDays: 3 });
  const adminUser = await createUser();
  await createMembership(market.id, adminUser.id, { isAdmin: true });
  const admin = await loadActor(adminUser.id);
  const { user, order } = await createConfirmedOrderFor(distribution);
  const { paymentId } = await recordPayment({
    actor: admin,
    marketId: market.id,
    orderId: order.id,
    method: "CHEQUE",
    amount: "3",
    reference: "chèque 0012",
    now,
  });
  return { market, distribution, admin, shopper: user, order, paymentId: paymentId! };
}

const sumsByAccount = async (where: object) =>
  (
    await db().ledgerEntry.groupBy({ by: ["account"], where, _sum: { amountCents: true }, orderBy: { account: "asc" } })
  ).map((r) => [r.account, r._sum.amountCents]);

describe("reversing a payment recorded by mistake", () => {
  it("posts its mirror image, keeps both in the history, and the basket owes again", async () => {
    const { market, distribution, admin, shopper, order, paymentId } = await paidBasket();
    await reversePayment({ actor: admin, marketId: market.id, paymentId, now });

    const original = await db().ledgerTransaction.findFirstOrThrow({
      where: { paymentId, kind: "PAYMENT" },
      include: { entries: true },
    });
    const reversal = await db().ledgerTransaction.findFirstOrThrow({
      where: { paymentId, kind: "REVERSAL" },
      include: { entries: true },
    });
    expect(reversal).toMatchObject({
      reversesId: original.id,
      method: "CHEQUE",
      reference: "chèque 0012",
      orderId: order.id,
      createdById: admin.userId,
    });
    const shape = (e: (typeof original.entries)[number], sign: number) => ({
      account: e.account,
      userId: e.userId,
      orderId: e.orderId,
      amountCents: sign * e.amountCents,
    });
    expect(reversal.entries.map((e) => shape(e, 1))).toEqual(
      expect.arrayContaining(original.entries.map((e) => shape(e, -1))),
    );
    expect(reversal.entries).toHaveLength(original.entries.length);
    expect(await db().payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({ status: "REVERSED" });
    // Back to the order's debt alone: the shopper owes 3,00 € and the till holds nothing for it.
    expect(await sumsByAccount({ orderId: order.id, transaction: { kind: { not: "ORDER" } } })).toEqual([
      ["SHOPPER", 0],
      ["MARKET_TILL", 0],
    ]);
    expect(await sumsByAccount({ userId: shopper.id })).toEqual([["SHOPPER", -300]]);
    const money = await getDistributionPayments({ actor: admin, marketId: market.id, distributionId: distribution.id });
    expect(money.baskets.get(order.id)).toMatchObject({
      dueCents: 300,
      payments: [{ id: paymentId, reversed: true, reversible: false }],
    });
    expect(money.till.byMethod.find((m) => m.method === "CHEQUE")!.cents).toBe(0);
    const mail = await db().emailOutbox.findUniqueOrThrow({ where: { dedupeKey: `payment-reversed:${paymentId}` } });
    expect(mail).toMatchObject({ toEmail: shopper.email, subject: `${market.name} : paiement annulé` });
    expect(mail.text).toMatch(/Le paiement de 3,00\s€ \(Chèque\) enregistré pour vous l’avait été par erreur/);
    expect(mail.text).toMatch(/Votre solde est maintenant de -3,00\s€/);

    await expect(reversePayment({ actor: admin, marketId: market.id, paymentId, now })).rejects.toEqual(
      new DomainError("PAYMENT_ALREADY_REVERSED"),
    );
    // The database itself refuses a second reversal of the same transaction.
    await expect(
      db().$transaction((tx) =>
        postTransaction(tx, {
          marketId: market.id,
          kind: "REVERSAL",
          reversesId: original.id,
          entries: [
            { account: "SHOPPER", userId: shopper.id, amountCents: -300 },
            { account: "MARKET_TILL", amountCents: 300 },
          ],
        }),
      ),
    ).rejects.toMatchObject({ code: "P2002" });
    expect(await db().ledgerTransaction.count({ where: { paymentId, kind: "REVERSAL" } })).toBe(1);
    expect(await unbalancedTransactions()).toEqual([]);
  });

  it("is for the market's admins, for money they recorded; card payments are refunded instead", async () => {
    const { market, admin, shopper, order, paymentId } = await paidBasket();
    await expect(
      reversePayment({ actor: await loadActor(shopper.id), marketId: market.id, paymentId, now }),
    ).rejects.toEqual(new DomainError("FORBIDDEN"));
    const other = await paidBasket();
    await expect(reversePayment({ actor: other.admin, marketId: other.market.id, paymentId, now })).rejects.toEqual(
      new DomainError("NOT_FOUND"),
    );
    await payByCard({ id: order.id, marketId: market.id, userId: shopper.id }, 500);
    const card = await db().payment.findFirstOrThrow({ where: { orderId: order.id, method: "CARD" } });
    await expect(reversePayment({ actor: admin, marketId: market.id, paymentId: card.id, now })).rejects.toEqual(
      new DomainError("CARD_PAYMENT_NOT_REVERSIBLE"),
    );
    expect(await db().ledgerTransaction.count({ where: { kind: "REVERSAL", marketId: market.id } })).toBe(0);
  });
});

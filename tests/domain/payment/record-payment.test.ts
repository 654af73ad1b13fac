import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { DomainError } from "@/lib/domain/errors";
import { getDistributionPayments } from "@/lib/domain/payment/get-distribution-payments";
import { recordPayment } from "@/lib/domain/payment/record-payment";
import {
  createConfirmedOrderFor,
  createDistribution,
  createMarket,
  createMembership,
  createOrderFor,
  createUser,
  postBalance,
  unbalancedTransactions,
} from "../../support/factories";

const ordering = new Date("2026-06-01T10:00:00Z");
const now = new Date("2026-06-04T17:30:00Z");

// A market, a distribution, its admin and a basket of 3,00 € confirmed with payment on the spot.
async function basketToPay(shopper: { locale?: string } = {}) {
  const market = await createMarket();
  const distribution = await createDistribution(market, { now: ordering, inDays: 3 });
  const admin = await createUser();
  await createMembership(market.id, admin.id, { isAdmin: true });
  const { user, order } = await createConfirmedOrderFor(distribution, shopper);
  return { market, distribution, admin: await loadActor(admin.id), shopper: user, order };
}

const entriesOf = (paymentId: string) =>
  db().ledgerEntry.findMany({
    where: { transaction: { paymentId } },
    select: { account: true, amountCents: true, userId: true, orderId: true },
    orderBy: { amountCents: "desc" },
  });
const balanceOf = async (userId: string) =>
  (await db().ledgerEntry.aggregate({ where: { userId, account: "SHOPPER" }, _sum: { amountCents: true } }))._sum
    .amountCents ?? 0;

describe("recording a payment for a basket", () => {
  it("takes part in cash and the rest by transfer, each against the till or the bank, and tells the shopper", async () => {
    const { market, distribution, admin, shopper, order } = await basketToPay();
    const base = { actor: admin, marketId: market.id, orderId: order.id, now };

    const cash = await recordPayment({ ...base, method: "CASH", amount: "1,20" });
    expect(cash).toMatchObject({ amountCents: 120, dueCents: 180 });
    expect(await entriesOf(cash.paymentId!)).toEqual([
      { account: "SHOPPER", amountCents: 120, userId: shopper.id, orderId: order.id },
      { account: "MARKET_TILL", amountCents: -120, userId: null, orderId: order.id },
    ]);

    const transfer = await recordPayment({ ...base, method: "TRANSFER", amount: "1.80", reference: " VIR CABAS-1 " });
    expect(transfer).toMatchObject({ amountCents: 180, dueCents: 0 });
    expect(await entriesOf(transfer.paymentId!)).toEqual([
      { account: "SHOPPER", amountCents: 180, userId: shopper.id, orderId: order.id },
      { account: "MARKET_BANK", amountCents: -180, userId: null, orderId: order.id },
    ]);
    expect(await db().payment.findUniqueOrThrow({ where: { id: transfer.paymentId! } })).toMatchObject({
      method: "TRANSFER",
      status: "SUCCEEDED",
      reference: "VIR CABAS-1",
      orderId: order.id,
    });
    expect(await db().ledgerTransaction.findFirstOrThrow({ where: { paymentId: transfer.paymentId! } })).toMatchObject({
      kind: "PAYMENT",
      method: "TRANSFER",
      reference: "VIR CABAS-1",
      createdById: admin.userId,
    });
    expect(await balanceOf(shopper.id)).toBe(0);
    await expect(recordPayment({ ...base, method: "CASH", amount: "0,01" })).rejects.toEqual(
      new DomainError("NOTHING_DUE"),
    );

    const money = await getDistributionPayments({ actor: admin, marketId: market.id, distributionId: distribution.id });
    expect(money.baskets.get(order.id)).toMatchObject({
      dueCents: 0,
      payments: [
        { method: "CASH", amountCents: 120, reversible: true, reversed: false },
        { method: "TRANSFER", amountCents: 180, reference: "VIR CABAS-1", reversible: true, reversed: false },
      ],
    });

    const mail = await db().emailOutbox.findUniqueOrThrow({
      where: { dedupeKey: `payment-received:${cash.paymentId}` },
    });
    expect(mail).toMatchObject({ toEmail: shopper.email, template: "payment-received", fromName: market.name });
    expect(mail.subject).toBe(`${market.name} : paiement reçu`);
    expect(mail.text).toMatch(/votre paiement de 1,20\s€ \(Espèces\)/);
    expect(mail.text).toMatch(/panier n° 1\. Reste à payer : 1,80\s€/);
    expect(await unbalancedTransactions()).toEqual([]);
  });

  it("refuses what it cannot take, next to the field, and writes nothing", async () => {
    const { market, distribution, admin, shopper, order } = await basketToPay();
    const base = { actor: admin, marketId: market.id, orderId: order.id, now };
    await expect(recordPayment({ ...base, method: "CASH", amount: "trois" })).rejects.toEqual(
      new DomainError("AMOUNT_INVALID", "amount"),
    );
    await expect(recordPayment({ ...base, method: "CASH", amount: "0" })).rejects.toEqual(
      new DomainError("AMOUNT_INVALID", "amount"),
    );
    // 300 typed for 3,00: more than the basket owes.
    await expect(recordPayment({ ...base, method: "CASH", amount: "300" })).rejects.toEqual(
      new DomainError("AMOUNT_ABOVE_DUE", "amount"),
    );
    await expect(recordPayment({ ...base, method: "CHEQUE", amount: "3", reference: "n".repeat(141) })).rejects.toEqual(
      new DomainError("REFERENCE_TOO_LONG", "reference"),
    );

    const shopperActor = await loadActor(shopper.id);
    await expect(recordPayment({ ...base, actor: shopperActor, method: "CASH", amount: "3" })).rejects.toEqual(
      new DomainError("FORBIDDEN"),
    );
    // An admin of another market cannot reach this basket through their own market.
    const other = await basketToPay();
    await expect(
      recordPayment({ ...base, actor: other.admin, marketId: other.market.id, method: "CASH", amount: "3" }),
    ).rejects.toEqual(new DomainError("NOT_FOUND"));

    const { order: draft } = await createOrderFor(distribution);
    await expect(recordPayment({ ...base, orderId: draft.id, method: "CASH", amount: "3" })).rejects.toEqual(
      new DomainError("BASKET_NOT_CONFIRMED"),
    );
    expect(await db().payment.count({ where: { marketId: market.id } })).toBe(0);
    expect(await db().emailOutbox.count({ where: { template: "payment-received", toEmail: shopper.email } })).toBe(0);
  });

  it("pays from the balance only when the member's credit covers it, moving no euro", async () => {
    const { market, distribution, admin, shopper, order } = await basketToPay();
    const base = { actor: admin, marketId: market.id, orderId: order.id, now, amount: "" };
    await expect(recordPayment({ ...base, method: "BALANCE" })).rejects.toEqual(
      new DomainError("MEMBER_BALANCE_TOO_LOW", "method"),
    );

    await postBalance(market.id, shopper.id, 500, "avance");
    const transactionsBefore = await db().ledgerTransaction.count({ where: { marketId: market.id } });
    expect(await recordPayment({ ...base, method: "BALANCE" })).toEqual({
      paymentId: null,
      amountCents: 0,
      dueCents: 0,
    });
    expect(await db().ledgerTransaction.count({ where: { marketId: market.id } })).toBe(transactionsBefore);
    expect(await db().order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ paymentMethod: "BALANCE" });
    expect(await balanceOf(shopper.id)).toBe(200);
    const due = async () =>
      (
        await getDistributionPayments({ actor: admin, marketId: market.id, distributionId: distribution.id })
      ).baskets.get(order.id)!.dueCents;
    expect(await due()).toBe(0);
    // Once the balance falls short, the basket owes what it is short of, and cash can pay it.
    await postBalance(market.id, shopper.id, -450, "correction");
    expect(await due()).toBe(250);
    await expect(recordPayment({ ...base, method: "CASH", amount: "2,51" })).rejects.toEqual(
      new DomainError("AMOUNT_ABOVE_DUE", "amount"),
    );
    await recordPayment({ ...base, method: "CASH", amount: "2,50" });
    expect(await due()).toBe(0);

    const card = await basketToPay();
    await db().order.update({ where: { id: card.order.id }, data: { paymentMethod: "CARD" } });
    await postBalance(card.market.id, card.shopper.id, 1000);
    await expect(
      recordPayment({
        actor: card.admin,
        marketId: card.market.id,
        orderId: card.order.id,
        now,
        amount: "",
        method: "BALANCE",
      }),
    ).rejects.toEqual(new DomainError("BALANCE_NOT_FOR_CARD", "method"));
    expect(await unbalancedTransactions()).toEqual([]);
  });

  it("writes the e-mail in the shopper's language", async () => {
    const { market, admin, order } = await basketToPay({ locale: "en" });
    const paid = await recordPayment({
      actor: admin,
      marketId: market.id,
      orderId: order.id,
      now,
      method: "CHEQUE",
      amount: "3",
    });
    const mail = await db().emailOutbox.findUniqueOrThrow({
      where: { dedupeKey: `payment-received:${paid.paymentId}` },
    });
    expect(mail.subject).toBe(`${market.name}: payment received`);
    expect(mail.text).toMatch(/your payment of €3\.00 \(Cheque\)/);
    expect(mail.text).toMatch(/Still to pay: €0\.00/);
  });
});

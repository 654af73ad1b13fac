import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { DomainError } from "@/lib/domain/errors";
import { adjustBalance } from "@/lib/domain/ledger/adjust-balance";
import { getMemberAccount } from "@/lib/domain/member/get-member-account";
import { findBasketsByReference } from "@/lib/domain/payment/find-baskets-by-reference";
import { recordPayment } from "@/lib/domain/payment/record-payment";
import { recordTopUp } from "@/lib/domain/payment/record-top-up";
import { reversePayment } from "@/lib/domain/payment/reverse-payment";
import { transferReference } from "@/lib/domain/payment/transfer-reference";
import {
  createConfirmedOrderFor,
  createDistribution,
  createMarket,
  createMembership,
  createOrderFor,
  createUser,
  unbalancedTransactions,
} from "../../support/factories";

const ordering = new Date("2026-06-01T10:00:00Z");
const now = new Date("2026-06-04T17:30:00Z");

async function marketWithAdmin() {
  const market = await createMarket();
  const admin = await createUser();
  await createMembership(market.id, admin.id, { isAdmin: true });
  return { market, admin: await loadActor(admin.id) };
}

describe("money onto a member's balance", () => {
  it("records a top-up without a basket, credits and debits with a reason, and shows it all in the account", async () => {
    const { market, admin } = await marketWithAdmin();
    const member = await createUser({ firstName: "Inès", lastName: "Garcia" });
    await createMembership(market.id, member.id);

    const topUp = await recordTopUp({
      actor: admin,
      marketId: market.id,
      userId: member.id,
      method: "TRANSFER",
      amount: "20",
      reference: "VIR GARCIA",
      now,
    });
    expect(topUp.balanceCents).toBe(2000);
    expect(await db().payment.findUniqueOrThrow({ where: { id: topUp.paymentId } })).toMatchObject({
      orderId: null,
      method: "TRANSFER",
      amountCents: 2000,
    });
    expect(
      await db().ledgerEntry.findMany({
        where: { transaction: { paymentId: topUp.paymentId } },
        select: { account: true, amountCents: true, orderId: true },
        orderBy: { amountCents: "asc" },
      }),
    ).toEqual([
      { account: "MARKET_BANK", amountCents: -2000, orderId: null },
      { account: "SHOPPER", amountCents: 2000, orderId: null },
    ]);
    const mail = await db().emailOutbox.findUniqueOrThrow({
      where: { dedupeKey: `payment-received:${topUp.paymentId}` },
    });
    expect(mail.text).toMatch(/votre solde, qui est maintenant de 20,00\s€/);

    await adjustBalance({
      actor: admin,
      marketId: market.id,
      userId: member.id,
      amountCents: 150,
      reason: "GOODWILL",
      note: "œufs cassés",
      now,
    });
    const account = await getMemberAccount({ actor: admin, marketId: market.id, userId: member.id });
    expect(account.balanceCents).toBe(2150);
    expect(account.history).toEqual([
      expect.objectContaining({ kind: "BALANCE_CREDIT", amountCents: 150, reason: "GOODWILL", note: "œufs cassés" }),
      expect.objectContaining({
        kind: "PAYMENT",
        method: "TRANSFER",
        amountCents: 2000,
        reference: "VIR GARCIA",
        reversiblePaymentId: topUp.paymentId,
        basketNumber: null,
      }),
    ]);

    await reversePayment({ actor: admin, marketId: market.id, paymentId: topUp.paymentId, now });
    const after = await getMemberAccount({ actor: admin, marketId: market.id, userId: member.id });
    expect(after.balanceCents).toBe(150);
    expect(after.history.map((e) => [e.kind, e.amountCents, e.reversiblePaymentId])).toEqual(
      expect.arrayContaining([
        ["REVERSAL", -2000, null],
        ["PAYMENT", 2000, null],
      ]),
    );
    expect(await unbalancedTransactions()).toEqual([]);
  });

  it("is for the market's admins, about its members", async () => {
    const { market, admin } = await marketWithAdmin();
    const member = await createUser();
    await createMembership(market.id, member.id);
    const stranger = await createUser();
    const input = { marketId: market.id, method: "CASH" as const, amount: "5", now };
    await expect(recordTopUp({ ...input, actor: admin, userId: stranger.id })).rejects.toEqual(
      new DomainError("NOT_FOUND"),
    );
    await expect(recordTopUp({ ...input, actor: await loadActor(member.id), userId: member.id })).rejects.toEqual(
      new DomainError("FORBIDDEN"),
    );
    await expect(recordTopUp({ ...input, actor: admin, userId: member.id, amount: "-5" })).rejects.toEqual(
      new DomainError("AMOUNT_INVALID", "amount"),
    );
    await expect(getMemberAccount({ actor: admin, marketId: market.id, userId: stranger.id })).rejects.toEqual(
      new DomainError("NOT_FOUND"),
    );
    expect(await db().payment.count({ where: { marketId: market.id } })).toBe(0);
  });
});

describe("finding a basket by its transfer reference", () => {
  it("finds the basket of that number and id, however the bank wrote it, and records the transfer on it", async () => {
    const { market, admin } = await marketWithAdmin();
    const first = await createDistribution(market, { now: ordering, inDays: 3 });
    const second = await createDistribution(market, { now: ordering, inDays: 10 });
    const { order } = await createConfirmedOrderFor(first, { firstName: "Louis", lastName: "Perrin" });
    // Basket 1 of the other distribution has the same number.
    const { order: sameNumber } = await createConfirmedOrderFor(second);
    expect(sameNumber.basketNumber).toBe(order.basketNumber);

    const reference = transferReference(order);
    const typed = `vir sepa ${reference.toLowerCase().replaceAll("-", " ")} perrin`;
    const found = await findBasketsByReference({ actor: admin, marketId: market.id, text: typed });
    expect(found).toEqual([
      expect.objectContaining({
        id: order.id,
        reference,
        dueCents: 300,
        totalCents: 300,
        user: { firstName: "Louis", lastName: "Perrin" },
      }),
    ]);
    await recordPayment({
      actor: admin,
      marketId: market.id,
      orderId: found[0].id,
      method: "TRANSFER",
      amount: "3,00",
      reference: typed,
      now,
    });
    expect((await findBasketsByReference({ actor: admin, marketId: market.id, text: reference }))[0].dueCents).toBe(0);
  });

  it("finds nothing in another market or among drafts, and says when the text holds no reference", async () => {
    const { market, admin } = await marketWithAdmin();
    const distribution = await createDistribution(market, { now: ordering, inDays: 3 });
    const { order: draft } = await createOrderFor(distribution);
    expect(await findBasketsByReference({ actor: admin, marketId: market.id, text: transferReference(draft) })).toEqual(
      [],
    );
    const other = await marketWithAdmin();
    const { order } = await createConfirmedOrderFor(distribution);
    expect(
      await findBasketsByReference({ actor: other.admin, marketId: other.market.id, text: transferReference(order) }),
    ).toEqual([]);
    await expect(
      findBasketsByReference({ actor: other.admin, marketId: market.id, text: transferReference(order) }),
    ).rejects.toEqual(new DomainError("FORBIDDEN"));
    await expect(
      findBasketsByReference({ actor: admin, marketId: market.id, text: "virement Durand" }),
    ).rejects.toEqual(new DomainError("REFERENCE_UNREADABLE", "reference"));
  });
});

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { validateDistribution } from "@/lib/domain/distribution-day/validate-distribution";
import { DomainError } from "@/lib/domain/errors";
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
  postBalance,
  unbalancedTransactions,
} from "../../support/factories";

const ordering = new Date("2026-06-01T10:00:00Z");

// Five baskets of 3,00 €: one unpaid, one half paid in cash, one paid by transfer, one by card, and one whose
// member has credit enough.
async function dayOfFiveBaskets() {
  const market = await createMarket();
  const distribution = await createDistribution(market, { now: ordering, inDays: 3 });
  const adminUser = await createUser();
  await createMembership(market.id, adminUser.id, { isAdmin: true });
  const admin = await loadActor(adminUser.id);
  const during = new Date(distribution.pickupStartAt.getTime() + 30 * 60_000);
  const pay = (orderId: string, method: "CASH" | "TRANSFER", amount: string) =>
    recordPayment({ actor: admin, marketId: market.id, orderId, method, amount, now: during });
  const unpaid = await createConfirmedOrderFor(distribution, { lastName: "Aubert" });
  const halfPaid = await createConfirmedOrderFor(distribution, { lastName: "Benali" });
  await pay(halfPaid.order.id, "CASH", "1,00");
  const byTransfer = await createConfirmedOrderFor(distribution, { lastName: "Colin" });
  await pay(byTransfer.order.id, "TRANSFER", "3");
  const byCard = await createConfirmedOrderFor(distribution, { lastName: "Dumas" });
  await payByCard({ ...byCard.order }, 300);
  const inCredit = await createConfirmedOrderFor(distribution, { lastName: "Esnault" });
  await postBalance(market.id, inCredit.user.id, 1000, "avance");
  return { market, distribution, admin, during, unpaid, halfPaid, byTransfer, inCredit };
}

describe("« Valider la distribution » with baskets still unpaid", () => {
  it("asks about each one still owing, and validates nothing until every one has an answer", async () => {
    const { market, distribution, admin, during, unpaid, halfPaid, inCredit } = await dayOfFiveBaskets();
    const validate = (choices: Record<string, "CASH" | "CHEQUE" | "CARD_TERMINAL" | "BALANCE" | "DEBT">) =>
      validateDistribution({
        actor: admin,
        marketId: market.id,
        distributionId: distribution.id,
        unpaid: choices,
        now: during,
      });

    await expect(validate({ [unpaid.order.id]: "CASH", [halfPaid.order.id]: "DEBT" })).rejects.toEqual(
      new DomainError("UNPAID_CHOICE_REQUIRED", `unpaid-${inCredit.order.id}`),
    );
    expect(await db().distribution.findUniqueOrThrow({ where: { id: distribution.id } })).toMatchObject({
      validatedAt: null,
    });
    expect(await db().order.count({ where: { distributionId: distribution.id, validatedAt: { not: null } } })).toBe(0);
    expect(await db().payment.count({ where: { orderId: unpaid.order.id } })).toBe(0);

    // A negative balance cannot pay.
    await expect(
      validate({ [unpaid.order.id]: "BALANCE", [halfPaid.order.id]: "DEBT", [inCredit.order.id]: "BALANCE" }),
    ).rejects.toEqual(new DomainError("MEMBER_BALANCE_TOO_LOW", "method"));
    expect(await db().distribution.findUniqueOrThrow({ where: { id: distribution.id } })).toMatchObject({
      validatedAt: null,
    });
  });

  it("records what is paid on the spot, leaves the debts on the balances, and the till adds up", async () => {
    const { market, distribution, admin, during, unpaid, halfPaid, byTransfer, inCredit } = await dayOfFiveBaskets();
    const before = await getDistributionPayments({
      actor: admin,
      marketId: market.id,
      distributionId: distribution.id,
    });
    expect([unpaid, halfPaid, byTransfer, inCredit].map((b) => before.baskets.get(b.order.id)!.dueCents)).toEqual([
      300, 200, 0, 300,
    ]);

    expect(
      await validateDistribution({
        actor: admin,
        marketId: market.id,
        distributionId: distribution.id,
        unpaid: { [unpaid.order.id]: "CHEQUE", [halfPaid.order.id]: "DEBT", [inCredit.order.id]: "BALANCE" },
        now: during,
      }),
    ).toEqual({ validatedBaskets: 5, paidNow: 2, leftAsDebts: 1 });

    expect(await db().payment.findFirstOrThrow({ where: { orderId: unpaid.order.id } })).toMatchObject({
      method: "ON_SITE",
      onSiteMethod: "CHEQUE",
      amountCents: 300,
      status: "SUCCEEDED",
    });
    expect(await db().order.findUniqueOrThrow({ where: { id: inCredit.order.id } })).toMatchObject({
      paymentMethod: "BALANCE",
    });
    const after = await getDistributionPayments({ actor: admin, marketId: market.id, distributionId: distribution.id });
    expect(after.baskets.get(halfPaid.order.id)).toMatchObject({ dueCents: 200, balanceCents: -200 });
    expect(after.baskets.get(inCredit.order.id)).toMatchObject({ dueCents: 0, balanceCents: 700 });
    expect(after.till).toEqual({
      byMethod: [
        { method: "CASH", cents: 100 },
        { method: "CHEQUE", cents: 300 },
        { method: "CARD_TERMINAL", cents: 0 },
        { method: "TRANSFER", cents: 300 },
        { method: "CARD", cents: 300 },
      ],
      tillCents: 400,
    });
    // The till's figures are the ledger's: what the till account holds for these baskets.
    const [{ held }] = await db().$queryRaw<{ held: bigint }[]>`
      SELECT -sum(e."amountCents") AS held FROM "LedgerEntry" e JOIN "Order" o ON o.id = e."orderId"
      WHERE e.account = 'MARKET_TILL' AND o."distributionId" = ${distribution.id}`;
    expect(Number(held)).toBe(after.till.tillCents);

    // A payment reversed after the day comes off the till.
    const cheque = await db().payment.findFirstOrThrow({ where: { orderId: unpaid.order.id } });
    await reversePayment({ actor: admin, marketId: market.id, paymentId: cheque.id, now: during });
    const reversed = await getDistributionPayments({
      actor: admin,
      marketId: market.id,
      distributionId: distribution.id,
    });
    expect(reversed.till.tillCents).toBe(100);
    expect(reversed.baskets.get(unpaid.order.id)!.dueCents).toBe(300);
    expect(await unbalancedTransactions()).toEqual([]);
  });
});

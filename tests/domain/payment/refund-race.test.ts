import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { shopperBalanceCents } from "@/lib/domain/ledger/balances";
import { receivePayment } from "@/lib/domain/payment/receive-payment";
import { refundOverpayment } from "@/lib/domain/payment/refund-overpayment";
import { withFakeStripe } from "../../support/fake-stripe";
import {
  createConfirmedOrderFor,
  createDistribution,
  createMarket,
  createMembership,
  createUser,
  payByCard,
  unbalancedTransactions,
} from "../../support/factories";
import { onRealPostgres } from "../../support/on-real-postgres";

const available = onRealPostgres("cabas_refund_race");
const fake = withFakeStripe();
const now = new Date("2026-06-01T10:00:00Z");

// A confirmed basket of 3,00 € paid 8,00 €, and its market's admin.
async function overpaidBasket(pay: (order: { id: string; marketId: string; userId: string }) => Promise<unknown>) {
  const market = await createMarket();
  const distribution = await createDistribution(market, { now, inDays: 2 });
  const { order } = await createConfirmedOrderFor(distribution);
  await pay(order);
  const admin = await createUser();
  await createMembership(market.id, admin.id, { isAdmin: true });
  return { order, admin: await loadActor(admin.id) };
}

describe.skipIf(!available)("refunds on PostgreSQL", () => {
  it("five refunds of one overpayment to the balance at the same instant record it once", async () => {
    const { order, admin } = await overpaidBasket((o) =>
      db().$transaction((tx) => receivePayment(tx, { ...o, orderId: o.id, method: "TRANSFER", amountCents: 800, now })),
    );
    const results = await Promise.all(
      Array.from({ length: 5 }, () => refundOverpayment({ actor: admin, orderId: order.id, now })),
    );
    expect(results.map((r) => r.toBalanceCents).sort()).toEqual([0, 0, 0, 0, 500]);
    expect(await db().refund.findMany({ where: { orderId: order.id } })).toMatchObject([
      { destination: "BALANCE", amountCents: 500 },
    ]);
    expect(await shopperBalanceCents(db(), order.marketId, order.userId)).toBe(500);
    expect(await unbalancedTransactions()).toEqual([]);
  });

  it("five refunds of one card overpayment at the same instant refund the card once", async () => {
    const { order, admin } = await overpaidBasket((o) => payByCard(o, 800));
    const results = await Promise.all(
      Array.from({ length: 5 }, () => refundOverpayment({ actor: admin, orderId: order.id, now })),
    );
    expect(results.map((r) => r.toCardCents).sort()).toEqual([0, 0, 0, 0, 500]);
    expect(await db().refund.findMany({ where: { orderId: order.id } })).toMatchObject([
      { destination: "CARD", amountCents: 500, status: "SUCCEEDED" },
    ]);
    expect(fake.requests.filter((r) => r.path === "/v1/refunds")).toHaveLength(1);
    expect(await shopperBalanceCents(db(), order.marketId, order.userId)).toBe(0);
    expect(await unbalancedTransactions()).toEqual([]);
  });
});

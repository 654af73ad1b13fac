import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { recordPayment } from "@/lib/domain/payment/record-payment";
import { reversePayment } from "@/lib/domain/payment/reverse-payment";
import {
  createConfirmedOrderFor,
  createDistribution,
  createMarket,
  createMembership,
  createUser,
  unbalancedTransactions,
} from "../../support/factories";
import { onRealPostgres } from "../../support/on-real-postgres";

const available = onRealPostgres("cabas_payment_races");
const now = new Date("2026-06-04T17:30:00Z");

async function basketToPay() {
  const market = await createMarket();
  const distribution = await createDistribution(market, { now: new Date("2026-06-01T10:00:00Z"), inDays: 3 });
  const admin = await createUser();
  await createMembership(market.id, admin.id, { isAdmin: true });
  const { order } = await createConfirmedOrderFor(distribution);
  return { market, order, admin: await loadActor(admin.id) };
}

const errorCodes = (results: PromiseSettledResult<unknown>[]) =>
  results.flatMap((r) => (r.status === "rejected" ? [(r.reason as { code?: string }).code] : []));

describe.skipIf(!available)("recording and reversing payments on PostgreSQL", () => {
  it("three admins recording the whole basket at once: one payment is taken", async () => {
    const { market, order, admin } = await basketToPay();
    const results = await Promise.allSettled(
      Array.from({ length: 3 }, () =>
        recordPayment({ actor: admin, marketId: market.id, orderId: order.id, method: "CASH", amount: "3", now }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(errorCodes(results)).toEqual(["NOTHING_DUE", "NOTHING_DUE"]);
    expect(await db().payment.count({ where: { orderId: order.id } })).toBe(1);
  });

  it("five reversals of one payment at once: one is posted", async () => {
    const { market, order, admin } = await basketToPay();
    const { paymentId } = await recordPayment({
      actor: admin,
      marketId: market.id,
      orderId: order.id,
      method: "CASH",
      amount: "3",
      now,
    });
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () =>
        reversePayment({ actor: admin, marketId: market.id, paymentId: paymentId!, now }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(errorCodes(results)).toEqual(Array(4).fill("PAYMENT_ALREADY_REVERSED"));
    expect(await db().ledgerTransaction.count({ where: { paymentId: paymentId!, kind: "REVERSAL" } })).toBe(1);
    expect(await unbalancedTransactions()).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { payDuePayouts } from "@/lib/domain/payout/pay-due-payouts";
import { schedulePayouts } from "@/lib/domain/payout/schedule-payouts";
import { stripeTransfer } from "@/lib/payments/stripe-transfer";
import { withFakeStripe } from "../../support/fake-stripe";
import { createMarket, createProduct, createProducerWithCatalog, createUser, payByCard } from "../../support/factories";
import { onRealPostgres } from "../../support/on-real-postgres";

const available = onRealPostgres("cabas_payout_race");
const fake = withFakeStripe();

describe.skipIf(!available)("payout batch on PostgreSQL", () => {
  it("three batches run at the same instant schedule and pay every producer exactly once", async () => {
    const market = await createMarket();
    const validatedAt = new Date("2024-01-03T19:00:00Z"); // Wed → available Sat 6 → paid Mon 8 Jan
    const distribution = await db().distribution.create({
      data: {
        marketId: market.id,
        placeId: market.places[0].id,
        day: new Date("2024-01-03T00:00:00Z"),
        ordersOpenAt: new Date("2023-12-20T07:00:00Z"),
        ordersCloseAt: new Date("2024-01-02T17:00:00Z"),
        pickupStartAt: new Date("2024-01-03T16:00:00Z"),
        pickupEndAt: new Date("2024-01-03T18:00:00Z"),
      },
    });
    for (let i = 0; i < 5; i++) {
      const { producer, catalog } = await createProducerWithCatalog();
      await db().producer.update({
        where: { id: producer.id },
        data: { stripeAccountId: `acct_${i}`, stripeOnboardedAt: new Date() },
      });
      const product = await createProduct(catalog.id, { priceCents: 500 });
      const shopper = await createUser();
      const order = await db().order.create({
        data: {
          marketId: market.id,
          distributionId: distribution.id,
          userId: shopper.id,
          basketNumber: i + 1,
          lines: {
            create: [{ productId: product.id, quantity: 2, unitPriceCents: 500, vatRateBp: 550, productName: "x" }],
          },
        },
      });
      await payByCard(order, 1000);
      await db().order.update({ where: { id: order.id }, data: { validatedAt } });
    }
    // Validated once its baskets are paid: a card payment settling later confirms no draft (confirm-basket.ts).
    await db().distribution.update({ where: { id: distribution.id }, data: { validatedAt } });
    const now = new Date("2024-01-08T09:00:00Z");
    const batch = async () => {
      await schedulePayouts({ now });
      return payDuePayouts({ now, transfer: stripeTransfer() });
    };
    const results = await Promise.all([batch(), batch(), batch()]);
    expect(results.reduce((s, r) => s + r.paid, 0)).toBe(5);
    expect(await db().payout.count({ where: { status: "PAID" } })).toBe(5);
    expect(fake.requests.filter((r) => r.path === "/v1/transfers")).toHaveLength(5);
    expect(await db().ledgerTransaction.count({ where: { kind: "FEE" } })).toBe(0); // the market takes no fee
    expect(await db().ledgerTransaction.count({ where: { kind: "PAYOUT" } })).toBe(5);
  });
});

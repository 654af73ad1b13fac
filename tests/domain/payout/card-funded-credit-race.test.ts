import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { adjustBasket } from "@/lib/domain/distribution-day/adjust-basket";
import { validateDistribution } from "@/lib/domain/distribution-day/validate-distribution";
import { recordOrderDebt } from "@/lib/domain/ledger/record-order-debt";
import { collectedOnlineByProducer } from "@/lib/domain/payout/online-collected";
import { schedulePayouts } from "@/lib/domain/payout/schedule-payouts";
import { withFakeStripe } from "../../support/fake-stripe";
import {
  createDistribution,
  createMarket,
  createMembership,
  createProduct,
  createProducerWithCatalog,
  createUser,
  payByCard,
  unbalancedTransactions,
} from "../../support/factories";
import { onRealPostgres } from "../../support/on-real-postgres";

const available = onRealPostgres("cabas_card_credit_race");
withFakeStripe();
const ordering = new Date("2026-06-01T10:00:00Z");

// A shopper's card basket of week 1 (three loaves, 12,60 €), validated and scheduled, then adjusted to one loaf
// with the 8,40 € on the balance; their week-2 basket (two loaves) paid from that balance and validated, its
// payouts not scheduled yet.
async function creditWaitingForWeekTwo() {
  const market = await createMarket();
  const admin = await createUser();
  await createMembership(market.id, admin.id, { isAdmin: true });
  const { producer, catalog } = await createProducerWithCatalog();
  const bread = await createProduct(catalog.id, { priceCents: 420 });
  const shopper = await createUser();
  await createMembership(market.id, shopper.id);
  const weeks = [
    await createDistribution(market, { now: ordering, inDays: 3 }),
    await createDistribution(market, { now: ordering, inDays: 10 }),
  ];
  const basket = async (distributionId: string, quantity: number) =>
    db().order.create({
      data: {
        marketId: market.id,
        distributionId,
        userId: shopper.id,
        basketNumber: 1,
        lines: {
          create: [{ productId: bread.id, quantity, unitPriceCents: 420, vatRateBp: 550, productName: "Pain" }],
        },
      },
    });
  const validate = async (d: { id: string; pickupStartAt: Date }) => {
    const validatedAt = new Date(d.pickupStartAt.getTime() + 3_600_000);
    await db().order.updateMany({ where: { distributionId: d.id }, data: { validatedAt } });
    await db().distribution.update({ where: { id: d.id }, data: { validatedAt } });
    return validatedAt;
  };
  const first = await basket(weeks[0].id, 3);
  await payByCard(first, 1260);
  await schedulePayouts({ now: await validate(weeks[0]) });
  const actor = await loadActor(admin.id);
  const line = await db().orderLine.findFirstOrThrow({ where: { orderId: first.id } });
  const adjustLine = (delivered: string) =>
    adjustBasket({
      actor,
      marketId: market.id,
      orderId: first.id,
      delivered: { [line.id]: delivered },
      refundTo: "BALANCE",
      now: new Date(weeks[1].pickupStartAt.getTime() + 2 * 3_600_000),
    });
  await adjustLine("1");
  const second = await db().order.update({
    where: { id: (await basket(weeks[1].id, 2)).id },
    data: { confirmedAt: ordering, paymentMethod: "BALANCE" },
  });
  await db().$transaction((tx) => recordOrderDebt(tx, second.id));
  const scheduledAt = new Date((await validate(weeks[1])).getTime() + 3_600_000);
  return { producer, weeks, adjustLine, scheduledAt };
}

describe.skipIf(!available)("card-funded credit on PostgreSQL", () => {
  it("scheduling week 2 while week 1's basket takes its credit back ends with the payout of what is left", async () => {
    for (let round = 0; round < 6; round++) {
      const { producer, weeks, adjustLine, scheduledAt } = await creditWaitingForWeekTwo();
      // The second loaf is found delivered after all (the credit falls to 4,20 €) while the payouts are scheduled.
      await Promise.all([schedulePayouts({ now: scheduledAt }), adjustLine("2")]);
      const payout = await db().payout.findUnique({
        where: { producerId_distributionId: { producerId: producer.id, distributionId: weeks[1].id } },
      });
      expect((await collectedOnlineByProducer(db(), weeks[1].id)).get(producer.id)).toBe(420);
      expect(payout).toMatchObject({ onlineCents: 420, amountCents: 420 });
    }
    expect(await unbalancedTransactions()).toEqual([]);
  });

  it("an admin adjusting a basket while another validates its distribution: both go through, one after the other", async () => {
    for (let round = 0; round < 4; round++) {
      const market = await createMarket();
      const admin = await createUser();
      await createMembership(market.id, admin.id, { isAdmin: true });
      const actor = await loadActor(admin.id);
      const { catalog } = await createProducerWithCatalog();
      const bread = await createProduct(catalog.id, { priceCents: 420 });
      const d = await createDistribution(market, { now: ordering, inDays: 3 });
      const baskets = [];
      for (let n = 1; n <= 6; n++) {
        const shopper = await createUser();
        await createMembership(market.id, shopper.id);
        const order = await db().order.create({
          data: {
            marketId: market.id,
            distributionId: d.id,
            userId: shopper.id,
            basketNumber: n,
            confirmedAt: ordering,
            paymentMethod: "ON_SITE",
            lines: {
              create: [{ productId: bread.id, quantity: 2, unitPriceCents: 420, vatRateBp: 550, productName: "Pain" }],
            },
          },
          include: { lines: true },
        });
        await db().$transaction((tx) => recordOrderDebt(tx, order.id));
        baskets.push(order);
      }
      const now = new Date(d.pickupStartAt.getTime() + 60_000);
      // The last basket, which the validation reaches last: the adjustment holds it first, and must not then wait
      // for the distribution the validation holds (their payouts are not scheduled: there is nothing to follow).
      const last = baskets.at(-1)!;
      await Promise.all([
        validateDistribution({
          actor,
          marketId: market.id,
          distributionId: d.id,
          unpaid: Object.fromEntries(baskets.map((b) => [b.id, "DEBT" as const])),
          now,
        }),
        adjustBasket({ actor, marketId: market.id, orderId: last.id, delivered: { [last.lines[0].id]: "1" }, now }),
      ]);
      expect(await db().order.count({ where: { distributionId: d.id, validatedAt: { not: null } } })).toBe(6);
      expect((await db().orderLine.findUniqueOrThrow({ where: { id: last.lines[0].id } })).totalCents).toBe(420);
    }
    expect(await unbalancedTransactions()).toEqual([]);
  });
});

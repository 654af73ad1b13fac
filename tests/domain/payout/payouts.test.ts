import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { payDuePayouts } from "@/lib/domain/payout/pay-due-payouts";
import { feeCents, schedulePayouts } from "@/lib/domain/payout/schedule-payouts";
import { stripeTransfer } from "@/lib/payments/stripe-transfer";
import { zonedInstant } from "@/lib/time";
import { withFakeStripe } from "../../support/fake-stripe";
import { createMarket, createProduct, createProducerWithCatalog, createUser } from "../../support/factories";

const fake = withFakeStripe();

const paris = (day: string, hh: number) => zonedInstant(day, hh * 60, "Europe/Paris");
const producerBalance = async (producerId: string) =>
  (await db().ledgerEntry.aggregate({ where: { producerId }, _sum: { amountCents: true } }))._sum.amountCents ?? 0;

describe("producer payouts", () => {
  it.each([
    [10_000, 250, 250],
    [1_234, 250, 31], // 30,85 → 31
    [999, 0, 0],
  ])("fee on %i c at %i bp is %i c", (gross, bp, fee) => {
    expect(feeCents(gross, bp)).toBe(fee);
  });

  it("pays each producer what was delivered, net of fees, on the first Monday ≥ validation + 3 days, once", async () => {
    const market = await createMarket({ feeBp: 250 });
    const farm = await createProducerWithCatalog("Ferme connectée");
    await db().producer.update({
      where: { id: farm.producer.id },
      data: { stripeAccountId: "acct_farm", stripeOnboardedAt: new Date() },
    });
    const farmer = await createUser({ email: "paysan@example.test" });
    await db().producerUser.create({ data: { producerId: farm.producer.id, userId: farmer.id } });
    const bakery = await createProducerWithCatalog("Boulangerie sans Stripe");
    const almonds = await createProduct(farm.catalog.id, { priceCents: 1485, bulk: true, unit: "KG", step: 0.1 });
    const bread = await createProduct(bakery.catalog.id, { priceCents: 420 });
    const distribution = await db().distribution.create({
      data: {
        marketId: market.id,
        placeId: market.places[0].id,
        day: new Date("2023-09-09T00:00:00Z"),
        ordersOpenAt: paris("2023-08-30", 8),
        ordersCloseAt: paris("2023-09-08", 19),
        pickupStartAt: paris("2023-09-09", 17),
        pickupEndAt: paris("2023-09-09", 19),
        validatedAt: paris("2023-09-09", 20), // Saturday 9 Sep → available Tue 12 → paid Mon 18
      },
    });
    let basket = 0;
    for (const [almondKg, delivered, breads] of [
      ["0.5", "0.42", 2],
      ["1", null, 1],
    ] as const) {
      const shopper = await createUser();
      await db().order.create({
        data: {
          marketId: market.id,
          distributionId: distribution.id,
          userId: shopper.id,
          basketNumber: ++basket,
          validatedAt: paris("2023-09-09", 18),
          lines: {
            create: [
              {
                productId: almonds.id,
                quantity: almondKg,
                deliveredQuantity: delivered,
                unitPriceCents: 1485,
                vatRateBp: 550,
                productName: "Amandes",
              },
              { productId: bread.id, quantity: breads, unitPriceCents: 420, vatRateBp: 550, productName: "Pain" },
            ],
          },
        },
      });
    }

    expect(await schedulePayouts({ now: paris("2023-09-09", 21) })).toMatchObject({ created: 2, failures: [] });
    expect(await schedulePayouts({ now: paris("2023-09-09", 22) })).toMatchObject({ created: 0, failures: [] });
    const farmPayout = await db().payout.findFirstOrThrow({ where: { producerId: farm.producer.id } });
    // 0,42 kg → 6,24 € ; 1 kg → 14,85 € ; gross 21,09 € ; fee 2,5 % = 0,53 €
    expect(farmPayout).toMatchObject({ grossCents: 2109, feeCents: 53, status: "SCHEDULED" });
    expect(farmPayout.scheduledFor.toISOString().slice(0, 10)).toBe("2023-09-18");
    expect(farmPayout.availableOn.toISOString().slice(0, 10)).toBe("2023-09-12");
    expect(await producerBalance(farm.producer.id)).toBe(2056);

    expect(await payDuePayouts({ now: paris("2023-09-17", 23), transfer: stripeTransfer() })).toEqual({
      paid: 0,
      manual: 0,
      succeeded: 0,
      failures: [],
    });
    expect(await payDuePayouts({ now: paris("2023-09-18", 0), transfer: stripeTransfer() })).toEqual({
      paid: 1,
      manual: 1,
      succeeded: 2,
      failures: [],
    });
    expect(await payDuePayouts({ now: paris("2023-09-18", 6), transfer: stripeTransfer() })).toEqual({
      paid: 0,
      manual: 0,
      succeeded: 0,
      failures: [],
    });

    const transfers = fake.requests.filter((r) => r.path === "/v1/transfers");
    expect(transfers).toHaveLength(1);
    expect(transfers[0].body.get("amount")).toBe("2056");
    expect(transfers[0].body.get("destination")).toBe("acct_farm");
    expect(transfers[0].idempotencyKey).toBe(`payout-${farmPayout.id}`);
    expect(await db().payout.findUniqueOrThrow({ where: { id: farmPayout.id } })).toMatchObject({
      status: "PAID",
      stripeTransferId: expect.stringMatching(/^tr_fake_/),
    });
    expect(await producerBalance(farm.producer.id)).toBe(0);
    expect(
      (await db().emailOutbox.findFirstOrThrow({ where: { toEmail: "paysan@example.test", template: "payout-sent" } }))
        .text,
    ).toMatch(/20,56\s€ pour la distribution du samedi 9 septembre 2023/);
    // 3 breads: 12,60 € − 0,32 € fee, due by bank transfer.
    expect(await db().payout.findFirstOrThrow({ where: { producerId: bakery.producer.id } })).toMatchObject({
      status: "MANUAL",
      grossCents: 1260,
      feeCents: 32,
    });
    expect(await producerBalance(bakery.producer.id)).toBe(1228);
  });
});

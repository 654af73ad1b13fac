import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { adjustBasket } from "@/lib/domain/distribution-day/adjust-basket";
import { getDistributionDay } from "@/lib/domain/distribution-day/get-distribution-day";
import { validateBasket } from "@/lib/domain/distribution-day/validate-basket";
import { validateDistribution } from "@/lib/domain/distribution-day/validate-distribution";
import { DomainError } from "@/lib/domain/errors";
import { setBasketQuantity } from "@/lib/domain/order/set-basket-quantity";
import { confirmOrder } from "@/lib/domain/order/confirm-order";
import {
  createDistribution,
  createMarket,
  createMembership,
  createParticipation,
  createProducerWithCatalog,
  createProduct,
  createUser,
} from "../../support/factories";

const ordering = new Date("2026-06-01T10:00:00Z");

async function dayWithBaskets() {
  const market = await createMarket();
  const distribution = await createDistribution(market, { now: ordering, inDays: 3 });
  const { catalog } = await createProducerWithCatalog();
  await db().catalogLink.create({ data: { catalogId: catalog.id, marketId: market.id } });
  await createParticipation(distribution.id, catalog.id);
  const squash = await createProduct(catalog.id, {
    name: "Courge",
    priceCents: 290,
    unit: "KG",
    variableWeight: true,
    step: 0.1,
  });
  const bread = await createProduct(catalog.id, { name: "Pain", priceCents: 420 });
  const admin = await createUser();
  await createMembership(market.id, admin.id, { isAdmin: true });
  const shoppers = [];
  for (const [first, last] of [
    ["Zoé", "Martin"],
    ["Amina", "Benali"],
  ]) {
    const actor = await loadActor((await createUser({ firstName: first, lastName: last })).id);
    const { orderId } = await setBasketQuantity({
      actor,
      distributionId: distribution.id,
      productId: squash.id,
      quantityText: "2",
      mode: "add",
      now: ordering,
    });
    await setBasketQuantity({
      actor,
      distributionId: distribution.id,
      productId: bread.id,
      quantityText: "1",
      mode: "add",
      now: ordering,
    });
    await confirmOrder({ actor, orderId, method: "ON_SITE", now: ordering });
    shoppers.push({ actor, orderId });
  }
  return {
    market,
    distribution,
    admin: await loadActor(admin.id),
    shoppers,
    during: new Date(distribution.pickupStartAt.getTime() + 10 * 60_000),
  };
}

const balance = async (userId: string) =>
  (await db().ledgerEntry.aggregate({ where: { userId }, _sum: { amountCents: true } }))._sum.amountCents ?? 0;

describe("distribution day", () => {
  it("lists baskets by last name, adjusts a weighed line, records the on-the-spot payment and validates", async () => {
    const { market, distribution, admin, shoppers, during } = await dayWithBaskets();
    const day = await getDistributionDay({
      actor: admin,
      marketId: market.id,
      distributionId: distribution.id,
      now: during,
    });
    expect(day.baskets.map((b) => b.user.lastName)).toEqual(["Benali", "Martin"]);
    const zoe = day.baskets.find((b) => b.user.lastName === "Martin")!;
    const squashLine = zoe.lines.find((l) => l.productName === "Courge")!;
    const adjust = (delivered: Record<string, string>) =>
      adjustBasket({ actor: admin, marketId: market.id, orderId: zoe.id, delivered, now: during });
    expect(await adjust({ [squashLine.id]: "1,6" })).toMatchObject({ totalCents: 884, refundDueCents: 0 });
    await expect(adjust({ [squashLine.id]: "beaucoup" })).rejects.toEqual(
      new DomainError("QUANTITY_INVALID", `line-${squashLine.id}`),
    );
    expect(await balance(shoppers[0].actor.userId)).toBe(-884);

    await expect(
      validateBasket({ actor: admin, marketId: market.id, orderId: zoe.id, onSiteMethod: null, now: during }),
    ).rejects.toEqual(new DomainError("ON_SITE_METHOD_REQUIRED", "onSiteMethod"));
    await validateBasket({ actor: admin, marketId: market.id, orderId: zoe.id, onSiteMethod: "CHEQUE", now: during });
    expect(await balance(shoppers[0].actor.userId)).toBe(0);
    expect(await db().payment.findFirst({ where: { orderId: zoe.id } })).toMatchObject({
      method: "ON_SITE",
      onSiteMethod: "CHEQUE",
      amountCents: 884,
      status: "SUCCEEDED",
    });
    const validatedMail = await db().emailOutbox.findUniqueOrThrow({
      where: { dedupeKey: `basket-validated:${zoe.id}` },
    });
    expect(validatedMail.text).toMatch(/Montant final : 8,84\s€/);
    // With the VAT it includes per rate, as its lines store it, and every blank of the shared copy filled.
    const euros = (cents: number) => `${(cents / 100).toFixed(2).replace(".", ",")}\\s€`;
    const rates = await db().orderLine.groupBy({
      by: ["vatRateBp"],
      where: { orderId: zoe.id },
      _sum: { netCents: true, vatCents: true, totalCents: true },
    });
    expect(rates.length).toBeGreaterThan(0);
    expect(validatedMail.text).toContain("Dont TVA, par taux");
    for (const { vatRateBp, _sum } of rates)
      expect(validatedMail.text).toMatch(
        new RegExp(
          `${String(vatRateBp / 100).replace(".", ",")} %\\s+${euros(_sum.netCents!)}\\s+${euros(_sum.vatCents!)}\\s+${euros(_sum.totalCents!)}`,
        ),
      );
    expect(validatedMail.text).toMatch(/Total\s+[\d,]+\s€\s+[\d,]+\s€\s+8,84\s€/);
    expect(`${validatedMail.html}${validatedMail.text}`).not.toContain("-blank");
  });

  it("validates the distribution only once pick-up has started, and with it every remaining basket", async () => {
    const { market, distribution, admin, shoppers, during } = await dayWithBaskets();
    const asDebts = Object.fromEntries(shoppers.map((s) => [s.orderId, "DEBT" as const]));
    await expect(
      validateDistribution({
        actor: admin,
        marketId: market.id,
        distributionId: distribution.id,
        unpaid: asDebts,
        now: ordering,
      }),
    ).rejects.toEqual(new DomainError("DISTRIBUTION_NOT_STARTED"));
    await expect(
      validateDistribution({
        actor: shoppers[0].actor,
        marketId: market.id,
        distributionId: distribution.id,
        unpaid: asDebts,
        now: during,
      }),
    ).rejects.toEqual(new DomainError("FORBIDDEN"));
    expect(
      await validateDistribution({
        actor: admin,
        marketId: market.id,
        distributionId: distribution.id,
        unpaid: asDebts,
        now: during,
      }),
    ).toEqual({ validatedBaskets: 2, paidNow: 0, leftAsDebts: 2 });
    expect(await db().order.count({ where: { distributionId: distribution.id, validatedAt: null } })).toBe(0);
    await expect(
      validateDistribution({
        actor: admin,
        marketId: market.id,
        distributionId: distribution.id,
        unpaid: asDebts,
        now: during,
      }),
    ).rejects.toEqual(new DomainError("DISTRIBUTION_ALREADY_VALIDATED"));
  });
});

describe("orders of a distribution", () => {
  it("sums delivered quantities by product and amounts by producer", async () => {
    const { market, distribution, admin, during } = await dayWithBaskets();
    const { summarizeOrders } = await import("@/lib/domain/distribution-day/summarize-orders");
    const day = await getDistributionDay({
      actor: admin,
      marketId: market.id,
      distributionId: distribution.id,
      now: during,
    });
    const squash = day.baskets[0].lines.find((l) => l.productName === "Courge")!;
    await adjustBasket({
      actor: admin,
      marketId: market.id,
      orderId: day.baskets[0].id,
      delivered: { [squash.id]: "1,5" },
      now: during,
    });
    const summary = summarizeOrders(
      (await getDistributionDay({ actor: admin, marketId: market.id, distributionId: distribution.id, now: during }))
        .baskets,
    );
    expect(summary.byProduct.map((p) => [p.name, p.quantity, p.totalCents])).toEqual([
      ["Courge", "3.5", 435 + 580],
      ["Pain", "2", 840],
    ]);
    expect(summary.totalCents).toBe(435 + 580 + 840);
    expect(summary.byProducer).toHaveLength(1);
  });
});

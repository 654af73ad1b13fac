import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { queueCloseNotices } from "@/lib/domain/notice/queue-close-notices";
import { queuePickupReminders } from "@/lib/domain/notice/queue-pickup-reminders";
import { queueSaleOpeningNotices } from "@/lib/domain/notice/queue-sale-opening-notices";
import { queueValidationReminders } from "@/lib/domain/notice/queue-validation-reminders";
import {
  createDistribution,
  createMarket,
  createMembership,
  createParticipation,
  createProducerWithCatalog,
  createProduct,
  createUser,
} from "../../support/factories";

const appUrl = "http://cabas.test";
const mailsTo = (email: string) =>
  db().emailOutbox.findMany({ where: { toEmail: email }, orderBy: { createdAt: "asc" } });

async function marketWithDistribution(now: Date, inDays: number) {
  const market = await createMarket({ name: "La Cagette de Captieux" });
  const distribution = await createDistribution(market, { now, inDays });
  return { market, distribution };
}

describe("automatic notices", () => {
  it("sale opening: once per member who did not opt out, in their language, from the market's name", async () => {
    const now = new Date("2026-06-01T10:00:00Z");
    const { market, distribution } = await marketWithDistribution(now, 5); // opened 5 days ago
    await createParticipation(distribution.id, (await createProducerWithCatalog()).catalog.id);
    const fr = await createUser({ email: "fr@example.test" });
    const en = await createUser({ email: "en@example.test", locale: "en" });
    const optedOut = await createUser({ email: "non@example.test", notifySaleOpening: false });
    const left = await createUser({ email: "parti@example.test" });
    for (const u of [fr, en, optedOut]) await createMembership(market.id, u.id);
    await createMembership(market.id, left.id, { leftAt: now });

    const runs = await Promise.all([
      queueSaleOpeningNotices({ now, appUrl }),
      queueSaleOpeningNotices({ now, appUrl }),
    ]);
    expect(runs.reduce((s, r) => s + r.queued, 0)).toBe(2);
    expect(await queueSaleOpeningNotices({ now, appUrl })).toMatchObject({ queued: 0, failures: [] });

    const [mail] = await mailsTo("fr@example.test");
    expect(mail).toMatchObject({
      fromName: "La Cagette de Captieux",
      subject: "La Cagette de Captieux : les commandes sont ouvertes",
    });
    expect(mail.text).toContain("de 19:00 à 20:00"); // market time, not UTC
    expect(mail.html).toContain(`${appUrl}/m/${market.slug}/distributions/${distribution.id}`);
    expect((await mailsTo("en@example.test"))[0].subject).toBe("La Cagette de Captieux: orders are open");
    expect(await mailsTo("non@example.test")).toHaveLength(0);
    expect(await mailsTo("parti@example.test")).toHaveLength(0);
  });

  it("sale opening: not while no producer's catalog has accepted the sale, then as soon as one has", async () => {
    const now = new Date("2026-06-01T10:00:00Z");
    const { market, distribution } = await marketWithDistribution(now, 5); // opened 5 days ago
    const member = await createUser({ email: "attente@example.test" });
    await createMembership(market.id, member.id);
    const [invited, declined] = [
      (await createProducerWithCatalog()).catalog,
      (await createProducerWithCatalog()).catalog,
    ];
    await createParticipation(distribution.id, invited.id, "INVITED");
    await createParticipation(distribution.id, declined.id, "DECLINED");

    expect(await queueSaleOpeningNotices({ now, appUrl })).toMatchObject({ queued: 0, succeeded: 0, failures: [] });
    expect(await mailsTo("attente@example.test")).toHaveLength(0);
    expect((await db().distribution.findUniqueOrThrow({ where: { id: distribution.id } })).openingNoticeAt).toBeNull();

    await db().participation.updateMany({
      where: { distributionId: distribution.id, catalogId: invited.id },
      data: { status: "ACCEPTED" },
    });
    const later = new Date(now.getTime() + 15 * 60_000);
    expect(await queueSaleOpeningNotices({ now: later, appUrl })).toMatchObject({ queued: 1, succeeded: 1 });
    expect(await mailsTo("attente@example.test")).toHaveLength(1);
  });

  it("reminder: 24 h before pick-up, to shoppers who ordered, with their basket number", async () => {
    const now = new Date("2026-06-01T10:00:00Z");
    const { market, distribution } = await marketWithDistribution(now, 1); // pick-up tomorrow 19:00 Paris
    const { catalog } = await createProducerWithCatalog();
    const product = await createProduct(catalog.id);
    const shopper = await createUser({ email: "panier@example.test" });
    const idle = await createUser({ email: "rien@example.test" });
    await createMembership(market.id, idle.id);
    const drafter = await createUser({ email: "brouillon@example.test" });
    for (const [user, basketNumber, confirmedAt] of [
      [shopper, 7, now],
      [drafter, 8, null], // a draft is not an order: no reminder
    ] as const) {
      await db().order.create({
        data: {
          marketId: market.id,
          distributionId: distribution.id,
          userId: user.id,
          basketNumber,
          confirmedAt,
          lines: {
            create: [{ productId: product.id, quantity: 1, unitPriceCents: 300, vatRateBp: 550, productName: "Pain" }],
          },
        },
      });
    }
    expect(await queuePickupReminders({ now, appUrl })).toMatchObject({ queued: 0, failures: [] }); // 33 h before
    const later = new Date("2026-06-01T17:30:00Z"); // 23 h 30 before
    expect(await queuePickupReminders({ now: later, appUrl })).toMatchObject({ queued: 1, failures: [] });
    expect(await queuePickupReminders({ now: later, appUrl })).toMatchObject({ queued: 0, failures: [] });
    expect((await mailsTo("panier@example.test"))[0].text).toContain("numéro 7");
    expect(await mailsTo("rien@example.test")).toHaveLength(0);
    expect(await mailsTo("brouillon@example.test")).toHaveLength(0);
  });

  it("orders at close: each producer gets only its own lines, by product and by basket", async () => {
    const now = new Date("2026-06-01T10:00:00Z");
    const { market, distribution } = await marketWithDistribution(now, 3);
    const farm = await createProducerWithCatalog("Ferme des Trois Cocus");
    const bakery = await createProducerWithCatalog("Fournil");
    const farmer = await createUser({ email: "ferme@example.test" });
    await db().producerUser.create({ data: { producerId: farm.producer.id, userId: farmer.id, role: "OWNER" } });
    const baker = await createUser({ email: "fournil@example.test" });
    await db().producerUser.create({ data: { producerId: bakery.producer.id, userId: baker.id, role: "OWNER" } });
    await createParticipation(distribution.id, farm.catalog.id);
    await createParticipation(distribution.id, bakery.catalog.id);
    const lentils = await createProduct(farm.catalog.id, { name: "Lentilles", bulk: true, unit: "KG", step: 0.1 });
    const bread = await createProduct(bakery.catalog.id, { name: "Baguette" });
    let n = 0;
    for (const [last, kg, confirmedAt] of [
      ["Varda", "0.5", now],
      ["Benali", "1.25", now],
      ["Brouillon", "3", null], // a draft is not an order: producers never see it
    ] as const) {
      const shopper = await createUser({ lastName: last, firstName: "Sarah", email: `${last}@example.test` });
      await db().order.create({
        data: {
          marketId: market.id,
          distributionId: distribution.id,
          userId: shopper.id,
          basketNumber: ++n,
          confirmedAt,
          lines: {
            create: [
              { productId: lentils.id, quantity: kg, unitPriceCents: 374, vatRateBp: 550, productName: "Lentilles" },
              { productId: bread.id, quantity: 2, unitPriceCents: 130, vatRateBp: 550, productName: "Baguette" },
            ],
          },
        },
      });
    }
    expect(await queueCloseNotices({ now, appUrl })).toMatchObject({ queued: 0, failures: [] });
    const closed = new Date(distribution.ordersCloseAt.getTime());
    // The two producers' orders, and the draft's shopper told that it was dropped (as another test's was).
    expect(await queueCloseNotices({ now: closed, appUrl })).toMatchObject({ queued: 4, failures: [] });
    expect(await queueCloseNotices({ now: closed, appUrl })).toMatchObject({ queued: 0, failures: [] });
    expect((await mailsTo("Brouillon@example.test")).map((m) => m.template)).toEqual(["draft-dropped"]);
    const [farmMail] = await mailsTo("ferme@example.test");
    expect(farmMail.text).toMatch(/Lentilles\s+1,75/);
    expect(farmMail.text).toContain("VARDA Sarah");
    expect(farmMail.text).not.toContain("BROUILLON");
    expect(farmMail.text).not.toContain("Baguette");
    expect((await mailsTo("fournil@example.test"))[0].text).toMatch(/Baguette\s+4/);
  });

  it("validation: admins are asked at pick-up, again 3 days later, and never once validated", async () => {
    const now = new Date("2026-06-01T10:00:00Z");
    const { market, distribution } = await marketWithDistribution(now, 0); // pick-up today 19:00 Paris = 17:00 UTC
    const admin = await createUser({ email: "admin-notice@example.test" });
    await createMembership(market.id, admin.id, { isAdmin: true });
    const member = await createUser({ email: "membre-notice@example.test" });
    await createMembership(market.id, member.id);

    expect(await queueValidationReminders({ now, appUrl })).toMatchObject({ queued: 0, failures: [] });
    const atPickup = new Date("2026-06-01T17:00:00Z");
    expect(await queueValidationReminders({ now: atPickup, appUrl })).toMatchObject({ queued: 1, failures: [] });
    expect(await queueValidationReminders({ now: atPickup, appUrl })).toMatchObject({ queued: 0, failures: [] });
    const threeDaysLater = new Date("2026-06-04T17:00:00Z");
    expect(await queueValidationReminders({ now: threeDaysLater, appUrl })).toMatchObject({ queued: 1, failures: [] });
    const mails = await mailsTo("admin-notice@example.test");
    expect(mails.map((m) => m.template)).toEqual(["validate-distribution", "validate-distribution-late"]);
    expect(mails[0].html).toContain(`/admin/${market.id}/distributions/${distribution.id}/validation`);
    expect(await mailsTo("membre-notice@example.test")).toHaveLength(0);

    const other = await createDistribution(market, {
      now,
      inDays: -10,
      placeId: (
        await db().place.create({ data: { marketId: market.id, name: "B", address: "b", zipCode: "1", city: "c" } })
      ).id,
    });
    await db().distribution.update({ where: { id: other.id }, data: { validatedAt: now } });
    expect(await queueValidationReminders({ now: threeDaysLater, appUrl })).toMatchObject({ queued: 0, failures: [] });
  });
});

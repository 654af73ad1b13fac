import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { cancelParticipation } from "@/lib/domain/distribution-plan/cancel-participation";
import { getParticipatingCatalogs } from "@/lib/domain/distribution-plan/get-participating-catalogs";
import { inviteCatalogs } from "@/lib/domain/distribution-plan/invite-catalogs";
import { listNotifications } from "@/lib/domain/notice/list-notifications";
import { queueNoCatalogWarnings } from "@/lib/domain/notice/queue-no-catalog-warnings";
import type { ParticipationStatus } from "@/generated/prisma/client";
import {
  createDistribution,
  createMarket,
  createMembership,
  createOrderFor,
  createProducerWithCatalog,
  createProduct,
  createUser,
} from "../../support/factories";

const appUrl = "http://cabas.test";
const now = new Date("2026-06-01T10:00:00Z");

async function adminMarket() {
  const market = await createMarket({ name: "La Cagette de Captieux" });
  const user = await createUser({ email: `admin-${market.slug}@example.test` });
  await createMembership(market.id, user.id, { isAdmin: true });
  return { market, admin: await loadActor(user.id), adminUser: user };
}

// A catalog linked to the market (or once linked, with `unlinkedAt`), its producer with one user.
async function linkedCatalog(marketId: string, { unlinkedAt }: { unlinkedAt?: Date } = {}) {
  const { producer, catalog } = await createProducerWithCatalog();
  const user = await createUser({ email: `producteur-${catalog.id}@example.test` });
  await db().producerUser.create({ data: { producerId: producer.id, userId: user.id, role: "OWNER" } });
  await db().catalogLink.create({ data: { catalogId: catalog.id, marketId, unlinkedAt } });
  return { producer, catalog, user };
}

const participate = (distributionId: string, catalogId: string, status: ParticipationStatus) =>
  db().participation.create({
    data: {
      distributionId,
      catalogId,
      status,
      invitedAt: new Date("2026-05-20T08:00:00Z"),
      respondedAt: status === "INVITED" ? null : new Date("2026-05-21T08:00:00Z"),
    },
  });

const mailsTo = (email: string, template: string) => db().emailOutbox.findMany({ where: { toEmail: email, template } });
const notificationsOf = (userId: string, kind: string) => db().notification.findMany({ where: { userId, kind } });

describe("participating catalogs of a sale", () => {
  it("lists every linked catalog with its answer and active products, and the unlinked ones that took part", async () => {
    const { market, admin } = await adminMarket();
    const d = await createDistribution(market, { now, inDays: 20 });
    const notInvited = await linkedCatalog(market.id);
    const invited = await linkedCatalog(market.id);
    const accepted = await linkedCatalog(market.id);
    const declined = await linkedCatalog(market.id);
    const gone = await linkedCatalog(market.id, { unlinkedAt: new Date("2026-05-25T08:00:00Z") });
    const goneUnasked = await linkedCatalog(market.id, { unlinkedAt: new Date("2026-05-25T08:00:00Z") });
    const elsewhere = await linkedCatalog((await createMarket()).id);
    await participate(d.id, invited.catalog.id, "INVITED");
    await participate(d.id, accepted.catalog.id, "ACCEPTED");
    await participate(d.id, declined.catalog.id, "DECLINED");
    await participate(d.id, gone.catalog.id, "ACCEPTED");
    await createProduct(accepted.catalog.id, { name: "Carottes", priceCents: 240, unit: "KG", quantityPerUnit: 1 });
    await createProduct(accepted.catalog.id, { name: "Œufs (6)", priceCents: 290 });
    await createProduct(accepted.catalog.id, { name: "Navets", active: false });

    const { distribution, catalogs } = await getParticipatingCatalogs({
      actor: admin,
      marketId: market.id,
      distributionId: d.id,
      now,
    });
    expect(distribution).toMatchObject({ state: "NOT_YET_OPEN", canChange: true, withoutCatalog: false });
    const byId = new Map(catalogs.map((c) => [c.id, c]));
    expect(catalogs).toHaveLength(5);
    expect(byId.has(goneUnasked.catalog.id)).toBe(false);
    expect(byId.has(elsewhere.catalog.id)).toBe(false);
    expect(byId.get(notInvited.catalog.id)).toMatchObject({
      state: "NOT_INVITED",
      linked: true,
      invitedAt: null,
      producerName: notInvited.producer.name,
    });
    expect(byId.get(invited.catalog.id)).toMatchObject({
      state: "INVITED",
      invitedAt: new Date("2026-05-20T08:00:00Z"),
      respondedAt: null,
    });
    expect(byId.get(declined.catalog.id)).toMatchObject({
      state: "DECLINED",
      respondedAt: new Date("2026-05-21T08:00:00Z"),
    });
    expect(byId.get(gone.catalog.id)).toMatchObject({ state: "ACCEPTED", linked: false });
    expect(byId.get(accepted.catalog.id)!.products).toEqual([
      expect.objectContaining({ name: "Carottes", priceCents: 240, unit: "KG", quantityPerUnit: "1" }),
      expect.objectContaining({ name: "Œufs (6)", priceCents: 290, unit: "PIECE" }),
    ]);
  });

  it("is the market's admins' alone", async () => {
    const { market } = await adminMarket();
    const d = await createDistribution(market, { now, inDays: 20 });
    const { catalog } = await linkedCatalog(market.id);
    const member = await createUser();
    await createMembership(market.id, member.id, { canManageCatalogs: true });
    const actor = await loadActor(member.id);
    const ids = { actor, marketId: market.id, distributionId: d.id, now };
    await expect(getParticipatingCatalogs(ids)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(inviteCatalogs({ ...ids, catalogId: catalog.id, appUrl })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(cancelParticipation({ ...ids, catalogId: catalog.id, appUrl })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await db().participation.count({ where: { distributionId: d.id } })).toBe(0);
  });
});

describe("inviting one catalog", () => {
  it("tells its producer's users once, leaves the others, and asks again one that declined", async () => {
    const { market, admin } = await adminMarket();
    const d = await createDistribution(market, { now, inDays: 20 });
    const one = await linkedCatalog(market.id);
    const other = await linkedCatalog(market.id);
    const ids = { actor: admin, marketId: market.id, distributionId: d.id, appUrl };

    expect(await inviteCatalogs({ ...ids, catalogId: one.catalog.id, now })).toEqual({ invited: 1 });
    expect(await db().participation.findMany({ where: { distributionId: d.id } })).toEqual([
      expect.objectContaining({ catalogId: one.catalog.id, status: "INVITED", invitedAt: now }),
    ]);
    const [mail] = await mailsTo(one.user.email, "participation-invite");
    expect(mail.subject).toMatch(/^La Cagette de Captieux vous invite à la vente du /);
    expect(await notificationsOf(one.user.id, "participation.invited")).toHaveLength(1);
    expect(await mailsTo(other.user.email, "participation-invite")).toHaveLength(0);

    // Twice: nothing sent again.
    const later = new Date(now.getTime() + 60_000);
    expect(await inviteCatalogs({ ...ids, catalogId: one.catalog.id, now: later })).toEqual({ invited: 0 });
    expect(await mailsTo(one.user.email, "participation-invite")).toHaveLength(1);
    expect(await notificationsOf(one.user.id, "participation.invited")).toHaveLength(1);

    // « Inviter tous » asks only the catalog not asked yet.
    expect(await inviteCatalogs({ ...ids, now: later })).toEqual({ invited: 1 });
    expect(await mailsTo(one.user.email, "participation-invite")).toHaveLength(1);
    expect(await mailsTo(other.user.email, "participation-invite")).toHaveLength(1);

    await db().participation.updateMany({
      where: { catalogId: other.catalog.id },
      data: { status: "DECLINED", respondedAt: later },
    });
    const again = new Date(now.getTime() + 3_600_000);
    expect(await inviteCatalogs({ ...ids, catalogId: other.catalog.id, now: again })).toEqual({ invited: 1 });
    expect(
      await db().participation.findUniqueOrThrow({
        where: { distributionId_catalogId: { distributionId: d.id, catalogId: other.catalog.id } },
      }),
    ).toMatchObject({ status: "INVITED", invitedAt: again, respondedAt: null });
    expect(await mailsTo(other.user.email, "participation-invite")).toHaveLength(2);
  });

  it("refuses a catalog not linked to the market, and a sale whose orders are closed", async () => {
    const { market, admin } = await adminMarket();
    const d = await createDistribution(market, { now, inDays: 20 });
    const stranger = await linkedCatalog((await createMarket()).id);
    const ids = { actor: admin, marketId: market.id, distributionId: d.id, appUrl, now };
    await expect(inviteCatalogs({ ...ids, catalogId: stranger.catalog.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(inviteCatalogs({ ...ids, catalogId: "" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const { catalog } = await linkedCatalog(market.id);
    const closed = await createDistribution(market, { now, inDays: 0 }); // pick-up tonight: orders closed
    await expect(inviteCatalogs({ ...ids, distributionId: closed.id, catalogId: catalog.id })).rejects.toMatchObject({
      code: "SALE_CATALOGS_CLOSED",
    });
    await db().distribution.update({ where: { id: d.id }, data: { cancelledAt: now } });
    await expect(inviteCatalogs({ ...ids, catalogId: catalog.id })).rejects.toMatchObject({
      code: "DISTRIBUTION_CANCELLED",
    });
    expect(await db().participation.count({ where: { catalogId: { in: [catalog.id, stranger.catalog.id] } } })).toBe(0);
  });
});

describe("cancelling a catalog's participation", () => {
  async function orderWithProductOf(
    d: { id: string; marketId: string },
    catalogId: string,
    { confirmed }: { confirmed: boolean },
  ) {
    const product = await createProduct(catalogId);
    const { order } = await createOrderFor(d);
    await db().orderLine.create({
      data: {
        orderId: order.id,
        productId: product.id,
        quantity: 1,
        heldQuantity: 1,
        unitPriceCents: product.priceCents,
        vatRateBp: 550,
        productName: product.name,
      },
    });
    if (confirmed)
      await db().order.update({ where: { id: order.id }, data: { confirmedAt: now, paymentMethod: "ON_SITE" } });
    return order;
  }

  it("withdraws an invitation and takes an accepted catalog out of a sale without orders, its producer told", async () => {
    const { market, admin } = await adminMarket();
    const d = await createDistribution(market, { now, inDays: 5 }); // open
    const invited = await linkedCatalog(market.id);
    const accepted = await linkedCatalog(market.id);
    await participate(d.id, invited.catalog.id, "INVITED");
    await participate(d.id, accepted.catalog.id, "ACCEPTED");
    const draft = await orderWithProductOf(d, accepted.catalog.id, { confirmed: false });
    const ids = { actor: admin, marketId: market.id, distributionId: d.id, appUrl, now };

    await cancelParticipation({ ...ids, catalogId: invited.catalog.id });
    await cancelParticipation({ ...ids, catalogId: accepted.catalog.id });
    expect(await db().participation.count({ where: { distributionId: d.id } })).toBe(0);
    // The draft basket lost the catalog's product.
    expect(await db().orderLine.count({ where: { orderId: draft.id } })).toBe(0);
    for (const { user } of [invited, accepted]) {
      expect(await notificationsOf(user.id, "participation.cancelled")).toHaveLength(1);
      const [mail] = await mailsTo(user.email, "participation-cancelled");
      expect(mail.subject).toMatch(/^La Cagette de Captieux : participation à la vente du .* annulée$/);
    }
    const { catalogs } = await getParticipatingCatalogs({ ...ids });
    expect(catalogs.map((c) => c.state)).toEqual(["NOT_INVITED", "NOT_INVITED"]);
    // Nothing left to cancel.
    await expect(cancelParticipation({ ...ids, catalogId: invited.catalog.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("is refused while ordered baskets hold the catalog's products, with their numbers", async () => {
    const { market, admin } = await adminMarket();
    const d = await createDistribution(market, { now, inDays: 5 });
    const accepted = await linkedCatalog(market.id);
    await participate(d.id, accepted.catalog.id, "ACCEPTED");
    const order = await orderWithProductOf(d, accepted.catalog.id, { confirmed: true });
    const error = await cancelParticipation({
      actor: admin,
      marketId: market.id,
      distributionId: d.id,
      catalogId: accepted.catalog.id,
      appUrl,
      now,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "PARTICIPATION_HAS_ORDERS", params: { baskets: String(order.basketNumber) } });
    expect(await db().participation.findFirst({ where: { distributionId: d.id } })).toMatchObject({
      status: "ACCEPTED",
    });
    expect(await db().orderLine.count({ where: { orderId: order.id } })).toBe(1);
    expect(await notificationsOf(accepted.user.id, "participation.cancelled")).toHaveLength(0);
  });
});

describe("warning the admins of a sale opening with no catalog", () => {
  it("once, to the admins alone, when orders open within 48 h or are open and no catalog accepted", async () => {
    const { market, adminUser, admin } = await adminMarket();
    const member = await createUser();
    await createMembership(market.id, member.id);
    const soon = await createDistribution(market, { now, inDays: 11 }); // opens tomorrow at 08:00
    const open = await createDistribution(market, { now, inDays: 5 });
    const later = await createDistribution(market, { now, inDays: 14 }); // opens in 4 days
    const { catalog } = await linkedCatalog(market.id);
    await participate(open.id, catalog.id, "ACCEPTED");
    await participate(soon.id, catalog.id, "INVITED");

    // Other tests' sales in this database are warned too: only this market's are counted.
    await Promise.all([queueNoCatalogWarnings({ now, appUrl }), queueNoCatalogWarnings({ now, appUrl })]);
    await queueNoCatalogWarnings({ now: new Date(now.getTime() + 15 * 60_000), appUrl });
    expect(await notificationsOf(adminUser.id, "sale.no-catalog")).toHaveLength(1);
    const [mail, ...others] = await mailsTo(adminUser.email, "sale-no-catalog");
    expect(others).toHaveLength(0);
    expect(mail.subject).toMatch(/^La Cagette de Captieux : aucun catalogue pour la vente du /);
    expect(mail.html).toContain(`${appUrl}/admin/${market.id}/distributions/${soon.id}/catalogues`);
    expect(await db().emailOutbox.count({ where: { toEmail: member.email } })).toBe(0);
    for (const quiet of [later, open])
      expect((await db().distribution.findUniqueOrThrow({ where: { id: quiet.id } })).noCatalogWarningAt).toBeNull();

    // Shown in the market's admin pages, not in the producer space.
    const notes = await listNotifications({ actor: admin, now, marketId: market.id });
    expect(notes).toEqual([
      expect.objectContaining({
        kind: "sale.no-catalog",
        url: `/admin/${market.id}/distributions/${soon.id}/catalogues`,
      }),
    ]);
    expect(await listNotifications({ actor: admin, now })).toEqual([]);
    const page = await getParticipatingCatalogs({ actor: admin, marketId: market.id, distributionId: soon.id, now });
    expect(page.distribution.withoutCatalog).toBe(true);
  });
});

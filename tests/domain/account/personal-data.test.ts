import { describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { confirmOrder } from "@/lib/domain/order/confirm-order";
import { loadActor } from "@/lib/domain/access/actor";
import { deleteAccount } from "@/lib/domain/account/delete-account";
import { exportPersonalData } from "@/lib/domain/account/export-personal-data";
import { DomainError } from "@/lib/domain/errors";
import { setBasketQuantity } from "@/lib/domain/order/set-basket-quantity";
import { verifyCredentials } from "@/lib/domain/user/verify-credentials";
import {
  createDistribution,
  createMarket,
  createMembership,
  createParticipation,
  createProducerWithCatalog,
  createProduct,
  createUser,
  postBalance,
} from "../../support/factories";

const now = new Date("2026-06-01T10:00:00Z");
const PASSWORD = "mon mot de passe";

async function shopperWithBasket() {
  const market = await createMarket();
  const distribution = await createDistribution(market, { now, inDays: 4 });
  const { catalog } = await createProducerWithCatalog();
  await db().catalogLink.create({ data: { catalogId: catalog.id, marketId: market.id } });
  await createParticipation(distribution.id, catalog.id, "ACCEPTED");
  const honey = await createProduct(catalog.id, { name: "Miel de châtaignier", priceCents: 900, stock: 5 });
  const user = await createUser({
    phone: "06 12 34 56 78",
    address: "3 rue des Lilas",
    city: "Captieux",
    passwordHash: await hashPassword(PASSWORD),
  });
  const { orderId } = await setBasketQuantity({
    actor: await loadActor(user.id),
    distributionId: distribution.id,
    productId: honey.id,
    quantityText: "2",
    mode: "add",
    now,
  });
  return { market, distribution, honey, user, actor: await loadActor(user.id), orderId };
}

describe("personal data", () => {
  it("exports the person's own data, and nobody else's", async () => {
    const { user, actor, orderId } = await shopperWithBasket();
    const other = await shopperWithBasket();
    const data = await exportPersonalData({ actor, now });
    expect(data.profile).toMatchObject({ email: user.email, phone: "06 12 34 56 78", address: "3 rue des Lilas" });
    expect(data.profile.emailVerifiedAt).toEqual(user.emailVerifiedAt);
    expect(data.orders).toHaveLength(1);
    expect(data.orders[0].lines).toEqual([
      expect.objectContaining({ productName: "Miel de châtaignier", quantity: "2" }),
    ]);
    // Each line's rate, net and VAT as stored, and the order's VAT per rate.
    const [line] = await db().orderLine.findMany({ where: { orderId } });
    expect(line.vatCents).toBeGreaterThan(0);
    expect(data.orders[0].lines[0]).toMatchObject({
      vatRateBp: line.vatRateBp,
      totalCents: 1800,
      netCents: line.netCents,
      vatCents: line.vatCents,
    });
    expect(line.netCents + line.vatCents).toBe(1800);
    expect(data.orders[0].vatByRate).toEqual([
      { vatRateBp: line.vatRateBp, totalCents: 1800, netCents: line.netCents, vatCents: line.vatCents },
    ]);
    expect(data.memberships).toHaveLength(1);
    const text = JSON.stringify(data);
    expect(text).not.toContain(other.user.email);
    expect(text).not.toContain("argon2");
  });

  it("deletes an account: unpaid open baskets cancelled and stock released, personal data erased, ledger kept", async () => {
    const { user, actor, honey, orderId, market } = await shopperWithBasket();
    await confirmOrder({ actor, orderId, method: "ON_SITE", now });
    expect((await db().product.findUniqueOrThrow({ where: { id: honey.id } })).stock?.toString()).toBe("3");
    await expect(deleteAccount({ actor, password: "pas le bon", now })).rejects.toEqual(
      new DomainError("PASSWORD_WRONG", "password"),
    );
    await deleteAccount({ actor, password: PASSWORD, now });

    expect((await db().product.findUniqueOrThrow({ where: { id: honey.id } })).stock?.toString()).toBe("5");
    expect(await db().orderLine.count({ where: { orderId } })).toBe(0);
    const row = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ phone: null, address: null, city: null, firstName: "Compte", deletedAt: now });
    expect(row.email).not.toBe(user.email);
    expect(JSON.stringify(row)).not.toContain("Lilas");
    // The money history stays, summing to zero for the cancelled basket.
    const entries = await db().ledgerEntry.findMany({ where: { orderId } });
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.reduce((sum, e) => sum + e.amountCents, 0)).toBe(0);
    // No way back in, and rights gone at once even for a session still open.
    expect(await verifyCredentials(user.email, PASSWORD)).toBeNull();
    await expect(loadActor(user.id)).rejects.toEqual(new DomainError("FORBIDDEN"));
    expect(await db().membership.count({ where: { marketId: market.id, userId: user.id, leftAt: null } })).toBe(0);
  });

  it("refuses while a basket is paid, a balance is open, or a market would lose its last admin", async () => {
    const paid = await shopperWithBasket();
    await db().payment.create({
      data: {
        marketId: paid.market.id,
        userId: paid.user.id,
        orderId: paid.orderId,
        method: "CARD",
        amountCents: 1800,
        status: "SUCCEEDED",
      },
    });
    await expect(deleteAccount({ actor: paid.actor, password: PASSWORD, now })).rejects.toEqual(
      new DomainError("ACCOUNT_HAS_ACTIVE_BASKET"),
    );
    expect((await db().user.findUniqueOrThrow({ where: { id: paid.user.id } })).deletedAt).toBeNull();

    const indebted = await createUser({ passwordHash: await hashPassword(PASSWORD) });
    await postBalance(paid.market.id, indebted.id, -500);
    await expect(deleteAccount({ actor: await loadActor(indebted.id), password: PASSWORD, now })).rejects.toEqual(
      new DomainError("ACCOUNT_HAS_BALANCE"),
    );

    const admin = await createUser({ passwordHash: await hashPassword(PASSWORD) });
    await createMembership(paid.market.id, admin.id, { isAdmin: true });
    await expect(deleteAccount({ actor: await loadActor(admin.id), password: PASSWORD, now })).rejects.toEqual(
      new DomainError("ACCOUNT_LAST_ADMIN"),
    );
  });

  it("a producer account left with nobody to run it stops selling", async () => {
    const { producer, catalog } = await createProducerWithCatalog();
    const market = await createMarket();
    await db().catalogLink.create({ data: { catalogId: catalog.id, marketId: market.id } });
    const farmer = await createUser({ passwordHash: await hashPassword(PASSWORD) });
    await db().producerUser.create({ data: { producerId: producer.id, userId: farmer.id, role: "OWNER" } });
    await deleteAccount({ actor: await loadActor(farmer.id), password: PASSWORD, now });
    expect((await db().catalog.findUniqueOrThrow({ where: { id: catalog.id } })).archivedAt).toEqual(now);
    expect(await db().catalogLink.count({ where: { catalogId: catalog.id, unlinkedAt: null } })).toBe(0);
    expect((await db().producer.findUniqueOrThrow({ where: { id: producer.id } })).name).toBe(producer.name);
  });
});

import { randomUUID } from "node:crypto";
import { query } from "./db";

// Rows for a spec of its own, in the demo market, so that specs never trip over each other's data.
export async function openDemoDistribution() {
  const [d] = await query<{ id: string; marketId: string }>(
    `SELECT d.id, d."marketId" FROM "Distribution" d JOIN "Market" m ON m.id = d."marketId"
     WHERE m.slug = 'bellefontaine' AND d."ordersOpenAt" <= now() AND d."ordersCloseAt" > now() ORDER BY d."pickupStartAt" LIMIT 1`,
  );
  return d;
}

// A member of the demo market (password cabas-demo) with an order at the distribution: empty (a draft, as a
// brand-new account has), or `basket: "confirmed"` with one product and payment on the spot.
export async function demoShopperWithOrder(
  distribution: { id: string; marketId: string },
  person: { firstName: string; lastName: string; city?: string; phone?: string },
  { basket = "empty" }: { basket?: "empty" | "confirmed" } = {},
) {
  const email = `${person.firstName.toLowerCase()}-${randomUUID().slice(0, 6)}@cabas.test`;
  const [{ passwordHash }] = await query<{ passwordHash: string }>(
    `SELECT "passwordHash" FROM "User" WHERE email = 'client@cabas.test'`,
  );
  const userId = `e2e-user-${randomUUID()}`;
  await query(
    `INSERT INTO "User" (id, email, "passwordHash", "firstName", "lastName", city, phone, "emailVerifiedAt", "updatedAt") VALUES ($1, $2, $3, $4, $5, $6, $7, now(), now())`,
    [userId, email, passwordHash, person.firstName, person.lastName, person.city ?? null, person.phone ?? null],
  );
  await query(`INSERT INTO "Membership" (id, "marketId", "userId") VALUES ($1, $2, $3)`, [
    `e2e-m-${randomUUID()}`,
    distribution.marketId,
    userId,
  ]);
  const [{ lastBasketNumber }] = await query<{ lastBasketNumber: number }>(
    `UPDATE "Distribution" SET "lastBasketNumber" = "lastBasketNumber" + 1 WHERE id = $1 RETURNING "lastBasketNumber"`,
    [distribution.id],
  );
  const orderId = `e2e-order-${randomUUID()}`;
  await query(
    `INSERT INTO "Order" (id, "marketId", "distributionId", "userId", "basketNumber", "updatedAt") VALUES ($1, $2, $3, $4, $5, now())`,
    [orderId, distribution.marketId, distribution.id, userId, lastBasketNumber],
  );
  if (basket === "confirmed") {
    const [product] = await query<{ id: string; name: string; priceCents: number; vatRateBp: number }>(
      `SELECT p.id, p.name, p."priceCents", p."vatRateBp" FROM "Product" p
       JOIN "Participation" pa ON pa."catalogId" = p."catalogId" AND pa.status = 'ACCEPTED'
       WHERE pa."distributionId" = $1 AND p.active AND NOT p.bulk AND NOT p."variableWeight" ORDER BY p.name LIMIT 1`,
      [distribution.id],
    );
    await query(
      `INSERT INTO "OrderLine" (id, "orderId", "productId", quantity, "heldQuantity", "unitPriceCents", "vatRateBp", "productName", "updatedAt") VALUES ($1, $2, $3, 1, 1, $4, $5, $6, now())`,
      [`e2e-line-${randomUUID()}`, orderId, product.id, product.priceCents, product.vatRateBp, product.name],
    );
    await query(`UPDATE "Order" SET "confirmedAt" = now(), "paymentMethod" = 'ON_SITE' WHERE id = $1`, [orderId]);
  }
  return { email, userId, orderId, basketNumber: lastBasketNumber };
}

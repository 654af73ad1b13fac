import { randomUUID } from "node:crypto";
import { query } from "./db";

// Rows for a spec of its own, in the demo market, so that specs never trip over each other's data.

// The demo market takes card payments too (the seed offers on the spot and transfer only).
export async function offerCardPayment() {
  await query(
    `UPDATE "Market" SET "paymentMethods" = ARRAY['ON_SITE','TRANSFER','CARD']::"PaymentMethod"[] WHERE slug = 'bellefontaine'`,
  );
}

// A producer of the demo connected to Stripe, so that the payout batch pays it by transfer (Stripe's onboarding
// pages are not faked). Connected before its payouts fall due: a batch finding it unconnected marks them MANUAL.
export async function connectToStripe(producerSlug: string) {
  await query(`UPDATE "Producer" SET "stripeAccountId" = $2, "stripeOnboardedAt" = now() WHERE slug = $1`, [
    producerSlug,
    `acct_e2e_${producerSlug}`,
  ]);
}

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
  // Without accents: sign-in refuses « léa-…@cabas.test » as an address.
  const local = person.firstName
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
  const email = `${local}-${randomUUID().slice(0, 6)}@cabas.test`;
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

// A distribution of the demo market for one spec alone, so that moving its hours moves nobody else's: orders
// open, pick-up in five days (after the demo's open distribution, which `openDemoDistribution` keeps finding),
// at a place of its own (at the social centre's address: no other distribution there on any day, even when the
// spec runs again), the catalogs of the `producers` (slugs) taking part.
export async function ownDemoDistribution(producers: string[]) {
  const placeId = `e2e-place-${randomUUID()}`;
  const [{ marketId }] = await query<{ marketId: string }>(
    `INSERT INTO "Place" (id, "marketId", name, address, "zipCode", city, lat, lng)
     SELECT $1, pl."marketId", 'Salle Eugénie Cotton', pl.address, pl."zipCode", pl.city, pl.lat, pl.lng
     FROM "Place" pl JOIN "Market" m ON m.id = pl."marketId"
     WHERE m.slug = 'bellefontaine' AND pl.name LIKE 'Centre social%' RETURNING "marketId"`,
    [placeId],
  );
  const id = `e2e-dist-${randomUUID()}`;
  await query(
    `INSERT INTO "Distribution" (id, "marketId", "placeId", day, "pickupStartAt", "pickupEndAt", "ordersOpenAt", "ordersCloseAt", "updatedAt")
     VALUES ($1, $2, $3, (now() + interval '5 days')::date, now() + interval '5 days', now() + interval '5 days 2 hours',
             now() - interval '1 day', now() + interval '1 day', now())`,
    [id, marketId, placeId],
  );
  await query(
    `INSERT INTO "Participation" (id, "distributionId", "catalogId", status)
     SELECT 'e2e-part-' || gen_random_uuid(), $1, c.id, 'ACCEPTED' FROM "Catalog" c JOIN "Producer" p ON p.id = c."producerId"
     WHERE p.slug = ANY($2::text[])`,
    [id, producers],
  );
  return { id, marketId };
}

// Distribution day: orders closed, pick-up started an hour ago, on the market's calendar day of that hour.
export async function startPickup(distributionId: string) {
  await query(
    `UPDATE "Distribution" SET "ordersCloseAt" = now() - interval '2 hours', "pickupStartAt" = now() - interval '1 hour',
       "pickupEndAt" = now() + interval '1 hour', day = ((now() - interval '1 hour') AT TIME ZONE 'Europe/Paris')::date
     WHERE id = $1`,
    [distributionId],
  );
}

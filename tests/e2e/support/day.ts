import { randomUUID } from "node:crypto";
import { query } from "./db";
import { demoShopperWithOrder } from "./demo";

// A member's basket confirmed (to pay on the spot) at the distribution, with `lines` of the demo's products (by
// name: quantity), and its debt in the ledger as confirming it writes it (lib/domain/ledger/record-order-debt.ts):
// quick to make by the dozen, for the distribution-day specs.
export async function confirmedBasket(
  distribution: { id: string; marketId: string },
  person: { firstName: string; lastName: string; phone?: string },
  lines: [string, number][],
) {
  const shopper = await demoShopperWithOrder(distribution, person);
  for (const [name, quantity] of lines)
    await query(
      `INSERT INTO "OrderLine" (id, "orderId", "productId", quantity, "heldQuantity", "unitPriceCents", "vatRateBp", "productName", "updatedAt")
       SELECT $1, $2, p.id, $3, $3, p."priceCents", p."vatRateBp", p.name, now() FROM "Product" p WHERE p.name = $4`,
      [`e2e-line-${randomUUID()}`, shopper.orderId, quantity, name],
    );
  await query(`UPDATE "Order" SET "confirmedAt" = now(), "paymentMethod" = 'ON_SITE' WHERE id = $1`, [shopper.orderId]);
  const transactionId = `e2e-tx-${randomUUID()}`;
  await query(
    `INSERT INTO "LedgerTransaction" (id, "marketId", kind, "orderId", "distributionId") VALUES ($1, $2, 'ORDER', $3, $4)`,
    [transactionId, distribution.marketId, shopper.orderId, distribution.id],
  );
  await query(
    `INSERT INTO "LedgerEntry" (id, "transactionId", account, "marketId", "userId", "orderId", "amountCents")
     SELECT 'e2e-e-' || gen_random_uuid(), $1, 'SHOPPER', o."marketId", o."userId", o.id, -SUM(l."totalCents")
     FROM "Order" o JOIN "OrderLine" l ON l."orderId" = o.id WHERE o.id = $2 GROUP BY o.id`,
    [transactionId, shopper.orderId],
  );
  await query(
    `INSERT INTO "LedgerEntry" (id, "transactionId", account, "marketId", "producerId", "distributionId", "orderId", "amountCents")
     SELECT 'e2e-e-' || gen_random_uuid(), $1, 'PRODUCER', o."marketId", c."producerId", o."distributionId", o.id, SUM(l."totalCents")
     FROM "Order" o JOIN "OrderLine" l ON l."orderId" = o.id JOIN "Product" p ON p.id = l."productId"
     JOIN "Catalog" c ON c.id = p."catalogId" WHERE o.id = $2 GROUP BY o.id, c."producerId"`,
    [transactionId, shopper.orderId],
  );
  return shopper;
}

// A member of the market named referent of the distribution by its admin (as the logistics page does: the
// referent spec goes through that page).
export async function namedReferent(
  distribution: { id: string; marketId: string },
  person: { firstName: string; lastName: string },
) {
  const referent = await demoShopperWithOrder(distribution, person);
  await query(
    `INSERT INTO "DistributionReferent" (id, "distributionId", "userId", "namedById")
     SELECT $1, $2, $3, id FROM "User" WHERE email = 'admin@cabas.test'`,
    [`e2e-ref-${randomUUID()}`, distribution.id, referent.userId],
  );
  return referent;
}

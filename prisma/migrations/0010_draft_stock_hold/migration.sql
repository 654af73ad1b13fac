-- A basket counts once confirmed (issue 14, rule 4): a draft holds the managed stock of its lines for 30 minutes
-- after its last change, then gives it back (its lines stay, re-checked at confirmation); at close, drafts are
-- dropped. See lib/domain/order/basket-stock.ts.

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "droppedAt" TIMESTAMP(3),
ADD COLUMN     "stockCuts" JSONB,
ADD COLUMN     "stockHeldUntil" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "OrderLine" ADD COLUMN     "heldQuantity" DECIMAL(12,3) NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "Order_stockHeldUntil_idx" ON "Order"("stockHeldUntil");

-- Until now every line took its stock for good, drafts included: each line holds its whole quantity, and each
-- draft holds it for 30 minutes after it last changed (those long idle are released by the next job run).
UPDATE "OrderLine" SET "heldQuantity" = "quantity";
UPDATE "Order" o SET "stockHeldUntil" = l."changedAt" + interval '30 minutes'
FROM (SELECT "orderId", max("updatedAt") AS "changedAt" FROM "OrderLine" GROUP BY "orderId") l
WHERE l."orderId" = o."id" AND o."confirmedAt" IS NULL;

ALTER TABLE "OrderLine" ADD CONSTRAINT "OrderLine_held_within_quantity"
  CHECK ("heldQuantity" >= 0 AND "heldQuantity" <= "quantity");

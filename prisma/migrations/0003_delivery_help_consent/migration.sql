-- Delivery help with the consent of both people (issue #12, item 2). A volunteer no longer picks a person and
-- gets their contacts by e-mail: they offer, the person accepts or refuses, and contacts are shown in the app
-- only (lib/domain/delivery-help). `Order.deliveryHelperId` gives way to a `DeliveryOffer` table.

-- CreateEnum
CREATE TYPE "DeliveryOfferStatus" AS ENUM ('OFFERED', 'ACCEPTED', 'REFUSED', 'NOT_CHOSEN', 'WITHDRAWN', 'CANCELLED', 'UNDONE');

-- AlterTable
ALTER TABLE "Market" ADD COLUMN     "deliveryHelpMaxPerVolunteer" INTEGER NOT NULL DEFAULT 2;
ALTER TABLE "Market" ADD CONSTRAINT "Market_delivery_help_max_per_volunteer_range" CHECK ("deliveryHelpMaxPerVolunteer" BETWEEN 1 AND 10);

-- CreateTable
CREATE TABLE "DeliveryOffer" (
    "id" TEXT NOT NULL,
    "requestOrderId" TEXT NOT NULL,
    "volunteerOrderId" TEXT NOT NULL,
    "status" "DeliveryOfferStatus" NOT NULL DEFAULT 'OFFERED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "undoneById" TEXT,

    CONSTRAINT "DeliveryOffer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DeliveryOffer_requestOrderId_status_idx" ON "DeliveryOffer"("requestOrderId", "status");

-- CreateIndex
CREATE INDEX "DeliveryOffer_volunteerOrderId_status_idx" ON "DeliveryOffer"("volunteerOrderId", "status");

-- Hand-written (Prisma's schema language has no partial indexes): one accepted offer per request, and one live
-- offer per volunteer and request. The use cases lock the orders involved; these are the last line.
CREATE UNIQUE INDEX "DeliveryOffer_one_accepted_per_request" ON "DeliveryOffer"("requestOrderId") WHERE "status" = 'ACCEPTED';
CREATE UNIQUE INDEX "DeliveryOffer_one_live_offer_per_pair" ON "DeliveryOffer"("requestOrderId", "volunteerOrderId") WHERE "status" IN ('OFFERED', 'ACCEPTED');

-- AddForeignKey
ALTER TABLE "DeliveryOffer" ADD CONSTRAINT "DeliveryOffer_requestOrderId_fkey" FOREIGN KEY ("requestOrderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeliveryOffer" ADD CONSTRAINT "DeliveryOffer_volunteerOrderId_fkey" FOREIGN KEY ("volunteerOrderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeliveryOffer" ADD CONSTRAINT "DeliveryOffer_undoneById_fkey" FOREIGN KEY ("undoneById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Data step: existing matches. A match whose volunteer has a confirmed basket with at least one line at the
-- same distribution (the rule from now on) becomes an ACCEPTED offer, so a delivery already arranged goes on
-- and both people see each other's contacts in the app until the end of the day after the distribution. Its
-- `answeredAt` stays NULL: the person was never asked. A match made from an empty or unconfirmed basket (the
-- harvesting pattern of issue #12) is dropped: the person's request is open again and offers can come in.
-- Nobody is e-mailed by this step.
INSERT INTO "DeliveryOffer" ("id", "requestOrderId", "volunteerOrderId", "status", "createdAt")
SELECT 'migrated-' || r."id", r."id", v."id", 'ACCEPTED', CURRENT_TIMESTAMP
FROM "Order" r
JOIN "Order" v ON v."distributionId" = r."distributionId" AND v."userId" = r."deliveryHelperId"
WHERE r."deliveryHelperId" IS NOT NULL
  AND r."deliveryHelp" = 'NEEDS_DELIVERY'
  AND v."confirmedAt" IS NOT NULL
  AND EXISTS (SELECT 1 FROM "OrderLine" l WHERE l."orderId" = v."id");

-- DropForeignKey
ALTER TABLE "Order" DROP CONSTRAINT "Order_deliveryHelperId_fkey";

-- AlterTable
ALTER TABLE "Order" DROP COLUMN "deliveryHelperId";

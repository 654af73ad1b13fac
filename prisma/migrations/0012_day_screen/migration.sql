-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "collectedAt" TIMESTAMP(3),
ADD COLUMN     "collectedById" TEXT;

-- CreateTable
CREATE TABLE "DistributionReferent" (
    "id" TEXT NOT NULL,
    "distributionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "namedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DistributionReferent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DistributionReferent_userId_idx" ON "DistributionReferent"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "DistributionReferent_distributionId_userId_key" ON "DistributionReferent"("distributionId", "userId");

-- AddForeignKey
ALTER TABLE "DistributionReferent" ADD CONSTRAINT "DistributionReferent_distributionId_fkey" FOREIGN KEY ("distributionId") REFERENCES "Distribution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DistributionReferent" ADD CONSTRAINT "DistributionReferent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DistributionReferent" ADD CONSTRAINT "DistributionReferent_namedById_fkey" FOREIGN KEY ("namedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_collectedById_fkey" FOREIGN KEY ("collectedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


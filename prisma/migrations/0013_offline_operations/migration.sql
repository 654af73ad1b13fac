-- AlterTable
ALTER TABLE "OrderLine" ADD COLUMN     "deliveredVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "AppliedOperation" (
    "id" TEXT NOT NULL,
    "distributionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "takenAt" TIMESTAMP(3) NOT NULL,
    "appliedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AppliedOperation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AppliedOperation_distributionId_idx" ON "AppliedOperation"("distributionId");

-- AddForeignKey
ALTER TABLE "AppliedOperation" ADD CONSTRAINT "AppliedOperation_distributionId_fkey" FOREIGN KEY ("distributionId") REFERENCES "Distribution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppliedOperation" ADD CONSTRAINT "AppliedOperation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Linking a catalog by its number becomes a request its producer answers; the shortcut link carries a
-- per-catalog secret (existing catalogs each get their own: the default is evaluated row by row).

-- CreateEnum
CREATE TYPE "CatalogLinkRequestStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED');

-- AlterTable
ALTER TABLE "Catalog" ADD COLUMN     "shareKey" TEXT NOT NULL DEFAULT replace(gen_random_uuid()::text, '-', '');

-- CreateTable
CREATE TABLE "CatalogLinkRequest" (
    "id" TEXT NOT NULL,
    "catalogId" TEXT NOT NULL,
    "marketId" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "status" "CatalogLinkRequestStatus" NOT NULL DEFAULT 'PENDING',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredAt" TIMESTAMP(3),

    CONSTRAINT "CatalogLinkRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CatalogLinkRequest_catalogId_status_idx" ON "CatalogLinkRequest"("catalogId", "status");

-- CreateIndex
CREATE INDEX "CatalogLinkRequest_marketId_createdAt_idx" ON "CatalogLinkRequest"("marketId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Catalog_shareKey_key" ON "Catalog"("shareKey");

-- AddForeignKey
ALTER TABLE "CatalogLinkRequest" ADD CONSTRAINT "CatalogLinkRequest_catalogId_fkey" FOREIGN KEY ("catalogId") REFERENCES "Catalog"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CatalogLinkRequest" ADD CONSTRAINT "CatalogLinkRequest_marketId_fkey" FOREIGN KEY ("marketId") REFERENCES "Market"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CatalogLinkRequest" ADD CONSTRAINT "CatalogLinkRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- One pending request per catalog and market: asking twice is refused, not queued.
CREATE UNIQUE INDEX "CatalogLinkRequest_one_pending" ON "CatalogLinkRequest"("catalogId", "marketId") WHERE "status" = 'PENDING';

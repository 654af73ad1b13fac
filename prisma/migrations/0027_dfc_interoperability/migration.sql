-- Interoperability through the Data Food Consortium standard (issue 21, items 1 and 2): a catalog's export made
-- public by its producer, the producers' API tokens (SHA-256 of the secret only), and the semantic id an imported
-- product keeps so that importing again updates it.
ALTER TABLE "Catalog" ADD COLUMN "dfcPublic" BOOLEAN NOT NULL DEFAULT false;

ALTER TABLE "Product" ADD COLUMN "dfcId" TEXT;
CREATE UNIQUE INDEX "Product_catalogId_dfcId_key" ON "Product"("catalogId", "dfcId");

CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "producerId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");
CREATE INDEX "ApiToken_producerId_idx" ON "ApiToken"("producerId");
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "Producer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The market's fee invoice to each producer (issue 19, item 2): the market's billing settings, its invoices and
-- credit notes, and one counter per market and year from which their numbers come, without gaps.
CREATE TYPE "MarketVatStatus" AS ENUM ('FRANCHISE', 'LIABLE');
CREATE TYPE "InvoiceKind" AS ENUM ('INVOICE', 'CREDIT_NOTE');

-- Franchise by default: most small associations stay under its thresholds; a liable market chooses so in its settings.
ALTER TABLE "Market" ADD COLUMN "vatStatus" "MarketVatStatus" NOT NULL DEFAULT 'FRANCHISE';
ALTER TABLE "Market" ADD COLUMN "legalName" TEXT;
ALTER TABLE "Market" ADD COLUMN "legalAddress" TEXT;
ALTER TABLE "Market" ADD COLUMN "siret" TEXT;
ALTER TABLE "Market" ADD COLUMN "vatNumber" TEXT;

CREATE TABLE "InvoiceCounter" (
    "marketId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "lastNumber" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "InvoiceCounter_pkey" PRIMARY KEY ("marketId", "year")
);
ALTER TABLE "InvoiceCounter" ADD CONSTRAINT "InvoiceCounter_marketId_fkey" FOREIGN KEY ("marketId") REFERENCES "Market"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "Invoice" (
    "id" TEXT NOT NULL,
    "marketId" TEXT NOT NULL,
    "producerId" TEXT NOT NULL,
    "distributionId" TEXT NOT NULL,
    "kind" "InvoiceKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "creditedInvoiceId" TEXT,
    "vatStatus" "MarketVatStatus" NOT NULL,
    "excludingVatCents" INTEGER NOT NULL,
    "vatCents" INTEGER NOT NULL,
    "includingVatCents" INTEGER NOT NULL,
    "seller" JSONB NOT NULL,
    "buyer" JSONB NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Invoice_marketId_year_number_key" ON "Invoice"("marketId", "year", "number");
CREATE UNIQUE INDEX "Invoice_creditedInvoiceId_key" ON "Invoice"("creditedInvoiceId");
CREATE INDEX "Invoice_producerId_idx" ON "Invoice"("producerId");
CREATE INDEX "Invoice_distributionId_producerId_idx" ON "Invoice"("distributionId", "producerId");
-- One invoice per producer and distribution: a retried scheduling never issues twice.
CREATE UNIQUE INDEX "Invoice_one_per_producer_distribution" ON "Invoice"("distributionId", "producerId") WHERE "kind" = 'INVOICE';
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_credit_note_credits" CHECK (("kind" = 'CREDIT_NOTE') = ("creditedInvoiceId" IS NOT NULL));
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_marketId_fkey" FOREIGN KEY ("marketId") REFERENCES "Market"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "Producer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_distributionId_fkey" FOREIGN KEY ("distributionId") REFERENCES "Distribution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_creditedInvoiceId_fkey" FOREIGN KEY ("creditedInvoiceId") REFERENCES "Invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Issue 19's documents.

-- A shopper who asks for it gets their receipt (« reçu », a PDF) attached to the e-mail of their basket's validation.
ALTER TABLE "User" ADD COLUMN "receiptByEmail" BOOLEAN NOT NULL DEFAULT false;
-- The basket whose receipt the delivery job draws and attaches as it sends the e-mail (no copy stored). No foreign
-- key: a basket deleted since is sent without it.
ALTER TABLE "EmailOutbox" ADD COLUMN "receiptOrderId" TEXT;

-- A fee invoice follows its fee: when a basket changes after the payouts were scheduled, the invoice of the old fee
-- is cancelled by a credit note and the new fee invoiced again, the next revision. One invoice per producer,
-- distribution and revision.
ALTER TABLE "Invoice" ADD COLUMN "revision" INTEGER NOT NULL DEFAULT 0;
DROP INDEX "Invoice_one_per_producer_distribution";
CREATE UNIQUE INDEX "Invoice_one_per_producer_distribution" ON "Invoice"("distributionId", "producerId", "revision") WHERE "kind" = 'INVOICE';

-- The market's contact person (« coordinateur »), published on its page by the admin who types it: with
-- "contactEmail", which was there unused.
ALTER TABLE "Market" ADD COLUMN "contactName" TEXT;
ALTER TABLE "Market" ADD COLUMN "contactPhone" TEXT;

-- When the market's admins were warned that this sale opens (or is open) with no catalog accepted: once.
ALTER TABLE "Distribution" ADD COLUMN "noCatalogWarningAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Distribution" ADD COLUMN     "cancelledAt" TIMESTAMP(3);

-- A distribution is validated or cancelled, never both.
ALTER TABLE "Distribution" ADD CONSTRAINT "Distribution_validated_or_cancelled"
  CHECK ("validatedAt" IS NULL OR "cancelledAt" IS NULL);

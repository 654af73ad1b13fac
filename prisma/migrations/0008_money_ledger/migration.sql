-- The double-entry ledger (README, Money): transactions of entries over named accounts that sum to zero,
-- replacing the single-entry "LedgerEntry" rows, which are migrated below. Order lines get their total, VAT
-- and net computed by PostgreSQL; payouts record what was collected online and what Cabas pays.

CREATE TYPE "LedgerAccount" AS ENUM ('SHOPPER', 'PRODUCER', 'MARKET_TILL', 'MARKET_BANK', 'PLATFORM_STRIPE', 'REFUNDS_IN_FLIGHT', 'MARKET_FEES', 'MARKET_EXPENSES');
CREATE TYPE "LedgerTransactionKind" AS ENUM ('ORDER', 'PAYMENT', 'REFUND', 'REFUND_SETTLED', 'REFUND_FAILED', 'BALANCE_CREDIT', 'FEE', 'PAYOUT', 'PRODUCER_SETTLEMENT', 'REVERSAL');
CREATE TYPE "LedgerMethod" AS ENUM ('CASH', 'CHEQUE', 'CARD_TERMINAL', 'TRANSFER', 'CARD', 'BALANCE');
ALTER TYPE "PaymentStatus" ADD VALUE 'REVERSED';

-- ───────────── order lines: total, VAT and net by PRODUCT.md's rule ─────────────
-- Quantities and prices are positive, so PostgreSQL's round() (half away from zero) is the rule's half up.
ALTER TABLE "OrderLine"
  ADD COLUMN "totalCents" INTEGER GENERATED ALWAYS AS (
    round(COALESCE("deliveredQuantity", "quantity") * "unitPriceCents")::integer) STORED,
  ADD COLUMN "vatCents" INTEGER GENERATED ALWAYS AS (
    round(round(COALESCE("deliveredQuantity", "quantity") * "unitPriceCents") * "vatRateBp" / (10000 + "vatRateBp"))::integer) STORED,
  ADD COLUMN "netCents" INTEGER GENERATED ALWAYS AS (
    (round(COALESCE("deliveredQuantity", "quantity") * "unitPriceCents")
      - round(round(COALESCE("deliveredQuantity", "quantity") * "unitPriceCents") * "vatRateBp" / (10000 + "vatRateBp")))::integer) STORED;

-- ───────────── the new ledger ─────────────
ALTER TABLE "LedgerEntry" RENAME TO "LegacyLedgerEntry";
ALTER TABLE "LegacyLedgerEntry" RENAME CONSTRAINT "LedgerEntry_pkey" TO "LegacyLedgerEntry_pkey";
ALTER TABLE "LegacyLedgerEntry" DROP CONSTRAINT "LedgerEntry_marketId_fkey";
ALTER TABLE "LegacyLedgerEntry" DROP CONSTRAINT "LedgerEntry_userId_fkey";
ALTER TABLE "LegacyLedgerEntry" DROP CONSTRAINT "LedgerEntry_producerId_fkey";
ALTER TABLE "LegacyLedgerEntry" DROP CONSTRAINT "LedgerEntry_orderId_fkey";
ALTER TABLE "LegacyLedgerEntry" DROP CONSTRAINT "LedgerEntry_paymentId_fkey";
ALTER TABLE "LegacyLedgerEntry" DROP CONSTRAINT "LedgerEntry_refundId_fkey";
ALTER TABLE "LegacyLedgerEntry" DROP CONSTRAINT "LedgerEntry_payoutId_fkey";
DROP INDEX "LedgerEntry_marketId_userId_idx";
DROP INDEX "LedgerEntry_producerId_idx";
DROP INDEX "LedgerEntry_orderId_idx";

CREATE TABLE "LedgerTransaction" (
    "id" TEXT NOT NULL,
    "marketId" TEXT NOT NULL,
    "kind" "LedgerTransactionKind" NOT NULL,
    "method" "LedgerMethod",
    "label" TEXT,
    "reference" TEXT,
    "orderId" TEXT,
    "paymentId" TEXT,
    "refundId" TEXT,
    "payoutId" TEXT,
    "distributionId" TEXT,
    "reversesId" TEXT,
    "createdById" TEXT,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LedgerTransaction_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "LedgerEntry" (
    "id" TEXT NOT NULL,
    "transactionId" TEXT NOT NULL,
    "account" "LedgerAccount" NOT NULL,
    "marketId" TEXT NOT NULL,
    "userId" TEXT,
    "producerId" TEXT,
    "distributionId" TEXT,
    "orderId" TEXT,
    "amountCents" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LedgerEntry_pkey" PRIMARY KEY ("id"),
    -- A shopper's entry names the shopper, a producer's the producer and its distribution.
    CONSTRAINT "LedgerEntry_account_holder" CHECK (
      ("account" = 'SHOPPER') = ("userId" IS NOT NULL)
      AND ("account" = 'PRODUCER') = ("producerId" IS NOT NULL)
    )
);

CREATE UNIQUE INDEX "LedgerTransaction_reversesId_key" ON "LedgerTransaction"("reversesId");
CREATE INDEX "LedgerTransaction_marketId_kind_idx" ON "LedgerTransaction"("marketId", "kind");
CREATE INDEX "LedgerTransaction_orderId_idx" ON "LedgerTransaction"("orderId");
CREATE INDEX "LedgerTransaction_paymentId_idx" ON "LedgerTransaction"("paymentId");
CREATE INDEX "LedgerTransaction_reference_idx" ON "LedgerTransaction"("reference");
CREATE INDEX "LedgerEntry_transactionId_idx" ON "LedgerEntry"("transactionId");
CREATE INDEX "LedgerEntry_marketId_account_userId_idx" ON "LedgerEntry"("marketId", "account", "userId");
CREATE INDEX "LedgerEntry_producerId_distributionId_idx" ON "LedgerEntry"("producerId", "distributionId");
CREATE INDEX "LedgerEntry_orderId_idx" ON "LedgerEntry"("orderId");

ALTER TABLE "LedgerTransaction" ADD CONSTRAINT "LedgerTransaction_marketId_fkey" FOREIGN KEY ("marketId") REFERENCES "Market"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "LedgerTransaction" ADD CONSTRAINT "LedgerTransaction_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "LedgerTransaction" ADD CONSTRAINT "LedgerTransaction_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "LedgerTransaction" ADD CONSTRAINT "LedgerTransaction_refundId_fkey" FOREIGN KEY ("refundId") REFERENCES "Refund"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "LedgerTransaction" ADD CONSTRAINT "LedgerTransaction_payoutId_fkey" FOREIGN KEY ("payoutId") REFERENCES "Payout"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "LedgerTransaction" ADD CONSTRAINT "LedgerTransaction_distributionId_fkey" FOREIGN KEY ("distributionId") REFERENCES "Distribution"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "LedgerTransaction" ADD CONSTRAINT "LedgerTransaction_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "LedgerTransaction" ADD CONSTRAINT "LedgerTransaction_reversesId_fkey" FOREIGN KEY ("reversesId") REFERENCES "LedgerTransaction"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_transactionId_fkey" FOREIGN KEY ("transactionId") REFERENCES "LedgerTransaction"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_marketId_fkey" FOREIGN KEY ("marketId") REFERENCES "Market"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "Producer"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_distributionId_fkey" FOREIGN KEY ("distributionId") REFERENCES "Distribution"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ───────────── payouts ─────────────
ALTER TABLE "Payout" ADD COLUMN "onlineCents" INTEGER, ADD COLUMN "amountCents" INTEGER;
ALTER TABLE "Distribution" ADD COLUMN "payoutsScheduledAt" TIMESTAMP(3);

-- ───────────── migrating the old rows ─────────────
-- Payouts not paid yet were computed on every basket whatever the payment method: they are dropped and
-- scheduled again by the new rule (Cabas pays only what it collected online). Paid ones are history.
DELETE FROM "LegacyLedgerEntry" WHERE "payoutId" IN (SELECT "id" FROM "Payout" WHERE "status" <> 'PAID');
DELETE FROM "Payout" WHERE "status" <> 'PAID';
UPDATE "Payout" SET "onlineCents" = "grossCents" - "feeCents", "amountCents" = "grossCents" - "feeCents";
UPDATE "Distribution" d SET "payoutsScheduledAt" = d."validatedAt"
WHERE d."validatedAt" IS NOT NULL AND NOT EXISTS (
  SELECT 1 FROM "Order" o JOIN "OrderLine" l ON l."orderId" = o."id"
  WHERE o."distributionId" = d."id" AND o."validatedAt" IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM "Payout" p JOIN "Product" pr ON pr."id" = l."productId" JOIN "Catalog" c ON c."id" = pr."catalogId"
    WHERE p."distributionId" = d."id" AND p."producerId" = c."producerId"));
ALTER TABLE "Payout" ALTER COLUMN "onlineCents" SET NOT NULL, ALTER COLUMN "amountCents" SET NOT NULL;

-- A confirmed basket's debt, from its lines (the old entries always summed to minus the lines' total): the
-- shopper owes it, each producer is owed its own lines. Drafts (never confirmed) are not orders: no debt.
INSERT INTO "LedgerTransaction" ("id", "marketId", "kind", "orderId", "distributionId", "occurredAt", "createdAt")
SELECT 'mig-order-' || o."id", o."marketId", 'ORDER', o."id", o."distributionId", o."confirmedAt", o."confirmedAt"
FROM "Order" o WHERE o."confirmedAt" IS NOT NULL AND EXISTS (SELECT 1 FROM "OrderLine" l WHERE l."orderId" = o."id");

INSERT INTO "LedgerEntry" ("id", "transactionId", "account", "marketId", "userId", "orderId", "amountCents", "createdAt")
SELECT 'mig-order-shopper-' || o."id", 'mig-order-' || o."id", 'SHOPPER', o."marketId", o."userId", o."id",
       -(SELECT sum(l."totalCents") FROM "OrderLine" l WHERE l."orderId" = o."id"), o."confirmedAt"
FROM "Order" o WHERE o."confirmedAt" IS NOT NULL AND EXISTS (SELECT 1 FROM "OrderLine" l WHERE l."orderId" = o."id");

INSERT INTO "LedgerEntry" ("id", "transactionId", "account", "marketId", "producerId", "distributionId", "orderId", "amountCents", "createdAt")
SELECT 'mig-order-producer-' || o."id" || '-' || c."producerId", 'mig-order-' || o."id", 'PRODUCER', o."marketId",
       c."producerId", o."distributionId", o."id", sum(l."totalCents"), o."confirmedAt"
FROM "Order" o
JOIN "OrderLine" l ON l."orderId" = o."id"
JOIN "Product" p ON p."id" = l."productId"
JOIN "Catalog" c ON c."id" = p."catalogId"
WHERE o."confirmedAt" IS NOT NULL
GROUP BY o."id", o."marketId", o."distributionId", o."confirmedAt", c."producerId";

-- Money received: the shopper is credited, and whoever took it holds it.
INSERT INTO "LedgerTransaction" ("id", "marketId", "kind", "method", "reference", "orderId", "paymentId", "occurredAt", "createdAt")
SELECT 'mig-' || e."id", e."marketId", 'PAYMENT',
       (CASE WHEN p."method" = 'CARD' THEN 'CARD' WHEN p."method" = 'TRANSFER' THEN 'TRANSFER'
             ELSE COALESCE(p."onSiteMethod"::text, 'CASH') END)::"LedgerMethod",
       p."reference", e."orderId", e."paymentId", e."createdAt", e."createdAt"
FROM "LegacyLedgerEntry" e JOIN "Payment" p ON p."id" = e."paymentId" WHERE e."kind" = 'PAYMENT';

INSERT INTO "LedgerEntry" ("id", "transactionId", "account", "marketId", "userId", "orderId", "amountCents", "createdAt")
SELECT 'mig-shopper-' || e."id", 'mig-' || e."id", 'SHOPPER', e."marketId", e."userId", e."orderId", e."amountCents", e."createdAt"
FROM "LegacyLedgerEntry" e WHERE e."kind" = 'PAYMENT' AND e."paymentId" IS NOT NULL;

INSERT INTO "LedgerEntry" ("id", "transactionId", "account", "marketId", "orderId", "amountCents", "createdAt")
SELECT 'mig-holder-' || e."id", 'mig-' || e."id",
       (CASE p."method" WHEN 'CARD' THEN 'PLATFORM_STRIPE' WHEN 'TRANSFER' THEN 'MARKET_BANK' ELSE 'MARKET_TILL' END)::"LedgerAccount",
       e."marketId", e."orderId", -e."amountCents", e."createdAt"
FROM "LegacyLedgerEntry" e JOIN "Payment" p ON p."id" = e."paymentId" WHERE e."kind" = 'PAYMENT';

-- Card refunds: asked of Stripe (the shopper's credit goes in flight), then settled (Stripe pays it) or failed
-- (the credit comes back: the old rows had left it lost).
INSERT INTO "LedgerTransaction" ("id", "marketId", "kind", "method", "orderId", "refundId", "occurredAt", "createdAt")
SELECT 'mig-' || e."id", e."marketId", 'REFUND', 'CARD', e."orderId", e."refundId", e."createdAt", e."createdAt"
FROM "LegacyLedgerEntry" e WHERE e."kind" = 'REFUND';
INSERT INTO "LedgerEntry" ("id", "transactionId", "account", "marketId", "userId", "orderId", "amountCents", "createdAt")
SELECT 'mig-shopper-' || e."id", 'mig-' || e."id", 'SHOPPER', e."marketId", e."userId", e."orderId", e."amountCents", e."createdAt"
FROM "LegacyLedgerEntry" e WHERE e."kind" = 'REFUND';
INSERT INTO "LedgerEntry" ("id", "transactionId", "account", "marketId", "orderId", "amountCents", "createdAt")
SELECT 'mig-flight-' || e."id", 'mig-' || e."id", 'REFUNDS_IN_FLIGHT', e."marketId", e."orderId", -e."amountCents", e."createdAt"
FROM "LegacyLedgerEntry" e WHERE e."kind" = 'REFUND';

INSERT INTO "LedgerTransaction" ("id", "marketId", "kind", "method", "orderId", "refundId", "occurredAt", "createdAt")
SELECT 'mig-end-' || e."id", e."marketId",
       (CASE r."status" WHEN 'SUCCEEDED' THEN 'REFUND_SETTLED' ELSE 'REFUND_FAILED' END)::"LedgerTransactionKind",
       'CARD', e."orderId", e."refundId", COALESCE(r."settledAt", r."createdAt"), COALESCE(r."settledAt", r."createdAt")
FROM "LegacyLedgerEntry" e JOIN "Refund" r ON r."id" = e."refundId" WHERE e."kind" = 'REFUND' AND r."status" <> 'PENDING';
INSERT INTO "LedgerEntry" ("id", "transactionId", "account", "marketId", "orderId", "amountCents", "createdAt")
SELECT 'mig-end-flight-' || e."id", 'mig-end-' || e."id", 'REFUNDS_IN_FLIGHT', e."marketId", e."orderId", e."amountCents", e."createdAt"
FROM "LegacyLedgerEntry" e JOIN "Refund" r ON r."id" = e."refundId" WHERE e."kind" = 'REFUND' AND r."status" <> 'PENDING';
INSERT INTO "LedgerEntry" ("id", "transactionId", "account", "marketId", "userId", "orderId", "amountCents", "createdAt")
SELECT 'mig-end-to-' || e."id", 'mig-end-' || e."id",
       (CASE r."status" WHEN 'SUCCEEDED' THEN 'PLATFORM_STRIPE' ELSE 'SHOPPER' END)::"LedgerAccount",
       e."marketId", CASE WHEN r."status" = 'SUCCEEDED' THEN NULL ELSE e."userId" END, e."orderId", -e."amountCents", e."createdAt"
FROM "LegacyLedgerEntry" e JOIN "Refund" r ON r."id" = e."refundId" WHERE e."kind" = 'REFUND' AND r."status" <> 'PENDING';

-- Paid payouts: the market's fee, then what Cabas transferred, each out of the producer's account.
INSERT INTO "LedgerTransaction" ("id", "marketId", "kind", "payoutId", "distributionId", "occurredAt", "createdAt")
SELECT 'mig-fee-' || p."id", p."marketId", 'FEE', p."id", p."distributionId", p."createdAt", p."createdAt"
FROM "Payout" p WHERE p."feeCents" <> 0;
INSERT INTO "LedgerEntry" ("id", "transactionId", "account", "marketId", "producerId", "distributionId", "amountCents", "createdAt")
SELECT 'mig-fee-producer-' || p."id", 'mig-fee-' || p."id", 'PRODUCER', p."marketId", p."producerId", p."distributionId", -p."feeCents", p."createdAt"
FROM "Payout" p WHERE p."feeCents" <> 0;
INSERT INTO "LedgerEntry" ("id", "transactionId", "account", "marketId", "amountCents", "createdAt")
SELECT 'mig-fee-market-' || p."id", 'mig-fee-' || p."id", 'MARKET_FEES', p."marketId", p."feeCents", p."createdAt"
FROM "Payout" p WHERE p."feeCents" <> 0;

INSERT INTO "LedgerTransaction" ("id", "marketId", "kind", "method", "payoutId", "distributionId", "occurredAt", "createdAt")
SELECT 'mig-payout-' || p."id", p."marketId", 'PAYOUT', 'TRANSFER', p."id", p."distributionId", COALESCE(p."paidAt", p."createdAt"), COALESCE(p."paidAt", p."createdAt")
FROM "Payout" p;
INSERT INTO "LedgerEntry" ("id", "transactionId", "account", "marketId", "producerId", "distributionId", "amountCents", "createdAt")
SELECT 'mig-payout-producer-' || p."id", 'mig-payout-' || p."id", 'PRODUCER', p."marketId", p."producerId", p."distributionId", -p."amountCents", COALESCE(p."paidAt", p."createdAt")
FROM "Payout" p;
INSERT INTO "LedgerEntry" ("id", "transactionId", "account", "marketId", "amountCents", "createdAt")
SELECT 'mig-payout-stripe-' || p."id", 'mig-payout-' || p."id", 'PLATFORM_STRIPE', p."marketId", p."amountCents", COALESCE(p."paidAt", p."createdAt")
FROM "Payout" p;

-- Corrections were never written by the application; any made by hand become credits the market granted.
INSERT INTO "LedgerTransaction" ("id", "marketId", "kind", "label", "orderId", "occurredAt", "createdAt")
SELECT 'mig-' || e."id", e."marketId", 'BALANCE_CREDIT', COALESCE(e."label", 'correction'), e."orderId", e."createdAt", e."createdAt"
FROM "LegacyLedgerEntry" e WHERE e."kind" = 'CORRECTION' AND e."userId" IS NOT NULL;
INSERT INTO "LedgerEntry" ("id", "transactionId", "account", "marketId", "userId", "orderId", "amountCents", "createdAt")
SELECT 'mig-shopper-' || e."id", 'mig-' || e."id", 'SHOPPER', e."marketId", e."userId", e."orderId", e."amountCents", e."createdAt"
FROM "LegacyLedgerEntry" e WHERE e."kind" = 'CORRECTION' AND e."userId" IS NOT NULL;
INSERT INTO "LedgerEntry" ("id", "transactionId", "account", "marketId", "orderId", "amountCents", "createdAt")
SELECT 'mig-expense-' || e."id", 'mig-' || e."id", 'MARKET_EXPENSES', e."marketId", e."orderId", -e."amountCents", e."createdAt"
FROM "LegacyLedgerEntry" e WHERE e."kind" = 'CORRECTION' AND e."userId" IS NOT NULL;

DROP TABLE "LegacyLedgerEntry";
DROP TYPE "LedgerKind";

-- CreateTable
CREATE TABLE "EmailChange" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "newEmail" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "confirmedAt" TIMESTAMP(3),
    "oldEmail" TEXT,
    "revertTokenHash" TEXT,
    "revertExpiresAt" TIMESTAMP(3),
    "revertedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmailChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EmailChange_tokenHash_key" ON "EmailChange"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "EmailChange_revertTokenHash_key" ON "EmailChange"("revertTokenHash");

-- CreateIndex
CREATE INDEX "EmailChange_userId_idx" ON "EmailChange"("userId");

-- AddForeignKey
ALTER TABLE "EmailChange" ADD CONSTRAINT "EmailChange_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- A confirmed change knows the address it replaced and carries the link that undoes it; only a confirmed change
-- is undone.
ALTER TABLE "EmailChange" ADD CONSTRAINT "EmailChange_confirmed_check" CHECK (
  ("confirmedAt" IS NULL) = ("oldEmail" IS NULL)
  AND ("confirmedAt" IS NULL) = ("revertTokenHash" IS NULL)
  AND ("confirmedAt" IS NULL) = ("revertExpiresAt" IS NULL)
  AND ("revertedAt" IS NULL OR "confirmedAt" IS NOT NULL)
);

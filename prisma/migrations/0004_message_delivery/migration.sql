-- AlterEnum
ALTER TYPE "EmailStatus" ADD VALUE 'SKIPPED';

-- AlterTable
ALTER TABLE "EmailOutbox" ADD COLUMN     "listUnsubscribeUrl" TEXT,
ADD COLUMN     "messageId" TEXT,
ADD COLUMN     "recipientUserId" TEXT,
ALTER COLUMN "html" DROP NOT NULL,
ALTER COLUMN "text" DROP NOT NULL;

-- CreateTable
CREATE TABLE "MessageOptOut" (
    "userId" TEXT NOT NULL,
    "marketId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MessageOptOut_pkey" PRIMARY KEY ("userId","marketId")
);

-- CreateIndex
CREATE INDEX "MessageOptOut_marketId_idx" ON "MessageOptOut"("marketId");

-- CreateIndex
CREATE INDEX "EmailOutbox_messageId_idx" ON "EmailOutbox"("messageId");

-- CreateIndex
CREATE INDEX "EmailOutbox_recipientUserId_idx" ON "EmailOutbox"("recipientUserId");

-- AddForeignKey
ALTER TABLE "MessageOptOut" ADD CONSTRAINT "MessageOptOut_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MessageOptOut" ADD CONSTRAINT "MessageOptOut_marketId_fkey" FOREIGN KEY ("marketId") REFERENCES "Market"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailOutbox" ADD CONSTRAINT "EmailOutbox_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailOutbox" ADD CONSTRAINT "EmailOutbox_recipientUserId_fkey" FOREIGN KEY ("recipientUserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A queued e-mail is either rendered already or names the message to render for its recipient.
ALTER TABLE "EmailOutbox" ADD CONSTRAINT "EmailOutbox_rendered_or_message_check"
  CHECK (("html" IS NOT NULL AND "text" IS NOT NULL) OR ("messageId" IS NOT NULL AND "recipientUserId" IS NOT NULL));

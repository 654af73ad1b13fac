-- A market's inbox (issue 18, item 2): threads of replies from members and producers, catalogs sent by message.
-- AlterEnum
ALTER TYPE "MessageAudience" ADD VALUE 'MEMBER';

-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "catalogId" TEXT,
ADD COLUMN     "threadId" TEXT;

-- CreateTable
CREATE TABLE "MessageThread" (
    "id" TEXT NOT NULL,
    "marketId" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "memberUserId" TEXT,
    "producerId" TEXT,
    "originMessageId" TEXT,
    "lastMessageAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MessageThread_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MessageThread_marketId_lastMessageAt_idx" ON "MessageThread"("marketId", "lastMessageAt");

-- CreateIndex
CREATE INDEX "MessageThread_memberUserId_idx" ON "MessageThread"("memberUserId");

-- CreateIndex
CREATE INDEX "MessageThread_producerId_idx" ON "MessageThread"("producerId");

-- CreateIndex
CREATE UNIQUE INDEX "MessageThread_originMessageId_memberUserId_key" ON "MessageThread"("originMessageId", "memberUserId");

-- CreateIndex
CREATE UNIQUE INDEX "MessageThread_originMessageId_producerId_key" ON "MessageThread"("originMessageId", "producerId");

-- CreateIndex
CREATE INDEX "Message_threadId_idx" ON "Message"("threadId");

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "MessageThread"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_catalogId_fkey" FOREIGN KEY ("catalogId") REFERENCES "Catalog"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MessageThread" ADD CONSTRAINT "MessageThread_marketId_fkey" FOREIGN KEY ("marketId") REFERENCES "Market"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MessageThread" ADD CONSTRAINT "MessageThread_memberUserId_fkey" FOREIGN KEY ("memberUserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MessageThread" ADD CONSTRAINT "MessageThread_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "Producer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MessageThread" ADD CONSTRAINT "MessageThread_originMessageId_fkey" FOREIGN KEY ("originMessageId") REFERENCES "Message"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- A thread is with one member or one producer, never both or neither.
ALTER TABLE "MessageThread" ADD CONSTRAINT "MessageThread_one_party" CHECK (("memberUserId" IS NULL) <> ("producerId" IS NULL));

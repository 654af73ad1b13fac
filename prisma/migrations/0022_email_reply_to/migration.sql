-- A market's notice is answered to the market's contact e-mail (issue 17, item 4).
ALTER TABLE "EmailOutbox" ADD COLUMN "replyTo" TEXT;

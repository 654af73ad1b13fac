import { db } from "@/lib/db/client";
import type { ItemFailure } from "../job/item-failures";

export type SendMail = (mail: {
  to: string;
  fromName: string;
  subject: string;
  html: string;
  text: string;
  messageId: string;
}) => Promise<void>;

export const MAX_EMAIL_ATTEMPTS = 8;
// While a run is sending a mail it holds it for this long; a run that dies mid-way releases it by expiry.
const LEASE_MS = 10 * 60 * 1000;

// 1 min, 2, 4, 8 … capped at 6 h.
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 3_600_000);
}

// Sends what is due in the outbox. Each mail is claimed by pushing its next attempt past the lease with
// `FOR UPDATE SKIP LOCKED`, so two runs at the same instant never pick the same mail; a mail leaves the
// queue only once the SMTP server has accepted it. Each mail is sent on its own: one the server refuses is
// reported in `failures`, put back with a back-off, and the others go on.
export async function deliverOutbox({ send, now, batchSize = 50 }: { send: SendMail; now: Date; batchSize?: number }) {
  const claimed = await db().$queryRaw<
    { id: string; toEmail: string; fromName: string; subject: string; html: string; text: string; attempts: number }[]
  >`
    UPDATE "EmailOutbox" SET "nextAttemptAt" = ${new Date(now.getTime() + LEASE_MS)}, "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "EmailOutbox"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now}
      ORDER BY "nextAttemptAt", "createdAt"
      LIMIT ${batchSize}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "toEmail", "fromName", "subject", "html", "text", "attempts"`;
  let succeeded = 0;
  const failures: ItemFailure[] = [];
  for (const mail of claimed) {
    try {
      await send({
        to: mail.toEmail,
        fromName: mail.fromName,
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        messageId: mail.id,
      });
    } catch (error) {
      failures.push({ item: "email", itemId: mail.id, error });
      const giveUp = mail.attempts >= MAX_EMAIL_ATTEMPTS;
      // Should this write fail too, the lease expires and the mail is tried again all the same.
      await db()
        .emailOutbox.update({
          where: { id: mail.id },
          data: {
            status: giveUp ? "FAILED" : "PENDING",
            nextAttemptAt: new Date(now.getTime() + retryDelayMs(mail.attempts)),
            lastError: String((error as Error).message ?? error).slice(0, 500),
          },
        })
        .catch(() => undefined);
      continue;
    }
    try {
      await db().emailOutbox.update({
        where: { id: mail.id },
        data: { status: "SENT", sentAt: new Date(), lastError: null },
      });
      succeeded++;
    } catch (error) {
      // Sent but not recorded: it goes again once the lease expires (at least once, never lost).
      failures.push({ item: "email", itemId: mail.id, error });
    }
  }
  return { claimed: claimed.length, succeeded, failures };
}

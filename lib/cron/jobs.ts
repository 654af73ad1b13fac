import { deliverOutbox } from "@/lib/domain/email/deliver-outbox";
import { payDuePayouts } from "@/lib/domain/payout/pay-due-payouts";
import { schedulePayouts } from "@/lib/domain/payout/schedule-payouts";
import { smtpSender } from "@/lib/email/smtp";
import { stripeTransfer } from "@/lib/payments/stripe-transfer";
import { smtpUrl } from "@/lib/env";

// Every scheduled job: Vercel calls /api/cron/<name> on `schedule` (UTC, listed in vercel.json) and
// `npm run cron` runs the same functions locally. Each is idempotent and safe to run twice at once; local
// rules (market time zones) are computed inside the domain calls.
export const CRON_JOBS = {
  "deliver-emails": {
    schedule: "*/5 * * * *",
    async run(now: Date) {
      const url = smtpUrl();
      // Without SMTP the mails stay in the outbox, readable on /dev/mails in development.
      if (!url) return { skipped: "SMTP_URL is not set" };
      return deliverOutbox({ send: smtpSender(url), now });
    },
  },
  payouts: {
    schedule: "0 * * * *",
    async run(now: Date) {
      const scheduled = await schedulePayouts({ now });
      const paid = await payDuePayouts({ now, transfer: stripeTransfer() });
      return { ...scheduled, ...paid };
    },
  },
} satisfies Record<string, { schedule: string; run: (now: Date) => Promise<unknown> }>;

export type CronJobName = keyof typeof CRON_JOBS;

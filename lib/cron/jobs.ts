import { deliverOutbox } from "@/lib/domain/email/deliver-outbox";
import { smtpSender } from "@/lib/email/smtp";
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
} satisfies Record<string, { schedule: string; run: (now: Date) => Promise<unknown> }>;

export type CronJobName = keyof typeof CRON_JOBS;

import { queueDutyNotices } from "@/lib/domain/duty/queue-duty-notices";
import { deliverOutbox } from "@/lib/domain/email/deliver-outbox";
import { queueCloseNotices } from "@/lib/domain/notice/queue-close-notices";
import { queueClosingReminders } from "@/lib/domain/notice/queue-closing-reminders";
import { queuePickupReminders } from "@/lib/domain/notice/queue-pickup-reminders";
import { queueNoCatalogWarnings } from "@/lib/domain/notice/queue-no-catalog-warnings";
import { queueSaleOpeningNotices } from "@/lib/domain/notice/queue-sale-opening-notices";
import { queueValidationReminders } from "@/lib/domain/notice/queue-validation-reminders";
import { releaseExpiredHolds } from "@/lib/domain/order/release-expired-holds";
import { payDuePayouts } from "@/lib/domain/payout/pay-due-payouts";
import { schedulePayouts } from "@/lib/domain/payout/schedule-payouts";
import { forgetExpiredLimits } from "@/lib/domain/throttle/forget-expired-limits";
import { retryUnsentCardRefunds } from "@/lib/domain/payment/send-card-refunds";
import { geocodePendingAddresses } from "@/lib/domain/geocoding/geocode-pending-addresses";
import { banGeocoder } from "@/lib/geocoding/ban-geocoder";
import { smtpSender } from "@/lib/email/smtp";
import { stripeTransfer } from "@/lib/payments/stripe-transfer";
import { appUrl, smtpUrl } from "@/lib/env";
import type { JobOutcome } from "@/lib/domain/job/item-failures";
import { log, logJobItemFailure, type Logger } from "@/lib/log";
import { receiptAttachment } from "@/lib/pdf/receipt-pdf";

// Every scheduled job: Vercel calls /api/cron/<name> on `schedule` (UTC, listed in vercel.json) and
// `npm run cron` runs the same functions locally. Each is idempotent and safe to run twice at once; local
// rules (market time zones) are computed inside the domain calls.
export const CRON_JOBS = {
  // The members' e-mail when orders open, and the admins' warning when a sale opens with no catalog accepted.
  "sale-opening": {
    schedule: "*/15 * * * *",
    async run(now: Date) {
      const opening = await queueSaleOpeningNotices({ now, appUrl: appUrl() });
      const warnings = await queueNoCatalogWarnings({ now, appUrl: appUrl() });
      return {
        queued: opening.queued,
        warned: warnings.queued,
        succeeded: opening.succeeded + warnings.succeeded,
        failures: [...opening.failures, ...warnings.failures],
      };
    },
  },
  "close-orders": { schedule: "*/15 * * * *", run: (now: Date) => queueCloseNotices({ now, appUrl: appUrl() }) },
  "closing-reminders": {
    schedule: "*/15 * * * *",
    run: (now: Date) => queueClosingReminders({ now, appUrl: appUrl() }),
  },
  "release-stock": { schedule: "*/5 * * * *", run: (now: Date) => releaseExpiredHolds({ now }) },
  reminders: { schedule: "*/15 * * * *", run: (now: Date) => queuePickupReminders({ now, appUrl: appUrl() }) },
  "duty-notices": { schedule: "30 * * * *", run: (now: Date) => queueDutyNotices({ now }) },
  "validation-reminders": {
    schedule: "0 * * * *",
    run: (now: Date) => queueValidationReminders({ now, appUrl: appUrl() }),
  },
  "deliver-emails": {
    schedule: "*/5 * * * *",
    async run(now: Date) {
      const url = smtpUrl();
      // Without SMTP the mails stay in the outbox, readable on /dev/mails in development.
      if (!url) return { skipped: "SMTP_URL is not set" };
      return deliverOutbox({ send: smtpSender(url), now, appUrl: appUrl(), receipt: receiptAttachment });
    },
  },
  "card-refunds": { schedule: "*/5 * * * *", run: (now: Date) => retryUnsentCardRefunds({ now }) },
  // Addresses saved while the address service was down: pages promise a new try within the hour.
  geocode: { schedule: "20 * * * *", run: () => geocodePendingAddresses({ geocoder: banGeocoder() }) },
  // Request counters whose window is over (lib/domain/throttle).
  "forget-rate-limits": { schedule: "45 * * * *", run: (now: Date) => forgetExpiredLimits({ now }) },
  payouts: {
    schedule: "0 * * * *",
    async run(now: Date) {
      const scheduled = await schedulePayouts({ now });
      const paid = await payDuePayouts({ now, transfer: stripeTransfer() });
      return {
        created: scheduled.created,
        paid: paid.paid,
        manual: paid.manual,
        succeeded: scheduled.succeeded + paid.succeeded,
        failures: [...scheduled.failures, ...paid.failures],
      };
    },
  },
} satisfies Record<
  string,
  { schedule: string; run: (now: Date) => Promise<(JobOutcome & Record<string, unknown>) | { skipped: string }> }
>;

export type CronJobName = keyof typeof CRON_JOBS;
export type CronJobReport = Record<string, unknown> & { failed?: number };

// Runs one job and reports it: its own counts, how many items succeeded and how many failed. Each failed item
// gets one log line (job, item, item id, error); the report carries no error text.
export async function runCronJob(name: CronJobName, now: Date, logger: Logger = log()): Promise<CronJobReport> {
  const result = await CRON_JOBS[name].run(now);
  if (!("failures" in result)) return result;
  const { failures, ...counts } = result;
  for (const failure of failures) logJobItemFailure(logger, { job: name, ...failure });
  return { ...counts, failed: failures.length };
}

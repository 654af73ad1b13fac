import type { Tx } from "@/lib/db/client";

export type OutgoingEmail = {
  dedupeKey: string;
  to: string;
  fromName: string;
  subject: string;
  html: string;
  text: string;
  template: string;
};

// Called inside the transaction of the change that causes the e-mail, so that both commit or neither does.
// The dedupe key makes a retried job queue the same e-mail once.
export async function enqueueEmail(tx: Tx, email: OutgoingEmail) {
  await tx.emailOutbox.createMany({
    data: [
      {
        dedupeKey: email.dedupeKey,
        toEmail: email.to,
        fromName: email.fromName,
        subject: email.subject,
        html: email.html,
        text: email.text,
        template: email.template,
      },
    ],
    skipDuplicates: true,
  });
}

import { db } from "@/lib/db/client";

// For the development mailbox only (no SMTP configured): the latest queued e-mails.
export function listOutbox({ take = 100 }: { take?: number } = {}) {
  return db().emailOutbox.findMany({
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, toEmail: true, fromName: true, subject: true, status: true, createdAt: true },
  });
}

export function getOutboxEmail(id: string) {
  return db().emailOutbox.findUnique({
    where: { id },
    select: { id: true, toEmail: true, fromName: true, subject: true, html: true },
  });
}

import { db } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";
import { CLOSING_REMINDER_HOURS, type ClosingReminderHours } from "./queue-closing-reminders";

// The automatic e-mails are the messaging page's: whoever writes the market's messages chooses when members
// hear that orders close soon.
export async function getClosingReminderHours({ actor, marketId }: { actor: Actor; marketId: string }) {
  requireMarketRight(actor, marketId, "messages");
  const market = await db().market.findUnique({ where: { id: marketId }, select: { closingReminderHours: true } });
  if (!market) throw new DomainError("NOT_FOUND");
  return market.closingReminderHours as ClosingReminderHours;
}

export async function setClosingReminderHours({
  actor,
  marketId,
  hours,
}: {
  actor: Actor;
  marketId: string;
  hours: number;
}) {
  requireMarketRight(actor, marketId, "messages");
  if (!CLOSING_REMINDER_HOURS.includes(hours as ClosingReminderHours)) {
    throw new DomainError("CLOSING_REMINDER_HOURS_INVALID", "closingReminderHours");
  }
  await db().market.update({ where: { id: marketId }, data: { closingReminderHours: hours } });
}

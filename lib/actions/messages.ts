"use server";

import { revalidatePath } from "next/cache";
import { markMessageRead } from "@/lib/domain/message/list-messages";
import { setClosingReminderHours } from "@/lib/domain/notice/closing-reminder-hours";
import type { MarketAudience } from "@/lib/domain/message/message-audience";
import {
  replyToMessage,
  sendMarketMessage,
  sendMessageToProducer,
  type Attachment,
} from "@/lib/domain/message/send-message";
import { storableText } from "@/lib/validation/text";
import { formValues, type FormState, formField as field } from "./form-state";
import { runSignedInAction } from "./run-action";

const AUDIENCES: MarketAudience[] = ["ALL_MEMBERS", "NOT_ORDERED_NEXT", "ORDERED_NEXT", "ALL_PRODUCERS", "ADMINS"];

// The files as sent; what they are is decided from their content (lib/domain/message/message-limits.ts), never
// from the type or name the browser gives.
async function attachmentsOf(formData: FormData): Promise<Attachment[]> {
  const files = formData.getAll("attachments").filter((f): f is File => f instanceof File && f.size > 0);
  return Promise.all(
    files.map(async (f) => ({
      filename: storableText(f.name).slice(0, 200),
      bytes: new Uint8Array(await f.arrayBuffer()),
    })),
  );
}

export async function sendMarketMessageAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const marketId = field(formData, "marketId");
  const values = formValues(formData);
  return runSignedInAction(values, async ({ actor, t, now }) => {
    const subject = field(formData, "subject").trim();
    if (!subject) return { fieldErrors: { subject: t.auth.errors.required }, values };
    const producerId = field(formData, "producerId");
    const sent = producerId
      ? await sendMessageToProducer({ actor, marketId, producerId, subject, body: field(formData, "body"), now })
      : await sendMarketMessage({
          actor,
          marketId,
          audience: AUDIENCES.includes(field(formData, "audience") as MarketAudience)
            ? (field(formData, "audience") as MarketAudience)
            : "ALL_MEMBERS",
          subject,
          body: field(formData, "body"),
          attachments: await attachmentsOf(formData),
          now,
        });
    revalidatePath(`/admin/${marketId}/messagerie`);
    return { ok: true, message: t.admin.messages.sent(sent.recipients) };
  });
}

export async function replyToMessageAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return runSignedInAction(values, async ({ actor, t, now }) => {
    const messageId = field(formData, "messageId");
    await replyToMessage({ actor, messageId, body: field(formData, "body"), now });
    await markMessageRead({ actor, messageId, now });
    revalidatePath("/producteur/messages");
    return { ok: true, message: t.producer.inbox.replied };
  });
}

// « La commande ferme bientôt »: 24 or 48 hours before a sale closes (the messaging page's automatic e-mails).
export async function setClosingReminderAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const marketId = field(formData, "marketId");
  const values = formValues(formData);
  return runSignedInAction(values, async ({ actor, t }) => {
    await setClosingReminderHours({ actor, marketId, hours: Number(field(formData, "closingReminderHours")) });
    revalidatePath(`/admin/${marketId}/messagerie`);
    return { ok: true, message: t.admin.messages.automatic.saved, values };
  });
}

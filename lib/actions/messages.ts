"use server";

import { revalidatePath } from "next/cache";
import { appUrl } from "@/lib/env";
import { DomainError } from "@/lib/domain/errors";
import { markMessageRead } from "@/lib/domain/message/list-messages";
import { setClosingReminderHours } from "@/lib/domain/notice/closing-reminder-hours";
import type { MarketAudience } from "@/lib/domain/message/message-audience";
import {
  replyToMessage,
  sendMarketMessage,
  sendMessageToProducer,
  type Attachment,
} from "@/lib/domain/message/send-message";
import { previewMessageEmail } from "@/lib/domain/message/preview-message";
import { storeMessageImage } from "@/lib/domain/message/store-message-image";
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

// An image the message editor puts into a message (components/messaging/message-editor.tsx calls this with the
// chosen file): stored by Cabas, its address answered for the editor's <img>.
export async function uploadMessageImageAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState & { src?: string }> {
  return runSignedInAction({}, async ({ actor }) => {
    const file = formData.get("image");
    if (!(file instanceof File) || file.size === 0) throw new DomainError("IMAGE_INVALID", "image");
    const { src } = await storeMessageImage({
      actor,
      marketId: field(formData, "marketId"),
      upload: { bytes: new Uint8Array(await file.arrayBuffer()), size: file.size },
    });
    return { ok: true, src };
  });
}

// The e-mail as its recipients will see it, from the compose form as it stands (nothing is stored).
export async function previewMessageAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState & { preview?: string }> {
  const answer = await runSignedInAction({}, async ({ actor, locale }) => {
    const preview = await previewMessageEmail({
      actor,
      marketId: field(formData, "marketId"),
      subject: field(formData, "subject"),
      body: field(formData, "body"),
      locale,
      appUrl: appUrl(),
    });
    return { ok: true, preview } as FormState;
  });
  return answer;
}

"use server";

import { revalidatePath } from "next/cache";
import { appUrl } from "@/lib/env";
import { DomainError } from "@/lib/domain/errors";
import { markMessageRead } from "@/lib/domain/message/list-messages";
import { setClosingReminderHours } from "@/lib/domain/notice/closing-reminder-hours";
import type { MarketAudience } from "@/lib/domain/message/message-audience";
import { sendMarketMessage, sendMessageToProducer, type Attachment } from "@/lib/domain/message/send-message";
import { replyToMessage } from "@/lib/domain/message/reply-to-message";
import { answerThread } from "@/lib/domain/message/answer-thread";
import { linkCatalogFromMessage } from "@/lib/domain/message/link-catalog-from-message";
import { startConversation } from "@/lib/domain/message/start-conversation";
import { invalidatePublicPages } from "@/lib/public-cache";
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
    revalidatePath("/compte/messages");
    return { ok: true, message: t.producer.inbox.replied };
  });
}

// Issue #18, a market's inbox. A producer writes first to a market, maybe with one of its catalogs' shortcut.
export async function startConversationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return runSignedInAction(values, async ({ actor, t, now }) => {
    const sent = await startConversation({
      actor,
      producerId: field(formData, "producerId"),
      market: field(formData, "market"),
      subject: field(formData, "subject"),
      body: field(formData, "body"),
      catalogId: field(formData, "catalogId") || undefined,
      now,
    });
    return { ok: true, message: t.inbox.producer.sent(sent.market) };
  });
}

// An admin answers a thread of the inbox: to that member or producer only.
export async function answerThreadAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return runSignedInAction(values, async ({ actor, t, now }) => {
    const sent = await answerThread({
      actor,
      threadId: field(formData, "threadId"),
      body: field(formData, "body"),
      now,
    });
    revalidatePath(`/admin/${sent.marketId}/messagerie/recus`, "layout");
    return { ok: true, message: t.inbox.admin.answered };
  });
}

// « Lier ce catalogue » on a catalog a producer sent by message.
export async function linkCatalogFromMessageAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const marketId = field(formData, "marketId");
  return runSignedInAction({}, async ({ actor, t, now }) => {
    const linked = await linkCatalogFromMessage({ actor, marketId, messageId: field(formData, "messageId"), now });
    revalidatePath(`/admin/${marketId}/catalogues`);
    revalidatePath(`/admin/${marketId}/messagerie/recus`, "layout");
    invalidatePublicPages();
    return { ok: true, message: t.inbox.admin.linked(linked.name) };
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

"use server";

import { refresh } from "next/cache";
import { acceptDeliveryOffer } from "@/lib/domain/delivery-help/accept-delivery-offer";
import { chooseDeliveryHelp } from "@/lib/domain/delivery-help/choose-delivery-help";
import { offerDelivery } from "@/lib/domain/delivery-help/offer-delivery";
import { refuseDeliveryOffer } from "@/lib/domain/delivery-help/refuse-delivery-offer";
import { undoDeliveryMatch } from "@/lib/domain/delivery-help/undo-delivery-match";
import { withdrawDeliveryHelp } from "@/lib/domain/delivery-help/withdraw-delivery-help";
import { withdrawDeliveryOffer } from "@/lib/domain/delivery-help/withdraw-delivery-offer";
import { leaveDuty, signUpForDuty } from "@/lib/domain/duty/sign-up-for-duty";
import { createDutyRole } from "@/lib/domain/duty/create-duty-role";
import { bookPickupSlot } from "@/lib/domain/slot/book-pickup-slot";
import { enablePickupSlots } from "@/lib/domain/slot/enable-pickup-slots";
import { deliveryHelpSchema, dutyLeaveSchema } from "@/lib/validation/logistics";
import { fieldErrorsOf, formObject, formValues, type FormState, formField as id } from "./form-state";
import { runSignedInAction } from "./run-action";

export async function bookPickupSlotAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const orderId = id(formData, "orderId");
  return runSignedInAction(formValues(formData), async ({ actor, now, t }) => {
    await bookPickupSlot({ actor, orderId, slotId: id(formData, "slotId"), now });
    refresh();
    return { ok: true, message: t.logistics.page.slotBooked };
  });
}

export async function chooseDeliveryHelpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const orderId = id(formData, "orderId");
  const values = formValues(formData);
  return runSignedInAction(values, async ({ actor, now, t }) => {
    const parsed = deliveryHelpSchema.safeParse(formObject(formData));
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error, t), values };
    await chooseDeliveryHelp({ actor, orderId, input: parsed.data, now });
    refresh();
    return { ok: true, message: t.logistics.page.statusSaved };
  });
}

export async function withdrawDeliveryHelpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const orderId = id(formData, "orderId");
  return runSignedInAction({}, async ({ actor, now, t }) => {
    await withdrawDeliveryHelp({ actor, orderId, now });
    refresh();
    return { ok: true, message: t.logistics.page.withdrawn };
  });
}

// The delivery-offer forms sit on the pick-up page of the actor's own order (`orderId`), which is what changes.
export async function offerDeliveryAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runSignedInAction({}, async ({ actor, now, t }) => {
    await offerDelivery({ actor, requestOrderId: id(formData, "requestOrderId"), now });
    refresh();
    return { ok: true, message: t.logistics.page.offered };
  });
}

export async function withdrawDeliveryOfferAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runSignedInAction({}, async ({ actor, now, t }) => {
    await withdrawDeliveryOffer({ actor, offerId: id(formData, "offerId"), now });
    refresh();
    return { ok: true, message: t.logistics.page.offerWithdrawn };
  });
}

export async function acceptDeliveryOfferAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runSignedInAction({}, async ({ actor, now, t }) => {
    await acceptDeliveryOffer({ actor, offerId: id(formData, "offerId"), now });
    refresh();
    return { ok: true, message: t.logistics.page.accepted };
  });
}

export async function refuseDeliveryOfferAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runSignedInAction({}, async ({ actor, now, t }) => {
    await refuseDeliveryOffer({ actor, offerId: id(formData, "offerId"), now });
    refresh();
    return { ok: true, message: t.logistics.page.refused };
  });
}

export async function undoDeliveryMatchAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runSignedInAction({}, async ({ actor, now, t }) => {
    await undoDeliveryMatch({ actor, offerId: id(formData, "offerId"), now });
    refresh();
    return { ok: true, message: t.logistics.admin.undone };
  });
}

export async function signUpForDutyAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runSignedInAction({}, async ({ actor, now, t }) => {
    await signUpForDuty({ actor, shiftId: id(formData, "shiftId"), now });
    refresh();
    return { ok: true, message: t.logistics.page.dutySignedUp };
  });
}

export async function leaveDutyAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return runSignedInAction(values, async ({ actor, t }) => {
    const parsed = dutyLeaveSchema.safeParse(formObject(formData));
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error, t), values };
    await leaveDuty({ actor, shiftId: id(formData, "shiftId"), reason: parsed.data.reason });
    refresh();
    return { ok: true, message: t.logistics.page.dutyLeft };
  });
}

export async function enablePickupSlotsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return runSignedInAction(values, async ({ actor, t }) => {
    const capacity = Number(id(formData, "capacity"));
    const last = id(formData, "lastSlotCapacity").trim();
    await enablePickupSlots({
      actor,
      distributionId: id(formData, "distributionId"),
      capacity,
      lastSlotCapacity: last === "" ? null : Number(last),
    });
    refresh();
    return { ok: true, message: t.logistics.admin.enabled, values };
  });
}

export async function createDutyRoleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return runSignedInAction(values, async ({ actor, t }) => {
    const name = id(formData, "name").trim().slice(0, 120);
    if (!name) return { fieldErrors: { name: t.auth.errors.required }, values };
    await createDutyRole({
      actor,
      marketId: id(formData, "marketId"),
      name,
      description: id(formData, "description").trim().slice(0, 1000) || undefined,
    });
    refresh();
    return { ok: true, message: t.logistics.admin.roleCreated };
  });
}

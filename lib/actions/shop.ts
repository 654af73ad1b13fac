"use server";

import { refresh, revalidatePath } from "next/cache";
import { updateEmailPreferences, updateProfile } from "@/lib/domain/account/update-profile";
import { joinMarket } from "@/lib/domain/membership/join-market";
import { leaveMarket } from "@/lib/domain/membership/leave-market";
import { confirmOrder } from "@/lib/domain/order/confirm-order";
import { contactSchema, emailPreferencesSchema, paymentChoiceSchema, profileSchema } from "@/lib/validation/shop";
import { fieldErrorsOf, formObject, formValues, type FormState, formField as field } from "./form-state";
import { runSignedInAction } from "./run-action";
import { redirectHere } from "./redirect-here";

// Once confirmed, the shopper goes on to choosing a pick-up slot or a delivery-help status when the sale offers
// them (/retrait), or sees their order.
export async function confirmOrderAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const orderId = field(formData, "orderId");
  let next = `/commande/${orderId}?confirmee=1`;
  const state = await runSignedInAction({}, async ({ actor, now, t }) => {
    const parsed = paymentChoiceSchema.safeParse(formObject(formData));
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error, t) };
    const { pickupChoices } = await confirmOrder({ actor, orderId, method: parsed.data.method, now });
    if (pickupChoices) next = `/retrait/${orderId}?confirmee=1`;
    return { ok: true };
  });
  if (state.ok) await redirectHere(next);
  // A stock check that left nothing in the basket kept what it removed: show the basket as it is now.
  refresh();
  return state;
}

export async function updateProfileAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return saveProfile(formData, profileSchema);
}

export async function updateContactAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return saveProfile(formData, contactSchema);
}

async function saveProfile(
  formData: FormData,
  schema: typeof profileSchema | typeof contactSchema,
): Promise<FormState> {
  const values = formValues(formData);
  return runSignedInAction(values, async ({ actor, t }) => {
    const parsed = schema.safeParse(formObject(formData));
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error, t), values };
    await updateProfile({ actor, input: parsed.data });
    refresh();
    return { ok: true, message: t.shop.profileSaved, values };
  });
}

export async function updateEmailPreferencesAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return runSignedInAction(values, async ({ actor, t, now }) => {
    const parsed = emailPreferencesSchema.safeParse(formObject(formData));
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error, t), values };
    // One checkbox « messages:<market> » per market listed (`messageMarkets`); unchecked ones are not sent.
    const marketIds = field(formData, "messageMarkets").split(",").filter(Boolean).slice(0, 200);
    const marketMessages = Object.fromEntries(marketIds.map((id) => [id, formData.get(`messages:${id}`) === "on"]));
    await updateEmailPreferences({ actor, ...parsed.data, marketMessages, now });
    revalidatePath("/compte");
    return { ok: true, message: t.shop.account.preferencesSaved };
  });
}

export async function leaveMarketAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runSignedInAction({}, async ({ actor, now, t }) => {
    await leaveMarket({ actor, marketId: field(formData, "marketId"), now });
    revalidatePath("/compte");
    return { ok: true, message: t.shop.account.left };
  });
}

export async function joinMarketAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runSignedInAction({}, async ({ actor, now, t }) => {
    await joinMarket({ actor, marketId: field(formData, "marketId"), now });
    refresh();
    return { ok: true, message: t.market.joined };
  });
}

"use server";

import { refresh } from "next/cache";
import { setBasketCollected } from "@/lib/domain/distribution-day/set-basket-collected";
import { nameReferent } from "@/lib/domain/referent/name-referent";
import { removeReferent } from "@/lib/domain/referent/remove-referent";
import { formField as field, formValues, type FormState } from "./form-state";
import { runSignedInAction } from "./run-action";

// The distribution day's own actions. What else the day screen does (a delivered quantity, a payment, a basket's
// validation) goes through the admin's actions, whose use cases let the distribution's referents in
// (canRunDistributionDay).

// « Retiré », or its undo (`collected` = "false").
export async function setBasketCollectedAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runSignedInAction({}, async ({ actor, t, now }) => {
    const collected = field(formData, "collected") !== "false";
    await setBasketCollected({
      actor,
      marketId: field(formData, "marketId"),
      orderId: field(formData, "orderId"),
      collected,
      now,
    });
    refresh();
    return { ok: true, message: collected ? t.day.collectedDone : t.day.uncollectedDone };
  });
}

export async function nameReferentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return runSignedInAction(values, async ({ actor, t }) => {
    if (!field(formData, "userId")) return { fieldErrors: { userId: t.day.referents.chooseSomeone }, values };
    await nameReferent({
      actor,
      marketId: field(formData, "marketId"),
      distributionId: field(formData, "distributionId"),
      userId: field(formData, "userId"),
    });
    refresh();
    return { ok: true, message: t.day.referents.named };
  });
}

export async function removeReferentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runSignedInAction({}, async ({ actor, t }) => {
    await removeReferent({
      actor,
      marketId: field(formData, "marketId"),
      distributionId: field(formData, "distributionId"),
      userId: field(formData, "userId"),
    });
    refresh();
    return { ok: true, message: t.day.referents.removed };
  });
}

"use server";

import { redirect } from "next/navigation";
import { refresh } from "next/cache";
import { refundOverpayment } from "@/lib/domain/payment/refund-overpayment";
import { startCardCheckout } from "@/lib/domain/payment/start-card-checkout";
import { startStripeOnboarding } from "@/lib/domain/payout/start-stripe-onboarding";
import { appUrl } from "@/lib/env";
import { formatMoney } from "@/lib/money";
import { formField as field, type FormState } from "./form-state";
import { runSignedInAction } from "./run-action";

// Online card: the order's amount (or what an edit added) goes to Stripe Checkout; the webhook settles it.
export async function startCardCheckoutAction(_prev: FormState, formData: FormData): Promise<FormState> {
  let url: string | null = null;
  const state = await runSignedInAction({}, async ({ actor, now }) => {
    url = (await startCardCheckout({ actor, orderId: field(formData, "orderId"), now, appUrl: appUrl() })).url;
    return { ok: true };
  });
  if (url) redirect(url);
  // A draft's stock check may have changed the basket before refusing to take the payment: show it as it is.
  refresh();
  return state;
}

// Distribution day: give back paid − new total after a basket was adjusted.
export async function refundOverpaymentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runSignedInAction({}, async ({ actor, now, t, locale }) => {
    const result = await refundOverpayment({ actor, orderId: field(formData, "orderId"), now });
    refresh();
    return {
      ok: true,
      message: t.money.refunded(formatMoney(result.toCardCents, locale), formatMoney(result.toBalanceCents, locale)),
    };
  });
}

export async function startStripeOnboardingAction(_prev: FormState, formData: FormData): Promise<FormState> {
  let url: string | null = null;
  const state = await runSignedInAction({}, async ({ actor }) => {
    url = (await startStripeOnboarding({ actor, producerId: field(formData, "producerId"), appUrl: appUrl() })).url;
    return { ok: true };
  });
  if (url) redirect(url);
  return state;
}

"use server";

import { revalidatePath } from "next/cache";
import { recordManualPayout } from "@/lib/domain/payout/record-manual-payout";
import { recordProducerSettlement } from "@/lib/domain/payout/record-producer-settlement";
import { reverseProducerSettlement } from "@/lib/domain/payout/reverse-producer-settlement";
import { formatMoney } from "@/lib/money";
import { manualPayoutSchema, producerSettlementSchema } from "@/lib/validation/statements";
import { fieldErrorsOf, formField as field, formObject, formValues, type FormState } from "./form-state";
import { runSignedInAction } from "./run-action";

// « Payé au producteur » on the market's statements (its admins: checked in the domain).
export async function recordProducerSettlementAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const marketId = field(formData, "marketId");
  return runSignedInAction(formValues(formData), async ({ actor, t, locale, now }) => {
    const parsed = producerSettlementSchema.safeParse(formObject(formData));
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error, t), values: formValues(formData) };
    const { amount, ...settlement } = parsed.data;
    await recordProducerSettlement({ actor, marketId, ...settlement, amountCents: amount, now });
    revalidatePath(`/admin/${marketId}/versements`);
    return { ok: true, message: t.statements.recorded(formatMoney(amount, locale)) };
  });
}

// A settlement recorded by mistake is reversed (it stays in the history).
export async function reverseProducerSettlementAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const marketId = field(formData, "marketId");
  return runSignedInAction({}, async ({ actor, t, now }) => {
    await reverseProducerSettlement({ actor, marketId, transactionId: field(formData, "transactionId"), now });
    revalidatePath(`/admin/${marketId}/versements`);
    return { ok: true, message: t.statements.reversed };
  });
}

// A payout Cabas made by bank transfer, recorded by the platform's operator (checked in the domain).
export async function recordManualPayoutAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runSignedInAction(formValues(formData), async ({ actor, t, now }) => {
    const parsed = manualPayoutSchema.safeParse(formObject(formData));
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error, t), values: formValues(formData) };
    await recordManualPayout({ actor, ...parsed.data, now });
    revalidatePath("/operateur/versements");
    return { ok: true, message: t.statements.operator.recorded };
  });
}

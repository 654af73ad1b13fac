"use server";

import { revalidatePath } from "next/cache";
import { cancelFeeInvoice } from "@/lib/domain/invoice/cancel-fee-invoice";
import { invoiceReference } from "@/lib/domain/invoice/get-fee-invoice";
import { formField as field, type FormState } from "./form-state";
import { runSignedInAction } from "./run-action";

// « Annuler par un avoir » on the market's fee invoices (its admins: checked in the domain).
export async function cancelFeeInvoiceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const marketId = field(formData, "marketId");
  return runSignedInAction({}, async ({ actor, t, now }) => {
    const note = await cancelFeeInvoice({ actor, invoiceId: field(formData, "invoiceId"), now });
    revalidatePath(`/admin/${marketId}/versements`);
    revalidatePath("/producteur/versements");
    return { ok: true, message: t.invoices.cancelled(invoiceReference(note)) };
  });
}

import type { PaymentMethod } from "@/generated/prisma/client";
import { recordPaymentAction } from "@/lib/actions/money";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { formatAmountInput } from "@/lib/money";
import { ActionForm, FormField, FormSelect } from "../ui/action-form";

const METHODS = ["CASH", "CHEQUE", "CARD_TERMINAL", "TRANSFER", "BALANCE"] as const;

// « Enregistrer un paiement » for one basket: the method, the amount (what is still due, which the admin may
// lower for a partial payment) and a reference for a transfer or a cheque (the text found on the bank statement
// when the basket was found by it). « From the balance » is not offered
// for a card-paid basket, whose refunds go back to the card.
export function RecordPaymentForm({
  marketId,
  orderId,
  dueCents,
  paymentMethod,
  defaultMethod = paymentMethod === "TRANSFER" ? "TRANSFER" : "CASH",
  reference,
  locale,
  t,
}: {
  marketId: string;
  orderId: string;
  dueCents: number;
  paymentMethod: PaymentMethod | null;
  defaultMethod?: (typeof METHODS)[number];
  reference?: string;
  locale: Locale;
  t: Messages;
}) {
  const b = t.payments.basket;
  const methods = METHODS.filter((m) => m !== "BALANCE" || paymentMethod !== "CARD");
  return (
    <ActionForm
      action={recordPaymentAction}
      hidden={{ marketId, orderId }}
      submitLabel={b.record}
      pendingLabel={t.common.loading}
      submitClassName="self-start"
      className="flex flex-col gap-2"
      messageAs="toast"
    >
      <FormSelect
        name="method"
        label={b.method}
        options={methods.map((m) => [m, t.payments.methods[m]])}
        defaultValue={defaultMethod}
      />
      <FormField
        name="amount"
        label={b.amount}
        hint={b.amountHint}
        inputMode="decimal"
        autoComplete="off"
        defaultValue={formatAmountInput(dueCents, locale)}
      />
      <FormField name="reference" label={b.reference} autoComplete="off" defaultValue={reference} />
    </ActionForm>
  );
}

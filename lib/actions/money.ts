"use server";

import { refresh } from "next/cache";
import { adjustBalance } from "@/lib/domain/ledger/adjust-balance";
import { parsePaymentAmount } from "@/lib/domain/payment/payment-input";
import { recordPayment } from "@/lib/domain/payment/record-payment";
import { recordTopUp } from "@/lib/domain/payment/record-top-up";
import { reversePayment } from "@/lib/domain/payment/reverse-payment";
import { shopperBalanceCents } from "@/lib/domain/ledger/balances";
import { db } from "@/lib/db/client";
import { formatMoney } from "@/lib/money";
import { adjustBalanceSchema, recordPaymentSchema, recordTopUpSchema } from "@/lib/validation/payment";
import { formField as field, formValues, type FormState, parseForm as parse } from "./form-state";
import { runSignedInAction } from "./run-action";

// Money an admin records or corrects: each action parses the form, and the use case checks that the actor
// administers the market and that the basket, payment or member belongs to it.

export async function recordPaymentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return runSignedInAction(values, async ({ actor, t, locale, now }) => {
    const parsed = parse(recordPaymentSchema, formData, t);
    if ("state" in parsed) return parsed.state;
    const { marketId, orderId, method, amount, reference } = parsed.data;
    const paid = await recordPayment({ actor, marketId, orderId, method, amount, reference, now });
    refresh();
    const b = t.payments.basket;
    return {
      ok: true,
      message: paid.paymentId
        ? b.recorded(formatMoney(paid.amountCents, locale), formatMoney(paid.dueCents, locale))
        : b.paidFromBalance,
    };
  });
}

export async function reversePaymentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runSignedInAction({}, async ({ actor, t, now }) => {
    await reversePayment({
      actor,
      marketId: field(formData, "marketId"),
      paymentId: field(formData, "paymentId"),
      now,
    });
    refresh();
    return { ok: true, message: t.payments.basket.reversedDone };
  });
}

export async function recordTopUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return runSignedInAction(values, async ({ actor, t, locale, now }) => {
    const parsed = parse(recordTopUpSchema, formData, t);
    if ("state" in parsed) return parsed.state;
    const { marketId, userId, method, amount, reference } = parsed.data;
    const { balanceCents } = await recordTopUp({ actor, marketId, userId, method, amount, reference, now });
    refresh();
    return {
      ok: true,
      message: t.payments.member.topUpDone(
        formatMoney(parsePaymentAmount(amount), locale),
        formatMoney(balanceCents, locale),
      ),
    };
  });
}

export async function adjustBalanceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return runSignedInAction(values, async ({ actor, t, locale, now }) => {
    const parsed = parse(adjustBalanceSchema, formData, t);
    if ("state" in parsed) return parsed.state;
    const { marketId, userId, direction, reason, amount, note } = parsed.data;
    const cents = parsePaymentAmount(amount);
    await adjustBalance({
      actor,
      marketId,
      userId,
      amountCents: direction === "CREDIT" ? cents : -cents,
      reason,
      note,
      now,
    });
    refresh();
    return {
      ok: true,
      message: t.payments.member.adjusted(formatMoney(await shopperBalanceCents(db(), marketId, userId), locale)),
    };
  });
}

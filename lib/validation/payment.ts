import { z } from "zod";
import { UNPAID_CHOICES } from "@/lib/domain/distribution-day/settle-unpaid-baskets";
import { BALANCE_ADJUSTMENT_REASONS } from "@/lib/domain/ledger/adjust-balance";
import { RECORDED_METHODS } from "@/lib/domain/payment/record-payment";
import { TOP_UP_METHODS } from "@/lib/domain/payment/record-top-up";

// Messages are keys of `payments.errors` (amounts and references are read by lib/domain/payment/payment-input.ts,
// whose errors come back next to the same fields).
const id = z.string({ message: "required" }).min(1, "required");
const text = z.string().optional().default("");

export const recordPaymentSchema = z.object({
  marketId: id,
  orderId: id,
  method: z.enum(RECORDED_METHODS, { message: "methodInvalid" }),
  amount: text,
  reference: text,
});

export const recordTopUpSchema = z.object({
  marketId: id,
  userId: id,
  method: z.enum(TOP_UP_METHODS, { message: "methodInvalid" }),
  amount: text,
  reference: text,
});

export const adjustBalanceSchema = z.object({
  marketId: id,
  userId: id,
  direction: z.enum(["CREDIT", "DEBIT"], { message: "choiceInvalid" }),
  reason: z.enum(BALANCE_ADJUSTMENT_REASONS, { message: "reasonInvalid" }),
  amount: text,
  note: text,
});

// « Valider la distribution »: the answer for each unpaid basket comes as `unpaid-<order id>`.
export const unpaidChoiceSchema = z.enum(UNPAID_CHOICES, { message: "choiceInvalid" });

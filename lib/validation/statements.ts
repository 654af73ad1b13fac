import { z } from "zod";
import { parseMoney } from "@/lib/money";

// Messages are keys of `statements.errors` (or `money.errors`) in lib/i18n.
export const SETTLEMENT_METHODS = ["TRANSFER", "CHEQUE", "CASH"] as const;
export type SettlementMethod = (typeof SETTLEMENT_METHODS)[number];

// The day money left, as a date field sends it (YYYY-MM-DD).
const paidOn = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "SETTLEMENT_DATE_INVALID");

// « Payé au producteur »: how much, how, on which day and its reference.
export const producerSettlementSchema = z.object({
  producerId: z.string().min(1, "required"),
  distributionId: z.string().min(1, "required"),
  amount: z
    .string()
    .transform(parseMoney)
    .pipe(z.number({ error: "AMOUNT_INVALID" }).int().positive("AMOUNT_INVALID")),
  method: z.enum(SETTLEMENT_METHODS, { error: "SETTLEMENT_METHOD_REQUIRED" }),
  paidOn,
  reference: z
    .string()
    .trim()
    .max(100, "REFERENCE_TOO_LONG")
    .optional()
    .transform((v) => v || null),
});
export type ProducerSettlementInput = z.infer<typeof producerSettlementSchema>;

// A payout Cabas made by bank transfer: the day it left and the transfer's reference.
export const manualPayoutSchema = z.object({
  payoutId: z.string().min(1, "required"),
  paidOn,
  reference: z.string().trim().min(1, "PAYOUT_REFERENCE_REQUIRED").max(100, "REFERENCE_TOO_LONG"),
});

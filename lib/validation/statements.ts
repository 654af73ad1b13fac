import { z } from "zod";
import { parseMoney } from "@/lib/money";

// Messages are keys of `statements.errors` (or `money.errors`) in lib/i18n.
export const SETTLEMENT_METHODS = ["TRANSFER", "CHEQUE", "CASH"] as const;
export type SettlementMethod = (typeof SETTLEMENT_METHODS)[number];

// « Payé au producteur »: how much, how, on which day (YYYY-MM-DD, as a date field sends it) and its reference.
export const producerSettlementSchema = z.object({
  producerId: z.string().min(1, "required"),
  distributionId: z.string().min(1, "required"),
  amount: z
    .string()
    .transform(parseMoney)
    .pipe(z.number({ error: "AMOUNT_INVALID" }).int().positive("AMOUNT_INVALID")),
  method: z.enum(SETTLEMENT_METHODS, { error: "SETTLEMENT_METHOD_REQUIRED" }),
  paidOn: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "SETTLEMENT_DATE_INVALID"),
  reference: z
    .string()
    .trim()
    .max(100, "REFERENCE_TOO_LONG")
    .optional()
    .transform((v) => v || null),
});
export type ProducerSettlementInput = z.infer<typeof producerSettlementSchema>;

import { z } from "zod";
import { optionalPhone } from "./contact-fields";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "tooLong")
    .optional()
    .transform((v) => (v ? v : null));

// Messages are keys of `auth.errors`/`shop.errors` looked up at the edge.
export const profileSchema = z.object({
  firstName: z.string().trim().min(1, "required").max(80, "tooLong"),
  lastName: z.string().trim().min(1, "required").max(80, "tooLong"),
  phone: optionalPhone,
  address: optionalText(200),
  zipCode: optionalText(12),
  city: optionalText(80),
});
export type ProfileInput = z.infer<typeof profileSchema>;

// The banner a market that requires a phone and/or an address shows before ordering.
export const contactSchema = profileSchema.pick({ phone: true, address: true, zipCode: true, city: true }).partial();

// A checked box sends « on »; any other value comes from a hand-made request.
const checkbox = z.literal("on", "choiceInvalid").optional().transform(Boolean);

export const emailPreferencesSchema = z.object({
  notifySaleOpening: checkbox,
  notifyReminder: checkbox,
  receiptByEmail: checkbox,
});

export const paymentChoiceSchema = z.object({
  method: z.enum(["ON_SITE", "TRANSFER", "BALANCE"], { message: "required" }),
});

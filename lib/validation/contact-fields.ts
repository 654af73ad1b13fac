import { z } from "zod";

// Contact details typed in a form, both optional: an empty field is null. Messages are error keys (lib/i18n).
export const optionalEmail = z
  .string()
  .trim()
  .max(254, "emailInvalid")
  .optional()
  .transform((v) => (v ? v.toLowerCase() : null))
  .pipe(z.email("emailInvalid").nullable());

export const optionalPhone = z
  .string()
  .trim()
  .max(30, "tooLong")
  .regex(/^[+\d][\d\s.\-()]{5,}$|^$/, "phoneInvalid")
  .optional()
  .transform((v) => (v ? v : null));

import { z } from "zod";

// Messages are keys of `auth.errors` in lib/i18n; the action turns them into the reader's language.
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "required")
  .max(254, "emailInvalid")
  .pipe(z.email("emailInvalid"));
export const newPasswordSchema = z.string().min(10, "passwordWeak").max(200, "passwordTooLong");

export const signUpSchema = z.object({
  firstName: z.string().trim().min(1, "required").max(80, "tooLong"),
  lastName: z.string().trim().min(1, "required").max(80, "tooLong"),
  email: emailSchema,
  password: newPasswordSchema,
  // The privacy notice's checkbox: an account is only opened with the person's consent.
  privacy: z.literal("on", { error: "privacyRequired" }),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "required").max(200, "passwordTooLong"),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const forgotPasswordSchema = z.object({ email: emailSchema });

// The token of an e-mailed link: one cut short or made up is not a valid link.
const linkToken = (message: string) => z.string().min(20, message).max(200, message);

export const resetPasswordSchema = z.object({
  token: linkToken("resetTokenInvalid"),
  password: newPasswordSchema,
});
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

export const emailLinkSchema = z.object({ token: linkToken("linkInvalid") });

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, "required").max(200, "passwordTooLong"),
  newPassword: newPasswordSchema,
});

// The new address is normalised as at sign-up (trimmed, lower case), so it is compared and stored the same way.
export const requestEmailChangeSchema = z.object({
  newEmail: emailSchema,
  currentPassword: z.string().min(1, "required").max(200, "passwordTooLong"),
});

// The « it was not me » link's form: like a password reset, the link and a new password.
export const revertEmailChangeSchema = resetPasswordSchema;

"use server";

import { AuthError } from "next-auth";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { EmailNotVerified, signIn, signOut, TooManySignIns } from "@/lib/auth/auth";
import { deleteAccount } from "@/lib/domain/account/delete-account";
import { DomainError } from "@/lib/domain/errors";
import { getEmailVerification } from "@/lib/domain/user/confirm-email";
import { registerUser } from "@/lib/domain/user/register-user";
import { requestPasswordReset } from "@/lib/domain/user/request-password-reset";
import { resetPassword } from "@/lib/domain/user/reset-password";
import { clientIp } from "@/lib/auth/client-ip";
import { RateLimitedError } from "@/lib/domain/throttle/limits";
import { accountLocale } from "@/lib/domain/user/account-locale";
import { changePassword } from "@/lib/domain/user/change-password";
import { appUrl } from "@/lib/env";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { translateError } from "@/lib/i18n/translate-error";
import { invalidatePublicPages } from "@/lib/public-cache";
import {
  changePasswordSchema,
  emailLinkSchema,
  forgotPasswordSchema,
  resetPasswordSchema,
  signInSchema,
  signUpSchema,
} from "@/lib/validation/auth";
import { fieldErrorsOf, formObject, formValues, safeCallbackPath, type FormState } from "./form-state";
import { runSignedInAction } from "./run-action";
import { localizedHere, redirectHere } from "./redirect-here";

async function authTranslator() {
  const { locale, t } = await getMessages();
  const errors = t.auth.errors as Record<string, string>;
  return { locale, t, translate: (key: string) => errors[key] ?? errors.required };
}

async function rememberLocale(locale: string) {
  if (isLocale(locale))
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
}

// Signs in through Auth.js (which checks the password once, within the limits), then remembers the person's
// language and goes on. Only Auth.js's own errors become a message; the redirect happens outside the try.
async function signInAndRedirect(email: string, password: string, redirectTo: string, t: Messages): Promise<string> {
  let url: string;
  try {
    url = await signIn("credentials", { email, password, redirectTo, redirect: false });
  } catch (error) {
    if (error instanceof TooManySignIns) {
      const refusal = new RateLimitedError(error.retryAfterSeconds);
      return translateError(t, refusal.code, refusal.params);
    }
    if (error instanceof EmailNotVerified) return t.auth.errors.emailNotVerified;
    if (error instanceof AuthError) return t.auth.errors.invalidCredentials;
    throw error;
  }
  const locale = await accountLocale(email);
  if (locale) await rememberLocale(locale);
  redirect(url);
}

// The same answer whether or not the address has an account (lib/domain/user/register-user.ts); nobody is
// signed in until the e-mailed link is used.
export async function signUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const { locale, t } = await authTranslator();
  const values = formValues(formData, ["password"]);
  const parsed = signUpSchema.safeParse(formObject(formData));
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error, t), values };
  try {
    await registerUser({
      ...parsed.data,
      locale,
      ip: clientIp(await headers()),
      callbackUrl: safeCallbackPath(formData.get("callbackUrl")),
      appUrl: appUrl(),
      now: new Date(),
    });
  } catch (error) {
    if (error instanceof RateLimitedError) return { error: translateError(t, error.code, error.params), values };
    throw error;
  }
  return { ok: true, message: t.auth.signUp.checkInbox(parsed.data.email) };
}

// The button of the page the e-mailed link opens: uses the link once, which confirms the address and signs
// the person in (Auth.js provider « email-link »), then goes where they signed up from.
export async function confirmEmailAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const { t } = await authTranslator();
  const parsed = emailLinkSchema.safeParse(formObject(formData));
  const link = parsed.success ? await getEmailVerification({ token: parsed.data.token, now: new Date() }) : null;
  if (!parsed.success || !link) return { error: t.auth.confirmEmail.invalid };
  let url: string;
  try {
    url = await signIn("email-link", {
      token: parsed.data.token,
      redirectTo: safeCallbackPath(link.callbackUrl),
      redirect: false,
    });
  } catch (error) {
    if (error instanceof AuthError) return { error: t.auth.confirmEmail.invalid };
    throw error;
  }
  const locale = await accountLocale(link.email);
  if (locale) await rememberLocale(locale);
  redirect(url);
}

export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const { t } = await authTranslator();
  const values = formValues(formData, ["password"]);
  const parsed = signInSchema.safeParse(formObject(formData));
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error, t), values };
  const error = await signInAndRedirect(
    parsed.data.email,
    parsed.data.password,
    safeCallbackPath(formData.get("callbackUrl")),
    t,
  );
  return { error, values };
}

export async function forgotPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const { t } = await authTranslator();
  const values = formValues(formData);
  const parsed = forgotPasswordSchema.safeParse(formObject(formData));
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error, t), values };
  try {
    await requestPasswordReset({
      email: parsed.data.email,
      ip: clientIp(await headers()),
      appUrl: appUrl(),
      callbackUrl: safeCallbackPath(formData.get("callbackUrl")),
      now: new Date(),
    });
  } catch (error) {
    if (error instanceof RateLimitedError) return { error: translateError(t, error.code, error.params), values };
    throw error;
  }
  return { ok: true, message: t.auth.forgot.sent, values };
}

export async function resetPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const { t, translate } = await authTranslator();
  const parsed = resetPasswordSchema.safeParse(formObject(formData));
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error, t) };
  try {
    await resetPassword({ ...parsed.data, now: new Date() });
  } catch (error) {
    if (error instanceof DomainError && error.code === "RESET_TOKEN_INVALID")
      return { error: translate("resetTokenInvalid") };
    throw error;
  }
  return { ok: true, message: t.auth.reset.done };
}

// « Supprimer mon compte »: the password confirms it; once erased, the person is signed out and told so.
export async function deleteAccountAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const state = await runSignedInAction({}, async ({ actor, now }) => {
    await deleteAccount({ actor, password: String(formData.get("password") ?? ""), now });
    // A producer left with nobody to run it stops selling: its catalogs leave the public pages.
    invalidatePublicPages();
    return { ok: true };
  });
  if (state.ok) await signOut({ redirectTo: await localizedHere("/?compte=supprime") });
  return state;
}

// Every session ends with the old password; this one signs in again with the new one and stays open. The
// page is then loaded afresh (this request still carries the old session) and says it worked.
export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const renewed: { email?: string; password?: string } = {};
  const state = await runSignedInAction({}, async ({ actor, t, now }) => {
    const parsed = changePasswordSchema.safeParse(formObject(formData));
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error, t) };
    renewed.email = (await changePassword({ actor, ...parsed.data, now })).email;
    renewed.password = parsed.data.newPassword;
    return { ok: true };
  });
  if (!renewed.email) return state;
  await signIn("credentials", { ...renewed, redirect: false });
  return redirectHere("/compte?mot-de-passe=change#password-title");
}

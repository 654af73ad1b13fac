"use server";

import { refresh } from "next/cache";
import { DomainError } from "@/lib/domain/errors";
import { confirmEmailChange } from "@/lib/domain/user/confirm-email-change";
import { requestEmailChange } from "@/lib/domain/user/request-email-change";
import { revertEmailChange } from "@/lib/domain/user/revert-email-change";
import { appUrl } from "@/lib/env";
import { getMessages } from "@/lib/i18n/server";
import { translateError } from "@/lib/i18n/translate-error";
import { emailLinkSchema, requestEmailChangeSchema, revertEmailChangeSchema } from "@/lib/validation/auth";
import { fieldErrorsOf, formObject, formValues, type FormState } from "./form-state";
import { runSignedInAction } from "./run-action";
import { redirectHere } from "./redirect-here";

// « Mon compte » → « Adresse e-mail »: the same answer whether or not the new address is free
// (lib/domain/user/request-email-change.ts). The password is never sent back.
export async function requestEmailChangeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["currentPassword"]);
  return runSignedInAction(values, async ({ actor, t, now }) => {
    const parsed = requestEmailChangeSchema.safeParse(formObject(formData));
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error, t), values };
    const { email } = await requestEmailChange({ actor, ...parsed.data, appUrl: appUrl(), now });
    refresh();
    return { ok: true, message: t.auth.changeEmail.sent(email) };
  });
}

// The button of the page the link sent to the new address opens, signed in as the account that asked.
export async function confirmEmailChangeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const state = await runSignedInAction({}, async ({ actor, t, now }) => {
    const parsed = emailLinkSchema.safeParse(formObject(formData));
    if (!parsed.success) return { error: t.auth.errors.EMAIL_CHANGE_LINK_INVALID };
    await confirmEmailChange({ actor, token: parsed.data.token, appUrl: appUrl(), now });
    return { ok: true };
  });
  if (!state.ok) return state;
  return redirectHere("/compte?adresse=changee#email-title");
}

// The « it was not me » link sent to the old address: no session needed, the link is the credential.
export async function revertEmailChangeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const { locale, t } = await getMessages();
  const parsed = revertEmailChangeSchema.safeParse(formObject(formData));
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error, t);
    return fieldErrors.token ? { error: t.auth.errors.EMAIL_REVERT_LINK_INVALID } : { fieldErrors };
  }
  try {
    const { email } = await revertEmailChange({ ...parsed.data, now: new Date() });
    return { ok: true, message: t.auth.revertEmailChange.done(email) };
  } catch (error) {
    if (error instanceof DomainError) return { error: translateError(t, error.code, error.params, locale) };
    throw error;
  }
}

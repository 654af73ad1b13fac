import "server-only";
import { currentUserId } from "@/lib/auth/current-user";
import { type Actor, loadActor } from "@/lib/domain/access/actor";
import { DomainError } from "@/lib/domain/errors";
import { getMessages } from "@/lib/i18n/server";
import { translateError } from "@/lib/i18n/translate-error";
import type { Messages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import type { FormState } from "./form-state";

export type ActionContext = { actor: Actor; t: Messages; locale: Locale; now: Date };

// The shared shape of a signed-in form action: resolve the actor (rights read afresh), run the body, and
// turn a DomainError into a localized message next to its field. The body still checks role and ownership
// itself, through lib/domain. Next's redirect()/notFound() throws pass through untouched.
export async function runSignedInAction(
  values: Record<string, string>,
  body: (ctx: ActionContext) => Promise<FormState>,
): Promise<FormState> {
  const { locale, t } = await getMessages();
  const userId = await currentUserId();
  if (!userId) return { error: t.common.errors.FORBIDDEN, values };
  try {
    const actor = await loadActor(userId);
    return await body({ actor, t, locale, now: new Date() });
  } catch (error) {
    if (error instanceof DomainError) return refusalState(error, t, locale, values);
    throw error;
  }
}

// A refusal of the domain as a form shows it: its message in the reader's language, next to its field when it
// names one, with what was typed kept.
export function refusalState(
  error: DomainError,
  t: Messages,
  locale: Locale,
  values: Record<string, string>,
): FormState {
  const message = translateError(t, error.code, error.params, locale);
  return error.field ? { fieldErrors: { [error.field]: message }, values } : { error: message, values };
}

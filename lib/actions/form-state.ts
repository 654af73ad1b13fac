import type { z } from "zod";
import type { PersonalView } from "@/lib/domain/personal/get-personal-view";
import type { Messages } from "@/lib/i18n/messages";
import { translateError } from "@/lib/i18n/translate-error";
import { storableText } from "@/lib/validation/text";

// What a form action returns: a message next to each field that failed, a general message, and the values
// typed so that nothing is lost when the form renders again.
export type FormState = {
  ok?: boolean;
  message?: string;
  error?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
  // What a public page shows of the shopper after the change (a basket change), so that it need not ask for it
  // again (components/personal/personal.tsx).
  personal?: PersonalView;
  // A preview of rows to import, each with its error in the reader's language.
  rows?: { line: number; label: string; error: string | null }[];
  // An API key just created, shown once (the DFC export's keys).
  secret?: string;
  // A DFC import's preview: each product, what importing does with it and why, in the reader's language.
  dfcLines?: { name: string; action: "create" | "update" | "refuse"; note: string | null }[];
};

// A text field of a submitted form ("" when absent).
export function formField(formData: FormData, name: string): string {
  return storableText(String(formData.get(name) ?? ""));
}

// The submitted form as the object a schema parses: each text field as formField reads it, files as they came.
export function formObject(formData: FormData): Record<string, FormDataEntryValue> {
  return Object.fromEntries(
    [...formData.entries()].map(([name, value]) => [name, typeof value === "string" ? storableText(value) : value]),
  );
}

export function formValues(formData: FormData, omit: string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !omit.includes(key) && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}

// Zod messages are i18n keys, looked up in the reader's language like DomainError codes. A field missing from
// the form (only a hand-made request leaves one out) is « required » whatever its schema, so that schemas need
// not repeat it for each field; every other issue is told by its schema's own key.
export function fieldErrorsOf(error: z.ZodError, t: Messages): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    const message = translateError(t, issue.message);
    fieldErrors[field] ??=
      message === t.common.errors.UNEXPECTED && issue.code === "invalid_type" ? translateError(t, "required") : message;
  }
  return fieldErrors;
}

// Parse a form with its schema, or answer with the field errors and what was typed.
export function parseForm<S extends z.ZodType>(
  schema: S,
  formData: FormData,
  t: Messages,
): { data: z.infer<S> } | { state: FormState } {
  const parsed = schema.safeParse(formObject(formData));
  if (parsed.success) return { data: parsed.data };
  return { state: { fieldErrors: fieldErrorsOf(parsed.error, t), values: formValues(formData) } };
}

// Where to go after signing in: only ever a path of this site. The path is read the way a browser reads it
// (tabs and newlines dropped, backslashes as slashes, dot segments resolved) and kept only if it still points
// here: « //evil.example », « /\t/evil.example », « http://x//evil.example » all fall back.
export function safeCallbackPath(value: FormDataEntryValue | null, fallback = "/"): string {
  if (typeof value !== "string" || value === "") return fallback;
  const path = value.startsWith("/") ? value : pathOfWebUrl(value);
  return (path === null ? null : sameSitePath(path)) ?? fallback;
}

const HERE = "http://cabas.invalid";

function pathOfWebUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? `${url.pathname}${url.search}` : null;
  } catch {
    return null;
  }
}

function sameSitePath(path: string): string | null {
  let url: URL;
  try {
    url = new URL(path, HERE);
  } catch {
    return null;
  }
  const resolved = `${url.pathname}${url.search}${url.hash}`;
  // Resolving can itself produce « //host » (« /.//host »): what is returned must stay here once read again.
  return url.origin === HERE && !resolved.startsWith("//") && new URL(resolved, HERE).origin === HERE ? resolved : null;
}

// A page of the sign-in family (sign-in, sign-up, forgotten password) that comes back to `callbackUrl` (already
// passed through safeCallbackPath) afterwards; the home page, the default, needs no parameter.
export function withCallback(path: string, callbackUrl: string): string {
  return callbackUrl === "/" ? path : `${path}?callbackUrl=${encodeURIComponent(callbackUrl)}`;
}

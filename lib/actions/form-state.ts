import type { z } from "zod";
import type { Messages } from "@/lib/i18n/messages";
import { translateError } from "@/lib/i18n/translate-error";

// What a form action returns: a message next to each field that failed, a general message, and the values
// typed so that nothing is lost when the form renders again.
export type FormState = {
  ok?: boolean;
  message?: string;
  error?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
  // A preview of rows to import, each with its error in the reader's language.
  rows?: { line: number; label: string; error: string | null }[];
};

// A text field of a submitted form ("" when absent).
export function formField(formData: FormData, name: string): string {
  return String(formData.get(name) ?? "");
}

export function formValues(formData: FormData, omit: string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !omit.includes(key) && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}

// Zod messages are i18n keys, looked up in the reader's language like DomainError codes.
export function fieldErrorsOf(error: z.ZodError, t: Messages): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    fieldErrors[field] ??= translateError(t, issue.message);
  }
  return fieldErrors;
}

// Only same-site paths: an open redirect through ?callbackUrl= would help phishing. Auth.js sends absolute
// URLs; only their path is kept, so the redirect always stays on this site.
export function safeCallbackPath(value: FormDataEntryValue | null, fallback = "/"): string {
  if (typeof value !== "string") return fallback;
  if (value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\")) return value;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? `${url.pathname}${url.search}` : fallback;
  } catch {
    return fallback;
  }
}

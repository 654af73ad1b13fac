import type { DomainErrorParams } from "@/lib/domain/errors";
import { DEFAULT_TIME_ZONE } from "@/lib/time";
import { formatInZone } from "./format";
import type { Locale } from "./locales";
import type { Messages } from "./messages";

// A DomainError code in the reader's language: each area lists the codes its use cases raise. Blanks
// « {name} » are filled from the error's params, dates in the time zone they came with.
export function translateError(t: Messages, code: string, params?: DomainErrorParams, locale: Locale = "fr"): string {
  for (const area of [
    t.common,
    t.auth,
    t.shop,
    t.admin,
    t.producer,
    t.money,
    t.payments,
    t.logistics,
    t.privacy,
    t.statements,
    t.refunds,
    t.day,
    t.offline,
    t.inbox,
    t.interop,
    t.invoices,
  ]) {
    const message = (area.errors as Record<string, string>)[code];
    if (message) return params ? fill(message, params, t, locale) : message;
  }
  return t.common.errors.UNEXPECTED;
}

function fill(message: string, params: DomainErrorParams, t: Messages, locale: Locale): string {
  const timeZone = typeof params.timeZone === "string" ? params.timeZone : DEFAULT_TIME_ZONE;
  return message.replace(/\{(\w+)\}/g, (blank, name: string) => {
    const value = params[name];
    if (value instanceof Date) return formatInZone(value, t.market.dateTimeFormat, timeZone, locale);
    return value === undefined ? blank : String(value);
  });
}

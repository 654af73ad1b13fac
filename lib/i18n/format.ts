import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { enGB, fr } from "date-fns/locale";
import type { Locale } from "./locales";

// Every date a person sees goes through here, in the market's time zone.
export function formatInZone(instant: Date, pattern: string, timeZone: string, locale: Locale): string {
  return format(new TZDate(instant.getTime(), timeZone), pattern, { locale: locale === "en" ? enGB : fr });
}

// A date that opens its line: « Samedi 6 juin », not « samedi 6 juin ».
export function capitalizedFirst(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleUpperCase(locale === "en" ? "en-GB" : "fr-FR") + text.slice(1);
}

// A calendar day (YYYY-MM-DD), the same wherever it is read.
export function formatDay(day: string, pattern: string, locale: Locale): string {
  return formatInZone(new Date(`${day}T00:00:00Z`), pattern, "UTC", locale);
}

// Apart, so that components drawn in the browser use it without date-fns.
export { formatDecimal } from "./format-decimal";

// A phone number as typed (« 06 12 34 56 78 », « +33 (0)6… ») as a link a phone can call: digits and + only.
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}

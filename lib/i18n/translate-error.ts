import type { Messages } from "./messages";

// A DomainError code in the reader's language: each area lists the codes its use cases raise.
export function translateError(t: Messages, code: string): string {
  for (const area of [t.common, t.auth, t.shop, t.admin, t.producer, t.money, t.logistics, t.privacy]) {
    const message = (area.errors as Record<string, string>)[code];
    if (message) return message;
  }
  return t.common.errors.UNEXPECTED;
}

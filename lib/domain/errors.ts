// A rule of the domain said no. The code is stable (UPPER_SNAKE) and mapped to a localized message at the
// edge: each area's i18n file has an `errors` table keyed by code (lib/i18n/translate-error.ts). `field`
// names the form field the message belongs next to, when there is one.
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly field?: string,
  ) {
    super(code);
    this.name = "DomainError";
  }
}

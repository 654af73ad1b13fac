// A rule of the domain said no. The code is stable (UPPER_SNAKE) and mapped to a localized message at the
// edge: each area's i18n file has an `errors` table keyed by code (lib/i18n/translate-error.ts). `field`
// names the form field the message belongs next to, when there is one; `params` fill the message's
// « {name} » blanks (a Date is shown in `params.timeZone`, the market's).
export type DomainErrorParams = Record<string, string | number | Date>;

export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly field?: string,
    readonly params?: DomainErrorParams,
  ) {
    super(code);
    this.name = "DomainError";
  }
}

// A rule of the domain said no. The code is stable and mapped to a localized message at the edge
// (lib/i18n); `field` names the form field the message belongs next to, when there is one.
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly field?: string,
  ) {
    super(code);
    this.name = "DomainError";
  }
}

export type DomainErrorCode =
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "EMAIL_TAKEN"
  | "INVALID_CREDENTIALS"
  | "RESET_TOKEN_INVALID";

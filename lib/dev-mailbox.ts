// The development mailbox shows queued e-mails (links included), so it must never be reachable in production.
export function devMailboxEnabled(): boolean {
  return process.env.NODE_ENV !== "production" || process.env.DEV_MAILBOX === "1";
}

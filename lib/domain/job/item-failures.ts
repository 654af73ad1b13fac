// What a scheduled job reports beside its own counts: how many items it handled, and each item it could not
// handle. A failed item was rolled back with its own transaction, so it is still due and the next run tries
// it again; the edge (lib/cron) logs each failure and answers with the counts.
export type ItemFailure = { item: string; itemId: string; error: unknown };
export type JobOutcome = { succeeded: number; failures: ItemFailure[] };

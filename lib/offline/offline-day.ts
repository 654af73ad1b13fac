import type { DayOperation, OperationResult } from "@/lib/domain/distribution-day/day-operation";
import type { DayScreen } from "@/lib/domain/distribution-day/get-day-screen";

// The phone's copy of a distribution day: the day screen's own read model (getDayScreen), already plain JSON. The
// page hands it to the browser, and the operations route sends it back after each sync.
export type OfflineDay = DayScreen;

// How many operations one request carries (the route refuses more).
export const MAX_OPERATIONS_PER_BATCH = 200;

// What POST /api/distributions/<id>/operations answers: one result per operation sent (a refusal with its reason
// in the reader's language), and the day as the server had it at `at`. A distribution that is not (or no longer)
// the sender's is a 404 with the reason, { message }.
export type SyncAnswer = {
  results: (OperationResult & { message?: string })[];
  day: OfflineDay;
  at: string;
};

// An operation as the screen asks for it: the provider adds its id and the time it was made.
export type NewOperation = DayOperation extends infer O
  ? O extends DayOperation
    ? Omit<O, "id" | "takenAt">
    : never
  : never;

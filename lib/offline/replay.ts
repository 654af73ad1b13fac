import type { DayOperation, OperationResult } from "@/lib/domain/distribution-day/day-operation";
import { withOperations } from "./apply-locally";
import {
  eraseDay,
  type Problem,
  type QueuedOperation,
  queuedOperations,
  readDay,
  saveDay,
  settleOperations,
} from "./local-store";
import { MAX_OPERATIONS_PER_BATCH, type OfflineDay, type SyncAnswer } from "./offline-day";

export type ReplayOutcome = "synced" | "offline" | "signed-out" | "failed";

// The route's answer, or the one read from its 404 (no day then: the phone forgets it).
type Answer = Omit<SyncAnswer, "day"> & { day: OfflineDay | null };

// Sends a distribution's waiting operations, oldest first, until none is left or the network fails: the answered
// ones leave the queue (those not applied become problems to show), and the server's copy of the day replaces the
// phone's — or erases it, once the distribution is validated or no longer the referent's. `refresh` asks for the
// server's copy even when nothing waits.
export async function replayQueue({
  distributionId,
  userId,
  refresh = false,
}: {
  distributionId: string;
  userId: string;
  refresh?: boolean;
}): Promise<ReplayOutcome> {
  for (let first = true; ; first = false) {
    const queued = (await queuedOperations({ distributionId, userId })).slice(0, MAX_OPERATIONS_PER_BATCH);
    if (queued.length === 0 && !(refresh && first)) return "synced";
    const sent = await send(
      distributionId,
      queued.map((q) => q.operation),
    );
    if (sent.kind !== "answered") return sent.kind;
    await settle(queued, sent.answer, { distributionId, userId });
  }
}

async function send(
  distributionId: string,
  operations: DayOperation[],
): Promise<{ kind: "answered"; answer: Answer } | { kind: Exclude<ReplayOutcome, "synced"> }> {
  let response: Response;
  try {
    response = await fetch(`/api/distributions/${encodeURIComponent(distributionId)}/operations`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ operations }),
      cache: "no-store",
    });
  } catch {
    return { kind: "offline" };
  }
  if (response.status === 401) return { kind: "signed-out" };
  if (response.status === 404) {
    const reason = await response.json().then(
      (body: { message?: string }) => body.message,
      () => undefined,
    );
    return reason ? { kind: "answered", answer: noLongerTheirs(operations, reason) } : { kind: "failed" };
  }
  if (!response.ok) return { kind: "failed" };
  return { kind: "answered", answer: (await response.json()) as SyncAnswer };
}

// The distribution is not the sender's any more (a referent's right ends with its validation): every operation is
// answered refused, with the server's reason, and the phone forgets the day.
function noLongerTheirs(operations: DayOperation[], message: string): Answer {
  return {
    results: operations.map((op) => ({ id: op.id, status: "refused", code: "FORBIDDEN", message })),
    day: null,
    at: new Date().toISOString(),
  };
}

async function settle(
  queued: QueuedOperation[],
  answer: Answer,
  { distributionId, userId }: { distributionId: string; userId: string },
) {
  const stored = await readDay(distributionId);
  // Described on the copy as the referent saw it when making them.
  const shown =
    stored &&
    withOperations(
      stored.day,
      queued.map((q) => q.operation),
    );
  const results = new Map(answer.results.map((r) => [r.id, r]));
  const answered = queued.filter((q) => results.has(q.operation.id));
  await settleOperations(
    answered.map((q) => q.operation.id),
    answered.flatMap((q) => {
      const result = results.get(q.operation.id)!;
      return result.status === "conflict" || result.status === "refused"
        ? [describeProblem(q, result, shown ?? undefined)]
        : [];
    }),
  );
  if (!answer.day || answer.day.distribution.validatedAt) await eraseDay(distributionId);
  else await saveDay({ distributionId, userId, day: answer.day, serverTime: answer.at, savedAt: Date.now() });
}

function describeProblem(
  { operation, distributionId, userId }: QueuedOperation,
  result: Extract<OperationResult, { status: "conflict" | "refused" }> & { message?: string },
  day: OfflineDay | undefined,
): Problem {
  const basket = day?.baskets.find((b) => b.id === operation.orderId);
  const line = operation.type === "adjust" ? basket?.lines.find((l) => l.id === operation.lineId) : undefined;
  const common = {
    id: operation.id,
    distributionId,
    userId,
    type: operation.type,
    basketNumber: basket?.number ?? 0,
    productName: line?.productName ?? null,
  };
  return result.status === "conflict"
    ? {
        ...common,
        kind: "conflict",
        mine: operation.type === "adjust" ? operation.quantity : "",
        current: result.current.quantity,
      }
    : { ...common, kind: "refused", reason: result.message ?? result.code };
}

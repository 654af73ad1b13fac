import { db } from "@/lib/db/client";
import type { Actor } from "../access/actor";
import { canRunDistributionDay } from "../access/distribution-day";
import { DomainError } from "../errors";
import { sendCardRefunds } from "../payment/send-card-refunds";
import { OPERATION_APPLIERS, OperationConflict, type OperationApplier, type OperationContext } from "./apply-operation";
import type { DayOperation, DayOperationType, OperationResult } from "./day-operation";
import { type DayScreen, getDayScreen } from "./get-day-screen";

// The day screen's queue, replayed when the network comes back: each operation is applied once, in its own
// transaction together with the row that records its id (AppliedOperation), so that a batch sent twice — or twice
// at once — applies nothing twice. Each is answered: applied, already applied, conflict (a quantity edit made on
// an older version of its line) or refused (with the rule that refused it). The distribution as it now is comes
// back with the answers, for the phone's copy.
export async function applyDayOperations({
  actor,
  distributionId,
  operations,
  now,
}: {
  actor: Actor;
  distributionId: string;
  operations: DayOperation[];
  now: Date;
}): Promise<{ results: OperationResult[]; day: DayScreen | null }> {
  const distribution = await db().distribution.findUnique({
    where: { id: distributionId },
    select: { marketId: true, ordersOpenAt: true },
  });
  // Not found and not allowed read the same, as on the day screen's page (the route answers both with a 404).
  if (!distribution || !canRunDistributionDay(actor, { id: distributionId, marketId: distribution.marketId }))
    return { results: operations.map((op) => refused(op.id, "FORBIDDEN")), day: null };
  const results: OperationResult[] = [];
  for (const op of operations) {
    const takenAt = clamp(new Date(op.takenAt), distribution.ordersOpenAt, now);
    const context = { actor, marketId: distribution.marketId, distributionId, takenAt };
    results.push(await applyOnce(context, op, now));
  }
  return { results, day: await getDayScreen({ actor, distributionId }) };
}

async function applyOnce(context: OperationContext, op: DayOperation, now: Date): Promise<OperationResult> {
  // Indexed by the operation's own type: the cast only forgets which member of the union it is.
  const applier = OPERATION_APPLIERS[op.type] as OperationApplier<DayOperationType> | undefined;
  if (!applier) return refused(op.id, "OPERATION_UNSUPPORTED");
  try {
    const outcome = await db().$transaction(async (tx) => {
      // ON CONFLICT DO NOTHING: a second copy of the operation waits here until the first's transaction ends, then
      // finds it recorded (or, if the first was refused and rolled back, records and applies it itself).
      const claimed = await tx.appliedOperation.createMany({
        data: [
          {
            id: op.id,
            distributionId: context.distributionId,
            userId: context.actor.userId,
            type: op.type,
            takenAt: context.takenAt,
          },
        ],
        skipDuplicates: true,
      });
      if (claimed.count === 0) {
        const earlier = await tx.appliedOperation.findUniqueOrThrow({
          where: { id: op.id },
          select: { distributionId: true },
        });
        return earlier.distributionId === context.distributionId ? ALREADY_APPLIED : TAKEN;
      }
      return applier(tx, context, op);
    });
    if (outcome === ALREADY_APPLIED) return { id: op.id, status: "already_applied" };
    if (outcome === TAKEN) return refused(op.id, "OPERATION_ID_TAKEN");
    await sendCardRefunds(outcome.cardRefundIds, now);
    return { id: op.id, status: "applied" };
  } catch (error) {
    if (error instanceof OperationConflict) return { id: op.id, status: "conflict", current: error.current };
    if (error instanceof DomainError) return refused(op.id, error.code);
    throw error;
  }
}

const ALREADY_APPLIED = Symbol("already applied");
const TAKEN = Symbol("id taken by another distribution");

function refused(id: string, code: string): OperationResult {
  return { id, status: "refused", code };
}

// A phone's clock may be wrong: an operation is dated no earlier than the distribution's orders opened, and never
// in the server's future.
function clamp(takenAt: Date, earliest: Date, latest: Date): Date {
  if (Number.isNaN(takenAt.getTime())) return latest;
  return new Date(Math.min(Math.max(takenAt.getTime(), earliest.getTime()), latest.getTime()));
}

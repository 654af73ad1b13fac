import { db, isUniqueViolation } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";
import { dutySignupOpen } from "./duty-rules";

// One person per role, one role per person at a distribution: the conditional update takes a free role only,
// and the unique (distribution, user) index refuses a second role.
export async function signUpForDuty({ actor, shiftId, now }: { actor: Actor; shiftId: string; now: Date }) {
  const shift = await db().dutyShift.findUnique({
    where: { id: shiftId },
    select: {
      id: true,
      userId: true,
      distributionId: true,
      distribution: { select: { marketId: true, pickupStartAt: true } },
    },
  });
  if (!shift) throw new DomainError("NOT_FOUND");
  requireMarketRight(actor, shift.distribution.marketId, "member");
  if (!dutySignupOpen(shift.distribution.pickupStartAt, now)) throw new DomainError("DUTY_SIGNUP_NOT_OPEN");
  if (shift.userId === actor.userId) throw new DomainError("DUTY_ALREADY_SIGNED_UP");
  try {
    const taken = await db().dutyShift.updateMany({
      where: { id: shiftId, userId: null },
      data: { userId: actor.userId, signedUpAt: now },
    });
    if (taken.count === 0) throw new DomainError("DUTY_TAKEN");
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("DUTY_ALREADY_SIGNED_UP");
    throw error;
  }
}

export async function leaveDuty({ actor, shiftId, reason }: { actor: Actor; shiftId: string; reason: string }) {
  await db().$transaction(async (tx) => {
    const released = await tx.dutyShift.updateMany({
      where: { id: shiftId, userId: actor.userId },
      data: { userId: null, signedUpAt: null, instructionsSentAt: null },
    });
    if (released.count === 0) throw new DomainError("NOT_FOUND");
    await tx.dutyWithdrawal.create({ data: { shiftId, userId: actor.userId, reason } });
  });
}

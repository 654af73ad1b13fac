import { db } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";
import { daysBefore, DUTY_SIGNUP_OPENS_DAYS_BEFORE, dutySignupOpen } from "./duty-rules";

// « Calendrier des permanences »: for each upcoming distribution, each active role and who holds it. Shift rows
// are created on first sight (idempotently), so a role added later appears on every upcoming distribution.
export async function getDutyCalendar({ actor, marketId, now }: { actor: Actor; marketId: string; now: Date }) {
  requireMarketRight(actor, marketId, "member");
  const [roles, distributions] = await Promise.all([
    db().dutyRole.findMany({
      where: { marketId, active: true },
      select: { id: true, name: true, description: true },
      orderBy: { name: "asc" },
    }),
    db().distribution.findMany({
      where: { marketId, pickupStartAt: { gt: now, lte: new Date(now.getTime() + 90 * 24 * 3_600_000) } },
      select: { id: true, pickupStartAt: true, pickupEndAt: true, place: { select: { name: true } } },
      orderBy: { pickupStartAt: "asc" },
    }),
  ]);
  if (roles.length > 0 && distributions.length > 0) {
    await db().dutyShift.createMany({
      data: distributions.flatMap((d) => roles.map((r) => ({ distributionId: d.id, roleId: r.id }))),
      skipDuplicates: true,
    });
  }
  const shifts = await db().dutyShift.findMany({
    where: { distributionId: { in: distributions.map((d) => d.id) }, role: { active: true } },
    select: {
      id: true,
      distributionId: true,
      roleId: true,
      userId: true,
      user: { select: { firstName: true, lastName: true } },
    },
  });
  return distributions.map((d) => ({
    ...d,
    signupOpen: dutySignupOpen(d.pickupStartAt, now),
    signupOpensAt: daysBefore(d.pickupStartAt, DUTY_SIGNUP_OPENS_DAYS_BEFORE),
    shifts: roles.map((role) => {
      const shift = shifts.find((s) => s.distributionId === d.id && s.roleId === role.id);
      return {
        shiftId: shift?.id ?? null,
        role,
        volunteer: shift?.user ? `${shift.user.firstName} ${shift.user.lastName}` : null,
        mine: shift?.userId === actor.userId,
      };
    }),
  }));
}

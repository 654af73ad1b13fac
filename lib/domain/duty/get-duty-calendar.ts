import { db } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";
import { daysBefore, DUTY_SIGNUP_OPENS_DAYS_BEFORE, dutySignupOpen } from "./duty-rules";

const HORIZON_DAYS = 90;

// « Calendrier des permanences »: for each upcoming distribution, each active role and who holds it. A shift row
// is created the first time its distribution and role are seen together (idempotently), so a role added later
// appears on every upcoming distribution; once they exist, a view only reads, in a fixed number of queries.
export async function getDutyCalendar({ actor, marketId, now }: { actor: Actor; marketId: string; now: Date }) {
  requireMarketRight(actor, marketId, "member");
  const [roles, distributions] = await Promise.all([
    db().dutyRole.findMany({
      where: { marketId, active: true },
      select: { id: true, name: true, description: true },
      orderBy: { name: "asc" },
    }),
    db().distribution.findMany({
      where: {
        marketId,
        pickupStartAt: { gt: now, lte: new Date(now.getTime() + HORIZON_DAYS * 24 * 3_600_000) },
      },
      select: { id: true, pickupStartAt: true, pickupEndAt: true, place: { select: { name: true } } },
      orderBy: { pickupStartAt: "asc" },
    }),
  ]);
  const distributionIds = distributions.map((d) => d.id);
  const readShifts = async () =>
    new Map(
      (
        await db().dutyShift.findMany({
          where: { distributionId: { in: distributionIds }, roleId: { in: roles.map((r) => r.id) } },
          select: {
            id: true,
            distributionId: true,
            roleId: true,
            userId: true,
            user: { select: { firstName: true, lastName: true } },
          },
        })
      ).map((s) => [shiftKey(s.distributionId, s.roleId), s]),
    );
  let shifts = await readShifts();
  const missing = distributions.flatMap((d) =>
    roles.filter((r) => !shifts.has(shiftKey(d.id, r.id))).map((r) => ({ distributionId: d.id, roleId: r.id })),
  );
  if (missing.length > 0) {
    await db().dutyShift.createMany({ data: missing, skipDuplicates: true });
    shifts = await readShifts();
  }
  return distributions.map((d) => ({
    ...d,
    signupOpen: dutySignupOpen(d.pickupStartAt, now),
    signupOpensAt: daysBefore(d.pickupStartAt, DUTY_SIGNUP_OPENS_DAYS_BEFORE),
    shifts: roles.map((role) => {
      const shift = shifts.get(shiftKey(d.id, role.id));
      return {
        shiftId: shift?.id ?? null,
        role,
        volunteer: shift?.user ? `${shift.user.firstName} ${shift.user.lastName}` : null,
        mine: shift?.userId === actor.userId,
      };
    }),
  }));
}

const shiftKey = (distributionId: string, roleId: string) => `${distributionId} ${roleId}`;

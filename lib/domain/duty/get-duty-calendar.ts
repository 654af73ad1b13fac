import { db } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";
import { daysBefore, DUTY_SIGNUP_OPENS_DAYS_BEFORE, dutySignupOpen } from "./duty-rules";

const HORIZON_DAYS = 90;

// « Calendrier des permanences » of the market at /m/<slug>, for its members: for each upcoming distribution, each
// active role and who holds it, in one read with the market's name and time zone. A shift row is created the
// first time its distribution and role are seen together (idempotently), so a role added later appears on every
// upcoming distribution; once they exist, a view only reads.
export async function getDutyCalendarOrThrow({ actor, slug, now }: { actor: Actor; slug: string; now: Date }) {
  let calendar = await readCalendar(slug, now);
  if (!calendar) throw new DomainError("NOT_FOUND");
  requireMarketRight(actor, calendar.id, "member");
  const missing = calendar.distributions.flatMap((d) =>
    calendar!.dutyRoles
      .filter((role) => !d.dutyShifts.some((s) => s.roleId === role.id))
      .map((role) => ({ distributionId: d.id, roleId: role.id })),
  );
  if (missing.length > 0) {
    await db().dutyShift.createMany({ data: missing, skipDuplicates: true });
    calendar = (await readCalendar(slug, now))!;
  }
  const { dutyRoles: roles, distributions, ...market } = calendar;
  return {
    market,
    days: distributions.map(({ dutyShifts, ...d }) => ({
      ...d,
      signupOpen: dutySignupOpen(d.pickupStartAt, now),
      signupOpensAt: daysBefore(d.pickupStartAt, DUTY_SIGNUP_OPENS_DAYS_BEFORE),
      shifts: roles.map((role) => {
        const shift = dutyShifts.find((s) => s.roleId === role.id);
        return {
          shiftId: shift?.id ?? null,
          role,
          volunteer: shift?.user ? `${shift.user.firstName} ${shift.user.lastName}` : null,
          mine: shift?.userId === actor.userId,
        };
      }),
    })),
  };
}

// findFirst, not findUnique: Prisma batches the findUnique calls of one tick, in a transaction when their nested
// filters differ (each view's `now`), and a transaction holds the embedded database for its connection alone.
function readCalendar(slug: string, now: Date) {
  return db().market.findFirst({
    where: { slug },
    select: {
      id: true,
      name: true,
      timeZone: true,
      dutyRoles: {
        where: { active: true },
        select: { id: true, name: true, description: true },
        orderBy: { name: "asc" },
      },
      distributions: {
        where: { pickupStartAt: { gt: now, lte: new Date(now.getTime() + HORIZON_DAYS * 24 * 3_600_000) } },
        orderBy: { pickupStartAt: "asc" },
        select: {
          id: true,
          pickupStartAt: true,
          pickupEndAt: true,
          place: { select: { name: true } },
          dutyShifts: {
            where: { role: { active: true } },
            select: { id: true, roleId: true, userId: true, user: { select: { firstName: true, lastName: true } } },
          },
        },
      },
    },
  });
}

import { db } from "@/lib/db/client";
import { addDays, dateFromDay, zonedInstant } from "@/lib/time";
import type { CycleInput } from "@/lib/validation/admin";
import { requireMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";
import { cycleDays, MAX_CYCLE_DATES } from "./cycle-days";
import { minutesOf } from "./distribution-defaults";

// « Cycle de distributions »: one distribution per date, same hours; days where the place already has one
// are skipped (and counted), so a cycle can be laid over existing one-offs.
export async function createCycle({ actor, marketId, input }: { actor: Actor; marketId: string; input: CycleInput }) {
  requireMarketRight(actor, marketId, "admin");
  if (input.endDay < input.startDay) throw new DomainError("CYCLE_END_BEFORE_START", "endDay");
  const market = await db().market.findUnique({
    where: { id: marketId },
    select: { timeZone: true, places: { where: { id: input.placeId, archivedAt: null }, select: { id: true } } },
  });
  if (!market || market.places.length === 0) throw new DomainError("NOT_FOUND", "placeId");
  const start = minutesOf(input.pickupStart);
  const end = minutesOf(input.pickupEnd);
  if (end <= start) throw new DomainError("PICKUP_END_BEFORE_START", "pickupEnd");
  const days = cycleDays(input.frequency, input.startDay, input.endDay);
  if (days.length > MAX_CYCLE_DATES) throw new DomainError("CYCLE_TOO_LONG", "endDay");
  const tz = market.timeZone;
  return db().$transaction(async (tx) => {
    const cycle = await tx.distributionCycle.create({
      data: {
        marketId,
        placeId: input.placeId,
        frequency: input.frequency,
        startDay: dateFromDay(input.startDay),
        endDay: dateFromDay(input.endDay),
        pickupStartMinutes: start,
        pickupEndMinutes: end,
        openDaysBefore: input.openDaysBefore,
        openMinutes: 8 * 60,
        closeHoursBefore: input.closeHoursBefore,
      },
      select: { id: true },
    });
    const created = await tx.distribution.createMany({
      data: days.map((day) => {
        const pickupStartAt = zonedInstant(day, start, tz);
        const ordersCloseAt = new Date(pickupStartAt.getTime() - input.closeHoursBefore * 3_600_000);
        const opens = zonedInstant(addDays(day, -input.openDaysBefore), 8 * 60, tz);
        return {
          marketId,
          placeId: input.placeId,
          cycleId: cycle.id,
          name: input.name,
          note: input.note,
          day: dateFromDay(day),
          pickupStartAt,
          pickupEndAt: zonedInstant(day, end, tz),
          ordersCloseAt,
          ordersOpenAt: opens < ordersCloseAt ? opens : ordersCloseAt,
        };
      }),
      skipDuplicates: true,
    });
    return { created: created.count, skipped: days.length - created.count };
  });
}

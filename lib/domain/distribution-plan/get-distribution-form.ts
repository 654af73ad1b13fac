import { db } from "@/lib/db/client";
import { formatInZone } from "@/lib/i18n/format";
import { requireMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";

// A distribution as its edit form shows it: days and times on the market's wall clock.
export async function getDistributionFormOrThrow({
  actor,
  marketId,
  distributionId,
}: {
  actor: Actor;
  marketId: string;
  distributionId: string;
}) {
  requireMarketRight(actor, marketId, "admin");
  const d = await db().distribution.findFirst({
    where: { id: distributionId, marketId },
    select: {
      placeId: true,
      name: true,
      note: true,
      pickupStartAt: true,
      pickupEndAt: true,
      ordersOpenAt: true,
      ordersCloseAt: true,
      slotsEnabled: true,
      market: { select: { timeZone: true } },
    },
  });
  if (!d) throw new DomainError("NOT_FOUND");
  const tz = d.market.timeZone;
  const day = (date: Date) => formatInZone(date, "yyyy-MM-dd", tz, "fr");
  const time = (date: Date) => formatInZone(date, "HH:mm", tz, "fr");
  return {
    slotsEnabled: d.slotsEnabled,
    values: {
      placeId: d.placeId,
      name: d.name ?? "",
      note: d.note ?? "",
      day: day(d.pickupStartAt),
      pickupStart: time(d.pickupStartAt),
      pickupEnd: time(d.pickupEndAt),
      openDay: day(d.ordersOpenAt),
      openTime: time(d.ordersOpenAt),
      closeDay: day(d.ordersCloseAt),
      closeTime: time(d.ordersCloseAt),
    },
  };
}

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { bookPickupSlot } from "@/lib/domain/slot/book-pickup-slot";
import { enablePickupSlots } from "@/lib/domain/slot/enable-pickup-slots";
import {
  createConfirmedOrderFor,
  createDistribution,
  createMarket,
  createMembership,
  createUser,
} from "../../support/factories";
import { onRealPostgres } from "../../support/on-real-postgres";

const available = onRealPostgres("cabas_slot_race");

describe.skipIf(!available)("pick-up slots on PostgreSQL", () => {
  it("twenty shoppers racing for a slot of 3 places: exactly 3 get it", async () => {
    const now = new Date("2026-06-01T10:00:00Z");
    const market = await createMarket();
    const distribution = await createDistribution(market, { now, inDays: 3 });
    const admin = await createUser();
    await createMembership(market.id, admin.id, { isAdmin: true });
    await enablePickupSlots({ actor: await loadActor(admin.id), distributionId: distribution.id, capacity: 3 });
    const slot = await db().pickupSlot.findFirstOrThrow({
      where: { distributionId: distribution.id },
      orderBy: { startsAt: "asc" },
    });
    const shoppers = [];
    for (let i = 0; i < 20; i++) shoppers.push(await createConfirmedOrderFor(distribution));
    const actors = await Promise.all(shoppers.map((s) => loadActor(s.user.id)));
    const results = await Promise.allSettled(
      shoppers.map((s, i) => bookPickupSlot({ actor: actors[i], orderId: s.order.id, slotId: slot.id, now })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    expect(
      results
        .filter((r) => r.status === "rejected")
        .every((r) => (r as PromiseRejectedResult).reason.code === "SLOT_FULL"),
    ).toBe(true);
    expect(await db().slotBooking.count({ where: { slotId: slot.id } })).toBe(3);
  });
});

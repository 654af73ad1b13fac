import { describe, expect, it } from "vitest";
import { loadActor } from "@/lib/domain/access/actor";
import { DomainError } from "@/lib/domain/errors";
import { bookPickupSlot } from "@/lib/domain/slot/book-pickup-slot";
import { enablePickupSlots } from "@/lib/domain/slot/enable-pickup-slots";
import { listPickupSlots } from "@/lib/domain/slot/list-pickup-slots";
import {
  createDistribution,
  createMarket,
  createMembership,
  createConfirmedOrderFor,
  createOrderFor,
  createUser,
} from "../../support/factories";

const now = new Date("2026-06-01T10:00:00Z");

async function setup() {
  const market = await createMarket();
  const distribution = await createDistribution(market, { now, inDays: 3 }); // 19:00–20:00 → 4 slots
  const admin = await createUser();
  await createMembership(market.id, admin.id, { isAdmin: true });
  return { market, distribution, admin: await loadActor(admin.id) };
}

describe("pick-up slots", () => {
  it("the admin turns on 15-minute slots, the last with its own capacity; members see what is booked", async () => {
    const { distribution, admin } = await setup();
    await enablePickupSlots({ actor: admin, distributionId: distribution.id, capacity: 8, lastSlotCapacity: 3 });
    const { user, order } = await createConfirmedOrderFor(distribution);
    const shopper = await loadActor(user.id);
    const plan = await listPickupSlots({ actor: shopper, distributionId: distribution.id });
    expect(plan.slots.map((s) => [s.startsAt.toISOString(), s.capacity])).toEqual([
      ["2026-06-04T17:00:00.000Z", 8],
      ["2026-06-04T17:15:00.000Z", 8],
      ["2026-06-04T17:30:00.000Z", 8],
      ["2026-06-04T17:45:00.000Z", 3],
    ]);
    await bookPickupSlot({ actor: shopper, orderId: order.id, slotId: plan.slots[3].id, now });
    await bookPickupSlot({ actor: shopper, orderId: order.id, slotId: plan.slots[1].id, now }); // moving is allowed
    const after = await listPickupSlots({ actor: shopper, distributionId: distribution.id });
    expect(after.slots.map((s) => [s.booked, s.mine])).toEqual([
      [0, false],
      [1, true],
      [0, false],
      [0, false],
    ]);
    expect(after.slots[1].people).toEqual([]); // names are for admins only
    expect((await listPickupSlots({ actor: admin, distributionId: distribution.id })).slots[1].people).toHaveLength(1);
  });

  it("refuses a full slot, someone else's order, a draft basket, and a capacity under the bookings", async () => {
    const { distribution, admin } = await setup();
    await enablePickupSlots({ actor: admin, distributionId: distribution.id, capacity: 2, lastSlotCapacity: 1 });
    const a = await createConfirmedOrderFor(distribution);
    const b = await createConfirmedOrderFor(distribution);
    const c = await createConfirmedOrderFor(distribution);
    const plan = await listPickupSlots({ actor: admin, distributionId: distribution.id });
    const last = plan.slots[3].id;
    await bookPickupSlot({ actor: await loadActor(a.user.id), orderId: a.order.id, slotId: last, now });
    await expect(
      bookPickupSlot({ actor: await loadActor(b.user.id), orderId: b.order.id, slotId: last, now }),
    ).rejects.toEqual(new DomainError("SLOT_FULL", "slotId"));
    await expect(
      bookPickupSlot({ actor: await loadActor(c.user.id), orderId: b.order.id, slotId: plan.slots[0].id, now }),
    ).rejects.toEqual(new DomainError("NOT_FOUND"));
    // A draft is not an order: it would hold a place it may never use.
    const draft = await createOrderFor(distribution);
    await expect(
      bookPickupSlot({ actor: await loadActor(draft.user.id), orderId: draft.order.id, slotId: plan.slots[0].id, now }),
    ).rejects.toEqual(new DomainError("SLOT_BASKET_NOT_CONFIRMED", "slotId"));
    await expect(
      enablePickupSlots({ actor: admin, distributionId: distribution.id, capacity: 2, lastSlotCapacity: 0 }),
    ).rejects.toEqual(new DomainError("SLOT_CAPACITY_BELOW_BOOKINGS", "lastSlotCapacity"));
    await expect(
      enablePickupSlots({ actor: await loadActor(a.user.id), distributionId: distribution.id, capacity: 9 }),
    ).rejects.toEqual(new DomainError("FORBIDDEN"));
  });
});

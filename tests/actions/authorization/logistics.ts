import { expect } from "vitest";
import type { DeliveryOfferStatus } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { entry, type Entry } from "./matrix";
import { basketOf, bystander } from "./rows";
import type { World } from "./world";

const LOGISTICS = "lib/actions/logistics.ts";
const admin = ["admin"] as const;
const member = ["member"] as const;

// Confirmed baskets (payment on the spot) of the member and of someone else, one asking to be delivered and
// the other offering to deliver, and an offer between them.
async function deliveryPair(world: World, memberHelp: "NEEDS_DELIVERY" | "CAN_DELIVER", status?: DeliveryOfferStatus) {
  const otherHelp = memberHelp === "NEEDS_DELIVERY" ? "CAN_DELIVER" : "NEEDS_DELIVERY";
  const mine = await basketOf(world, world.users.member.id, { method: "ON_SITE", deliveryHelp: memberHelp });
  const theirs = await basketOf(world, (await bystander(world)).id, { method: "ON_SITE", deliveryHelp: otherHelp });
  const [request, volunteer] = memberHelp === "NEEDS_DELIVERY" ? [mine, theirs] : [theirs, mine];
  const offer = status
    ? await db().deliveryOffer.create({
        data: { requestOrderId: request.id, volunteerOrderId: volunteer.id, status, createdAt: world.now },
      })
    : null;
  return { request, volunteer, offer };
}

const offerStatus = async (offer: { id: string } | null) =>
  (await db().deliveryOffer.findUniqueOrThrow({ where: { id: offer!.id } })).status;

async function dutyShift(world: World, userId: string | null = null) {
  const role = await db().dutyRole.create({ data: { marketId: world.market.id, name: "Accueil" } });
  return db().dutyShift.create({
    data: { distributionId: world.distribution.id, roleId: role.id, userId, signedUpAt: userId ? world.now : null },
  });
}

export const logisticsRows: Entry<unknown>[] = [
  entry({
    target: `${LOGISTICS}#bookPickupSlotAction`,
    allowed: member,
    setup: async (world) => {
      await db().distribution.update({ where: { id: world.distribution.id }, data: { slotsEnabled: true } });
      const slot = await db().pickupSlot.create({
        data: { distributionId: world.distribution.id, startsAt: world.distribution.pickupStartAt, capacity: 8 },
      });
      return { slot, order: await basketOf(world, world.users.member.id, { method: "ON_SITE" }) };
    },
    input: { form: ({ fixture }) => ({ orderId: fixture.order.id, slotId: fixture.slot.id }) },
    effect: async ({ fixture }) =>
      expect((await db().slotBooking.findUniqueOrThrow({ where: { orderId: fixture.order.id } })).slotId).toBe(
        fixture.slot.id,
      ),
  }),
  entry({
    target: `${LOGISTICS}#chooseDeliveryHelpAction`,
    allowed: member,
    setup: (world) => basketOf(world, world.users.member.id, { method: "ON_SITE" }),
    input: { form: ({ fixture: order }) => ({ orderId: order.id, choice: "CAN_DELIVER" }) },
    effect: async ({ fixture: order }) =>
      expect((await db().order.findUniqueOrThrow({ where: { id: order.id } })).deliveryHelp).toBe("CAN_DELIVER"),
  }),
  entry({
    target: `${LOGISTICS}#withdrawDeliveryHelpAction`,
    allowed: member,
    setup: (world) => deliveryPair(world, "CAN_DELIVER", "OFFERED"),
    input: { form: ({ fixture }) => ({ orderId: fixture.volunteer.id }) },
    effect: async ({ fixture }) => {
      expect((await db().order.findUniqueOrThrow({ where: { id: fixture.volunteer.id } })).deliveryHelp).toBeNull();
      expect(await offerStatus(fixture.offer)).toBe("WITHDRAWN");
    },
  }),
  entry({
    target: `${LOGISTICS}#offerDeliveryAction`,
    allowed: member,
    setup: (world) => deliveryPair(world, "CAN_DELIVER"),
    input: { form: ({ fixture }) => ({ orderId: fixture.volunteer.id, requestOrderId: fixture.request.id }) },
    effect: async ({ fixture }) => {
      const offers = await db().deliveryOffer.findMany({ where: { requestOrderId: fixture.request.id } });
      expect(offers.map((o) => [o.volunteerOrderId, o.status])).toEqual([[fixture.volunteer.id, "OFFERED"]]);
    },
  }),
  entry({
    target: `${LOGISTICS}#withdrawDeliveryOfferAction`,
    allowed: member,
    setup: (world) => deliveryPair(world, "CAN_DELIVER", "OFFERED"),
    input: { form: ({ fixture }) => ({ orderId: fixture.volunteer.id, offerId: fixture.offer!.id }) },
    effect: async ({ fixture }) => expect(await offerStatus(fixture.offer)).toBe("WITHDRAWN"),
  }),
  entry({
    target: `${LOGISTICS}#acceptDeliveryOfferAction`,
    allowed: member,
    setup: (world) => deliveryPair(world, "NEEDS_DELIVERY", "OFFERED"),
    input: { form: ({ fixture }) => ({ orderId: fixture.request.id, offerId: fixture.offer!.id }) },
    effect: async ({ fixture }) => expect(await offerStatus(fixture.offer)).toBe("ACCEPTED"),
  }),
  entry({
    target: `${LOGISTICS}#refuseDeliveryOfferAction`,
    allowed: member,
    setup: (world) => deliveryPair(world, "NEEDS_DELIVERY", "OFFERED"),
    input: { form: ({ fixture }) => ({ orderId: fixture.request.id, offerId: fixture.offer!.id }) },
    effect: async ({ fixture }) => expect(await offerStatus(fixture.offer)).toBe("REFUSED"),
  }),
  entry({
    target: `${LOGISTICS}#undoDeliveryMatchAction`,
    allowed: admin,
    setup: (world) => deliveryPair(world, "NEEDS_DELIVERY", "ACCEPTED"),
    input: { form: ({ fixture }) => ({ offerId: fixture.offer!.id }) },
    effect: async ({ fixture }) => expect(await offerStatus(fixture.offer)).toBe("UNDONE"),
  }),
  // Any member of the market may volunteer; being its admin makes one a member.
  entry({
    target: `${LOGISTICS}#signUpForDutyAction`,
    allowed: ["member", "admin", "referent"],
    setup: (world) => dutyShift(world),
    input: { form: ({ fixture: shift }) => ({ shiftId: shift.id }) },
    effect: async ({ fixture: shift, userId }) =>
      expect((await db().dutyShift.findUniqueOrThrow({ where: { id: shift.id } })).userId).toBe(userId),
  }),
  entry({
    target: `${LOGISTICS}#leaveDutyAction`,
    allowed: member,
    setup: (world) => dutyShift(world, world.users.member.id),
    input: { form: ({ fixture: shift }) => ({ shiftId: shift.id, reason: "Un empêchement" }) },
    effect: async ({ fixture: shift, userId }) => {
      expect((await db().dutyShift.findUniqueOrThrow({ where: { id: shift.id } })).userId).toBeNull();
      expect(await db().dutyWithdrawal.count({ where: { shiftId: shift.id, userId: userId! } })).toBe(1);
    },
  }),
  entry({
    target: `${LOGISTICS}#enablePickupSlotsAction`,
    allowed: admin,
    input: { form: ({ world }) => ({ distributionId: world.distribution.id, capacity: "8", lastSlotCapacity: "" }) },
    effect: async ({ world }) => {
      const d = await db().distribution.findUniqueOrThrow({
        where: { id: world.distribution.id },
        include: { _count: { select: { slots: true } } },
      });
      expect([d.slotsEnabled, d._count.slots]).toEqual([true, 4]);
    },
  }),
  entry({
    target: `${LOGISTICS}#createDutyRoleAction`,
    allowed: admin,
    input: { form: ({ world }) => ({ marketId: world.market.id, name: "Caisse" }) },
    effect: async ({ world }) =>
      expect(await db().dutyRole.count({ where: { marketId: world.market.id, name: "Caisse" } })).toBe(1),
  }),
];

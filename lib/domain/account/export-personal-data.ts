import { db } from "@/lib/db/client";
import type { Actor } from "../access/actor";
import { vatBreakdown } from "../order/vat-breakdown";

// « Télécharger mes données » (RGPD art. 15 and 20): everything Cabas holds about the person, as JSON. Only the
// person's own rows, and of other people only what they already saw in the app (a market's or producer's name).
export async function exportPersonalData({ actor, now }: { actor: Actor; now: Date }) {
  const userId = actor.userId;
  const [
    profile,
    memberships,
    producers,
    orders,
    ledger,
    payments,
    messages,
    notifications,
    slots,
    duties,
    emailChanges,
  ] = await Promise.all([
    db().user.findUniqueOrThrow({
      where: { id: userId },
      select: {
        email: true,
        firstName: true,
        lastName: true,
        phone: true,
        address: true,
        zipCode: true,
        city: true,
        locale: true,
        notifySaleOpening: true,
        notifyReminder: true,
        receiptByEmail: true,
        privacyAcceptedAt: true,
        emailVerifiedAt: true,
        createdAt: true,
      },
    }),
    db().membership.findMany({
      where: { userId },
      select: {
        joinedAt: true,
        leftAt: true,
        isAdmin: true,
        canManageCatalogs: true,
        canManageMembers: true,
        canManageMessages: true,
        market: { select: { name: true, slug: true } },
      },
    }),
    db().producerUser.findMany({
      where: { userId },
      select: { role: true, createdAt: true, producer: { select: { name: true, slug: true } } },
    }),
    db().order.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: {
        basketNumber: true,
        createdAt: true,
        confirmedAt: true,
        paymentMethod: true,
        deliveryHelp: true,
        deliveryConsentAt: true,
        market: { select: { name: true } },
        distribution: { select: { pickupStartAt: true } },
        lines: {
          select: {
            productName: true,
            quantity: true,
            deliveredQuantity: true,
            unitPriceCents: true,
            vatRateBp: true,
            // Each line's VAT as the books hold it (PRODUCT.md, VAT): incl. VAT, net and VAT, stored per line.
            totalCents: true,
            netCents: true,
            vatCents: true,
          },
        },
      },
    }),
    db().ledgerEntry.findMany({
      where: { userId, account: "SHOPPER" },
      orderBy: { createdAt: "asc" },
      select: {
        amountCents: true,
        createdAt: true,
        transaction: { select: { kind: true, label: true, method: true, reference: true } },
        market: { select: { name: true } },
      },
    }),
    db().payment.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: { method: true, status: true, amountCents: true, reference: true, createdAt: true, settledAt: true },
    }),
    db().messageRecipient.findMany({
      where: { userId },
      select: {
        readAt: true,
        message: { select: { subject: true, createdAt: true, market: { select: { name: true } } } },
      },
    }),
    db().notification.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: { kind: true, params: true, createdAt: true, readAt: true },
    }),
    db().slotBooking.findMany({ where: { userId }, select: { slot: { select: { startsAt: true } } } }),
    db().dutyShift.findMany({
      where: { userId },
      select: { role: { select: { name: true } }, distribution: { select: { pickupStartAt: true } } },
    }),
    db().emailChange.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: { oldEmail: true, newEmail: true, createdAt: true, confirmedAt: true, revertedAt: true },
    }),
  ]);
  return {
    exportedAt: now.toISOString(),
    profile,
    memberships,
    producers,
    orders: orders.map((o) => ({
      ...o,
      lines: o.lines.map((l) => ({
        ...l,
        quantity: l.quantity.toString(),
        deliveredQuantity: l.deliveredQuantity?.toString() ?? null,
      })),
      vatByRate: vatBreakdown(o.lines).rates,
    })),
    ledger,
    payments,
    messagesReceived: messages,
    notifications,
    pickupSlots: slots.map((s) => s.slot.startsAt),
    volunteering: duties.map((d) => ({ role: d.role.name, day: d.distribution.pickupStartAt })),
    emailChanges,
  };
}

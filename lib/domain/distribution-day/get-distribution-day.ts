import type { LedgerTransactionKind } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";
import { distributionState } from "../distribution/distribution-state";
import { DomainError } from "../errors";
import { confirmedBasket } from "../order/confirmed-basket";

// « Valider la distribution »: every confirmed basket (drafts are not orders), alphabetical by last name, with
// its number, lines as ordered and as delivered, total, what was paid, and its slot (what each basket still owes
// comes with its payments: payment/get-distribution-payments.ts). Three queries for any number of baskets.
export async function getDistributionDay({
  actor,
  marketId,
  distributionId,
  now,
}: {
  actor: Actor;
  marketId: string;
  distributionId: string;
  now: Date;
}) {
  requireMarketRight(actor, marketId, "admin");
  const distribution = await db().distribution.findFirst({
    where: { id: distributionId, marketId },
    select: {
      id: true,
      pickupStartAt: true,
      pickupEndAt: true,
      ordersOpenAt: true,
      ordersCloseAt: true,
      validatedAt: true,
      cancelledAt: true,
      slotsEnabled: true,
      place: { select: { name: true, city: true } },
      market: { select: { name: true, timeZone: true } },
      participations: {
        where: { status: "ACCEPTED" },
        select: { catalog: { select: { id: true, name: true, producer: { select: { name: true } } } } },
        orderBy: { catalog: { name: "asc" } },
      },
    },
  });
  if (!distribution) throw new DomainError("NOT_FOUND");
  const [orders, paid] = await Promise.all([
    db().order.findMany({
      where: { distributionId, ...confirmedBasket },
      orderBy: [{ user: { lastName: "asc" } }, { user: { firstName: "asc" } }],
      select: {
        id: true,
        basketNumber: true,
        paymentMethod: true,
        onSiteMethod: true,
        validatedAt: true,
        user: { select: { firstName: true, lastName: true, phone: true } },
        slotBooking: { select: { slot: { select: { startsAt: true } } } },
        lines: {
          orderBy: { productName: "asc" },
          select: {
            id: true,
            productName: true,
            quantity: true,
            deliveredQuantity: true,
            deliveredVersion: true,
            unitPriceCents: true,
            // As PostgreSQL computes them from the delivered (else ordered) quantity (migration 0008).
            vatRateBp: true,
            totalCents: true,
            vatCents: true,
            netCents: true,
            product: {
              select: {
                bulk: true,
                variableWeight: true,
                catalog: { select: { producer: { select: { name: true } } } },
              },
            },
          },
        },
      },
    }),
    db().ledgerEntry.findMany({
      where: { account: "SHOPPER", order: { distributionId }, transaction: { kind: { not: "ORDER" } } },
      select: { orderId: true, amountCents: true, transaction: { select: { kind: true } } },
    }),
  ]);
  // Money in (payments, less those reversed) and card refunds (less those that failed), per basket.
  const sumOf = (orderId: string, side: "paid" | "refunded") =>
    paid
      .filter((e) => e.orderId === orderId && REFUND_KINDS.has(e.transaction.kind) === (side === "refunded"))
      .reduce((sum, e) => sum + e.amountCents, 0);
  return {
    distribution: { ...distribution, state: distributionState(distribution, now) },
    baskets: orders.map((o) => {
      const lines = o.lines.map((l) => ({
        ...l,
        quantity: l.quantity.toString(),
        deliveredQuantity: l.deliveredQuantity?.toString() ?? null,
        decimal: l.product.bulk || l.product.variableWeight,
        producer: l.product.catalog.producer.name,
      }));
      const totalCents = lines.reduce((s, l) => s + l.totalCents, 0);
      const paidCents = sumOf(o.id, "paid");
      const refundedCents = -sumOf(o.id, "refunded");
      return {
        ...o,
        lines,
        totalCents,
        paidCents,
        refundedCents,
        refundDueCents: Math.max(0, paidCents - refundedCents - totalCents),
        slotStartsAt: o.slotBooking?.slot.startsAt ?? null,
      };
    }),
  };
}

const REFUND_KINDS = new Set<LedgerTransactionKind>(["REFUND", "REFUND_FAILED"]);

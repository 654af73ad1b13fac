import { db } from "@/lib/db/client";
import type { Actor } from "../access/actor";
import { DomainError } from "../errors";
import { orderMoney } from "../payment/order-money";
import type { DocumentLine } from "./document-line";
import { vatBreakdown, type VatBreakdown } from "./vat-breakdown";

// A shopper's receipt (« reçu ») for one confirmed basket: what they bought (delivered quantities once the referent
// adjusted them), the VAT included per rate, and what they paid, how.
export type OrderReceipt = {
  orderId: string;
  basketNumber: number;
  marketName: string;
  timeZone: string;
  distributionDay: Date;
  placeName: string;
  shopperName: string;
  // The shopper's language, the receipt's when it goes with an e-mail.
  shopperLocale: string;
  lines: DocumentLine[];
  vat: VatBreakdown;
  totalCents: number;
  payments: { method: string; amountCents: number; paidAt: Date }[];
  refundedCents: number;
  paidCents: number;
};

// The shopper's own basket only: another's is simply not found, like a draft (a receipt is for what was ordered).
export async function getOrderReceipt({ actor, orderId }: { actor: Actor; orderId: string }) {
  const owned = await db().order.findFirst({ where: { id: orderId, userId: actor.userId }, select: { id: true } });
  if (!owned) throw new DomainError("NOT_FOUND");
  return orderReceipt(orderId);
}

// For whoever already knows the basket is theirs to read (the validation e-mail to its shopper).
export async function orderReceipt(orderId: string): Promise<OrderReceipt> {
  const order = await db().order.findFirst({
    where: { id: orderId, confirmedAt: { not: null } },
    select: {
      id: true,
      basketNumber: true,
      user: { select: { firstName: true, lastName: true, locale: true } },
      market: { select: { name: true, timeZone: true } },
      distribution: { select: { pickupStartAt: true, place: { select: { name: true } } } },
      lines: {
        orderBy: { createdAt: "asc" },
        select: {
          productName: true,
          quantity: true,
          deliveredQuantity: true,
          unitPriceCents: true,
          vatRateBp: true,
          totalCents: true,
          vatCents: true,
          netCents: true,
          product: { select: { unit: true } },
        },
      },
    },
  });
  if (!order) throw new DomainError("NOT_FOUND");
  const money = await orderMoney(db(), order.id);
  // How and when each payment was made: the cash, cheque or terminal taken on the spot, on the day it was.
  const details = await db().payment.findMany({
    where: { orderId, status: "SUCCEEDED" },
    select: { id: true, onSiteMethod: true, settledAt: true },
  });
  const detailOf = new Map(details.map((p) => [p.id, p]));
  const lines = order.lines.filter((l) => l.totalCents !== 0);
  return {
    orderId: order.id,
    basketNumber: order.basketNumber,
    marketName: order.market.name,
    timeZone: order.market.timeZone,
    distributionDay: order.distribution.pickupStartAt,
    placeName: order.distribution.place.name,
    shopperName: `${order.user.firstName} ${order.user.lastName}`.trim(),
    shopperLocale: order.user.locale,
    lines: lines.map((l) => ({
      productName: l.productName,
      unit: l.product.unit,
      quantity: (l.deliveredQuantity ?? l.quantity).toString(),
      unitPriceCents: l.unitPriceCents,
      vatRateBp: l.vatRateBp,
      totalCents: l.totalCents,
    })),
    vat: vatBreakdown(lines),
    totalCents: money.totalCents,
    payments: money.payments
      .map((p) => {
        const detail = detailOf.get(p.id);
        return {
          method: detail?.onSiteMethod ?? p.method,
          amountCents: p.amountCents,
          paidAt: detail?.settledAt ?? p.createdAt,
        };
      })
      .sort((a, b) => a.paidAt.getTime() - b.paidAt.getTime()),
    refundedCents: money.refundedCents,
    paidCents: money.netPaidCents,
  };
}

import { Prisma, type Tx } from "@/lib/db/client";
import { currentOrderTotalCents, lineTotalCents } from "../order/line-total";

// What an order stands at, money-wise: its current total (delivered quantities once adjusted), what was
// paid (succeeded payments) and what was refunded to a card. Derived each time from the rows, never stored.
export async function orderMoney(tx: Tx, orderId: string) {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      lines: {
        select: {
          quantity: true,
          deliveredQuantity: true,
          unitPriceCents: true,
          product: { select: { variableWeight: true, maxPriceCents: true } },
        },
      },
      payments: {
        where: { status: "SUCCEEDED" },
        select: { id: true, method: true, amountCents: true, stripePaymentIntentId: true, createdAt: true },
      },
      refunds: {
        where: { status: { not: "FAILED" } },
        select: { paymentId: true, amountCents: true, destination: true },
      },
    },
  });
  const totalCents = currentOrderTotalCents(order.lines);
  // Online, a variable-weight product is charged at its maximum weight; the difference is refunded after weighing.
  const onlineChargeCents = order.lines.reduce(
    (sum, l) =>
      sum +
      lineTotalCents(
        l.quantity,
        l.product.variableWeight && l.product.maxPriceCents ? l.product.maxPriceCents : l.unitPriceCents,
      ),
    0,
  );
  const paidCents = order.payments.reduce((s, p) => s + p.amountCents, 0);
  const refundedCents = order.refunds.reduce((s, r) => s + r.amountCents, 0);
  return {
    totalCents,
    onlineChargeCents,
    paidCents,
    refundedCents,
    netPaidCents: paidCents - refundedCents,
    payments: order.payments,
    refunds: order.refunds,
  };
}

export type OrderMoney = Awaited<ReturnType<typeof orderMoney>>;

// `netPaidCents` in SQL, for the order aliased `o` of a query that reads many baskets at once.
export const NET_PAID_CENTS = Prisma.sql`(
  (SELECT COALESCE(SUM(pay."amountCents"), 0) FROM "Payment" pay WHERE pay."orderId" = o.id AND pay.status = 'SUCCEEDED')
  - (SELECT COALESCE(SUM(r."amountCents"), 0) FROM "Refund" r WHERE r."orderId" = o.id AND r.status <> 'FAILED'))::int`;

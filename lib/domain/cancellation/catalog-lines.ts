import type { Tx } from "@/lib/db/client";
import { DomainError } from "../errors";
import { noticeDistributionSelect } from "../notice/distribution-notice-context";
import { queueProducerSaleCancelled } from "../notice/queue-cancellation-notices";
import { lockOrders } from "../order/lock-order";
import { cancelOrderLines } from "./cancel-order-lines";

// The sales a catalog's products can still be ordered or delivered in: not validated, not cancelled, pick-up
// not over.
function liveSales(now: Date) {
  return { validatedAt: null, cancelledAt: null, pickupEndAt: { gt: now } };
}

// Baskets already ordered (confirmed) that hold products of the catalog in the given live sales of a market,
// with the numbers a person reads: « 3, 7 », or « 3, 7 (2026-06-12); 2 (2026-06-19) » across several sales.
export async function basketsWithCatalog(
  tx: Tx,
  {
    catalogId,
    marketId,
    distributionId,
    now,
  }: { catalogId: string; marketId: string; distributionId?: string; now: Date },
) {
  const orders = await tx.order.findMany({
    where: {
      marketId,
      confirmedAt: { not: null },
      distribution: { ...liveSales(now), ...(distributionId ? { id: distributionId } : {}) },
      lines: { some: { product: { catalogId } } },
    },
    select: {
      id: true,
      basketNumber: true,
      validatedAt: true,
      distributionId: true,
      distribution: { select: { day: true } },
    },
    orderBy: [{ distribution: { pickupStartAt: "asc" } }, { basketNumber: "asc" }],
  });
  return { orders, numbers: basketNumbers(orders) };
}

function basketNumbers(orders: { basketNumber: number; distributionId: string; distribution: { day: Date } }[]) {
  const bySale = new Map<string, { day: string; numbers: number[] }>();
  for (const o of orders) {
    const sale = bySale.get(o.distributionId) ?? { day: o.distribution.day.toISOString().slice(0, 10), numbers: [] };
    sale.numbers.push(o.basketNumber);
    bySale.set(o.distributionId, sale);
  }
  const sales = [...bySale.values()];
  if (sales.length === 1) return sales[0].numbers.join(", ");
  return sales.map((s) => `${s.numbers.join(", ")} (${s.day})`).join("; ");
}

// A producer leaving a sale, or a catalog unlinked, must not leave baskets without their goods: refused with
// the baskets' numbers while any were ordered (the market's admin cancels those lines with cancelCatalogLines).
// Drafts are not orders: their lines of the catalog are dropped, their shoppers told.
export async function leaveSalesOfCatalog(
  tx: Tx,
  where: { catalogId: string; marketId: string; distributionId?: string; now: Date },
) {
  const { orders, numbers } = await basketsWithCatalog(tx, where);
  if (orders.length > 0) throw new DomainError("SALE_HAS_ORDERS", undefined, { baskets: numbers });
  return cancelCatalogLines(tx, { ...where, notifyProducer: false });
}

// Takes a catalog's products out of every basket of the given live sales, drafts included, refunding and
// telling each shopper (cancel-order-lines.ts), and the producer's users when the market did it. Refused when
// a basket concerned is already validated (an adjustment is the way there). Returns the card refunds to send
// once committed, and how many baskets changed.
export async function cancelCatalogLines(
  tx: Tx,
  {
    catalogId,
    marketId,
    distributionId,
    notifyProducer,
    now,
  }: { catalogId: string; marketId: string; distributionId?: string; notifyProducer: boolean; now: Date },
) {
  const validated = (await basketsWithCatalog(tx, { catalogId, marketId, distributionId, now })).orders.filter(
    (o) => o.validatedAt,
  );
  if (validated.length > 0)
    throw new DomainError("BASKETS_VALIDATED", undefined, { baskets: basketNumbers(validated) });
  const catalog = await tx.catalog.findUniqueOrThrow({
    where: { id: catalogId },
    select: {
      producer: {
        select: {
          id: true,
          name: true,
          users: { select: { user: { select: { id: true, email: true, locale: true } } } },
        },
      },
    },
  });
  const linesOfCatalog = {
    product: { catalogId },
    order: { marketId, distribution: { ...liveSales(now), ...(distributionId ? { id: distributionId } : {}) } },
  };
  // The baskets are locked before their lines are read, so that none changes between the two.
  const concerned = await tx.orderLine.findMany({
    where: linesOfCatalog,
    select: { orderId: true },
    distinct: ["orderId"],
  });
  await lockOrders(
    tx,
    concerned.map((l) => l.orderId),
  );
  const lines = await tx.orderLine.findMany({
    where: linesOfCatalog,
    select: { id: true, orderId: true, order: { select: { distributionId: true } } },
  });
  const bySale = groupBy(lines, (l) => l.order.distributionId);
  const cardRefundIds: string[] = [];
  let baskets = 0;
  for (const [saleId, saleLines] of bySale) {
    const distribution = await tx.distribution.findUniqueOrThrow({
      where: { id: saleId },
      select: noticeDistributionSelect,
    });
    const byOrder = groupBy(saleLines, (l) => l.orderId);
    for (const [orderId, orderLines] of byOrder) {
      const refunds = await cancelOrderLines(tx, orderId, {
        lineIds: orderLines.map((l) => l.id),
        distribution,
        reason: { producer: catalog.producer.name },
        now,
      });
      cardRefundIds.push(...refunds.cardRefundIds);
    }
    baskets += byOrder.size;
    if (notifyProducer)
      await queueProducerSaleCancelled(tx, {
        distribution,
        producer: { ...catalog.producer, users: catalog.producer.users.map((u) => u.user) },
        baskets: byOrder.size,
        whole: false,
      });
  }
  return { cardRefundIds, baskets };
}

// Map.groupBy, which Node 20 lacks.
function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

import { Prisma } from "@/generated/prisma/client";
import { vatBreakdown } from "../order/vat-breakdown";
import type { getDistributionDay } from "./get-distribution-day";

type Baskets = Awaited<ReturnType<typeof getDistributionDay>>["baskets"];

// The distribution's orders by product and by producer (quantities summed in Decimal, amounts in cents), and
// its sales per VAT rate.
export function summarizeOrders(baskets: Baskets) {
  const byProduct = new Map<string, { name: string; producer: string; quantity: Prisma.Decimal; totalCents: number }>();
  const byProducer = new Map<string, { producer: string; totalCents: number; lines: number }>();
  for (const basket of baskets) {
    for (const line of basket.lines) {
      const quantity = new Prisma.Decimal(line.deliveredQuantity ?? line.quantity);
      const key = `${line.producer}\u0000${line.productName}`;
      const product = byProduct.get(key) ?? {
        name: line.productName,
        producer: line.producer,
        quantity: new Prisma.Decimal(0),
        totalCents: 0,
      };
      product.quantity = product.quantity.add(quantity);
      product.totalCents += line.totalCents;
      byProduct.set(key, product);
      const producer = byProducer.get(line.producer) ?? { producer: line.producer, totalCents: 0, lines: 0 };
      producer.totalCents += line.totalCents;
      producer.lines += 1;
      byProducer.set(line.producer, producer);
    }
  }
  return {
    byProduct: [...byProduct.values()]
      .map((p) => ({ ...p, quantity: p.quantity.toString() }))
      .sort((a, b) => a.producer.localeCompare(b.producer) || a.name.localeCompare(b.name)),
    byProducer: [...byProducer.values()].sort((a, b) => a.producer.localeCompare(b.producer)),
    totalCents: baskets.reduce((s, b) => s + b.totalCents, 0),
    vat: vatBreakdown(baskets.flatMap((b) => b.lines)),
  };
}

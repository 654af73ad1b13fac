import { csvAmount, csvNumber, writeCsv } from "@/lib/csv";

type ProducerOrders = {
  byBasket: { basketNumber: number; name: string; items: { name: string; quantity: string }[] }[];
  byProduct: { name: string; quantity: string; totalCents: number }[];
};

// A producer's orders for one distribution (getProducerOrders): one row per basket item, then one total row
// per product.
export function producerOrdersCsv(orders: ProducerOrders, labels: { header: string[]; total: string }): string {
  return writeCsv([
    labels.header,
    ...orders.byBasket.flatMap((b) =>
      b.items.map((i) => [csvNumber(b.basketNumber), b.name, i.name, csvNumber(i.quantity)]),
    ),
    ...orders.byProduct.map((p) => [null, labels.total, p.name, csvNumber(p.quantity), csvAmount(p.totalCents)]),
  ]);
}

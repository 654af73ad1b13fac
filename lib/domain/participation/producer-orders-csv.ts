import { csvAmount, csvNumber, writeCsv } from "@/lib/csv";
import type { VatBreakdown } from "../order/vat-breakdown";

type ProducerOrders = {
  byBasket: { basketNumber: number; name: string; items: { name: string; quantity: string }[] }[];
  byProduct: { name: string; quantity: string; totalCents: number }[];
  vat: VatBreakdown;
};

// A producer's orders for one distribution (getProducerOrders): one row per basket item, one total row per
// product, then one per VAT rate with its rate (in %), net and VAT in the columns after the amount.
export function producerOrdersCsv(
  orders: ProducerOrders,
  labels: { header: string[]; total: string; vatTotal: string },
): string {
  return writeCsv([
    labels.header,
    ...orders.byBasket.flatMap((b) =>
      b.items.map((i) => [csvNumber(b.basketNumber), b.name, i.name, csvNumber(i.quantity)]),
    ),
    ...orders.byProduct.map((p) => [null, labels.total, p.name, csvNumber(p.quantity), csvAmount(p.totalCents)]),
    ...orders.vat.rates.map((r) => [
      null,
      labels.vatTotal,
      null,
      null,
      csvAmount(r.totalCents),
      csvNumber(r.vatRateBp / 100),
      csvAmount(r.netCents),
      csvAmount(r.vatCents),
    ]),
  ]);
}

import { csvAmount, csvNumber, writeCsv } from "@/lib/csv";

type Basket = {
  basketNumber: number;
  user: { lastName: string; firstName: string; phone: string | null };
  lines: {
    producer: string;
    productName: string;
    quantity: string;
    deliveredQuantity: string | null;
    unitPriceCents: number;
    vatRateBp: number;
    totalCents: number;
    vatCents: number;
    netCents: number;
  }[];
};

// One row per order line of a distribution day (getDistributionDay), for the market's admins: the line's amount,
// then its VAT rate (in %), net and VAT as stored on the line, appended so that older spreadsheets keep working.
export function distributionOrdersCsv(baskets: Basket[], header: string[]): string {
  return writeCsv([
    header,
    ...baskets.flatMap((b) =>
      b.lines.map((l) => [
        csvNumber(b.basketNumber),
        b.user.lastName,
        b.user.firstName,
        b.user.phone,
        l.producer,
        l.productName,
        csvNumber(l.deliveredQuantity ?? l.quantity),
        csvAmount(l.unitPriceCents),
        csvAmount(l.totalCents),
        csvNumber(l.vatRateBp / 100),
        csvAmount(l.netCents),
        csvAmount(l.vatCents),
      ]),
    ),
  ]);
}

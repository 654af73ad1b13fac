import type { Tx } from "@/lib/db/client";
import { localDay } from "@/lib/time";
import { FRANCHISE_MENTION, feeVat } from "./fee-vat";
import { nextInvoiceNumber } from "./next-invoice-number";

// The market as its invoices name it, copied onto each one at issue time.
export type InvoiceSeller = {
  name: string;
  address: string | null;
  siret: string | null;
  vatNumber: string | null;
  vatMention: string | null;
};
export type InvoiceBuyer = { name: string; address: string | null };

// When a distribution's payouts are scheduled (schedule-payouts.ts, in its transaction), the market invoices each
// producer the fee it took from its sales there: the FEE transactions scheduling just posted on the producer's
// account. No fee, no invoice. A producer already invoiced for this distribution is skipped (and a unique index
// stands behind that), so a retried run never issues twice. Numbers follow in producer-name order.
export async function issueFeeInvoices(tx: Tx, distributionId: string, now: Date): Promise<number> {
  const distribution = await tx.distribution.findUniqueOrThrow({
    where: { id: distributionId },
    select: {
      marketId: true,
      market: {
        select: {
          name: true,
          timeZone: true,
          vatStatus: true,
          legalName: true,
          legalAddress: true,
          siret: true,
          vatNumber: true,
        },
      },
    },
  });
  const fees = await tx.ledgerEntry.groupBy({
    by: ["producerId"],
    where: { distributionId, account: "PRODUCER", transaction: { kind: "FEE" } },
    _sum: { amountCents: true },
  });
  const invoiced = await tx.invoice.findMany({
    where: { distributionId, kind: "INVOICE" },
    select: { producerId: true },
  });
  const due = fees
    .map((f) => ({ producerId: f.producerId!, feeCents: -(f._sum.amountCents ?? 0) }))
    .filter((f) => f.feeCents > 0 && !invoiced.some((i) => i.producerId === f.producerId));
  if (due.length === 0) return 0;
  const { market } = distribution;
  const producers = await tx.producer.findMany({
    where: { id: { in: due.map((f) => f.producerId) } },
    select: { id: true, name: true, address: true, zipCode: true, city: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  const seller: InvoiceSeller = {
    name: market.legalName ?? market.name,
    address: market.legalAddress,
    siret: market.siret,
    vatNumber: market.vatNumber,
    vatMention: market.vatStatus === "FRANCHISE" ? FRANCHISE_MENTION : null,
  };
  const year = Number(localDay(now, market.timeZone).slice(0, 4));
  for (const producer of producers) {
    const { feeCents } = due.find((f) => f.producerId === producer.id)!;
    const buyer: InvoiceBuyer = {
      name: producer.name,
      address:
        [producer.address, [producer.zipCode, producer.city].filter(Boolean).join(" ")].filter(Boolean).join(", ") ||
        null,
    };
    await tx.invoice.create({
      data: {
        marketId: distribution.marketId,
        producerId: producer.id,
        distributionId,
        kind: "INVOICE",
        year,
        number: await nextInvoiceNumber(tx, distribution.marketId, year),
        vatStatus: market.vatStatus,
        ...feeVat(feeCents, market.vatStatus),
        seller,
        buyer,
        issuedAt: now,
      },
    });
  }
  return producers.length;
}

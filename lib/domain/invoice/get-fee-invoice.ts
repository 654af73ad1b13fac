import { db } from "@/lib/db/client";
import { hasMarketRight, requireProducerUser, type Actor } from "../access/actor";
import { DomainError } from "../errors";
import type { InvoiceBuyer, InvoiceSeller } from "./issue-fee-invoices";

export type FeeInvoice = Awaited<ReturnType<typeof getFeeInvoice>>;

// One invoice or credit note, to print: for an admin of its market, or its producer's team. The parties and
// mentions are those copied at issue time; the market's time zone dates it.
export async function getFeeInvoice({ actor, invoiceId }: { actor: Actor; invoiceId: string }) {
  const invoice = await db().invoice.findUnique({
    where: { id: invoiceId },
    include: {
      market: { select: { timeZone: true } },
      distribution: { select: { pickupStartAt: true } },
      creditedInvoice: { select: { year: true, number: true, issuedAt: true } },
    },
  });
  if (!invoice) throw new DomainError("NOT_FOUND");
  if (!hasMarketRight(actor, invoice.marketId, "admin")) requireProducerUser(actor, invoice.producerId);
  const { market, seller, buyer, ...rest } = invoice;
  return { ...rest, timeZone: market.timeZone, seller: seller as InvoiceSeller, buyer: buyer as InvoiceBuyer };
}

// « 2026-0007 »: the year and the number within it, as printed and in file names.
export function invoiceReference(invoice: { year: number; number: number }): string {
  return `${invoice.year}-${String(invoice.number).padStart(4, "0")}`;
}

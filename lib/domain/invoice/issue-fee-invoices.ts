import type { Tx } from "@/lib/db/client";
import { localDay } from "@/lib/time";
import { creditNoteFor } from "./cancel-fee-invoice";
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
// account. No fee, no invoice. The fee moves afterwards when a basket of the distribution changes (followPayouts in
// reconcile-payouts.ts, which calls this again in its transaction): the producer's latest invoice, if it still
// stands, is cancelled by a credit note, and the new fee invoiced, the next revision. A producer whose latest
// invoice is for its fee is skipped, so a retried run never issues twice (a unique index per revision stands behind
// that), and an invoice an admin cancelled stays cancelled until the fee changes. Numbers follow in producer-name
// order, credit note before the invoice replacing it.
export async function issueFeeInvoices(tx: Tx, distributionId: string, now: Date): Promise<number> {
  // Locked, so that an admin cancelling one of them at this moment (cancel-fee-invoice.ts) goes first or after.
  await tx.$queryRaw`SELECT 1 FROM "Invoice" WHERE "distributionId" = ${distributionId} FOR UPDATE`;
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
  const invoices = await tx.invoice.findMany({
    where: { distributionId, kind: "INVOICE" },
    include: { creditNote: { select: { id: true } } },
    orderBy: { revision: "desc" },
  });
  const feeOf = new Map(fees.map((f) => [f.producerId!, -(f._sum.amountCents ?? 0)]));
  const latestOf = new Map<string, (typeof invoices)[number]>();
  for (const invoice of invoices) if (!latestOf.has(invoice.producerId)) latestOf.set(invoice.producerId, invoice);
  const due = [...new Set([...feeOf.keys(), ...latestOf.keys()])].filter((producerId) => {
    const fee = Math.max(feeOf.get(producerId) ?? 0, 0);
    const latest = latestOf.get(producerId);
    return latest ? latest.includingVatCents !== fee : fee > 0;
  });
  if (due.length === 0) return 0;
  const { market } = distribution;
  const producers = await tx.producer.findMany({
    where: { id: { in: due } },
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
  let issued = 0;
  for (const producer of producers) {
    const feeCents = Math.max(feeOf.get(producer.id) ?? 0, 0);
    const latest = latestOf.get(producer.id);
    if (latest && !latest.creditNote) await creditNoteFor(tx, latest, market.timeZone, now);
    if (feeCents === 0) continue;
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
        revision: latest ? latest.revision + 1 : 0,
        vatStatus: market.vatStatus,
        ...feeVat(feeCents, market.vatStatus),
        seller,
        buyer,
        issuedAt: now,
      },
    });
    issued++;
  }
  return issued;
}

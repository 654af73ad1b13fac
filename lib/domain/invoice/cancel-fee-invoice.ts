import type { Invoice, Prisma } from "@/generated/prisma/client";
import { db, type Tx } from "@/lib/db/client";
import { localDay } from "@/lib/time";
import { requireMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";
import { nextInvoiceNumber } from "./next-invoice-number";

// « Annuler par un avoir »: an issued invoice is never deleted nor changed; an admin of its market cancels it by a
// credit note, the next number of the year, for the same amounts negated and the same parties and mentions as the
// invoice it cancels. An invoice is credited once (a unique index on creditedInvoiceId stands behind the check,
// which runs with the invoice row locked so that two admins at the same instant issue one credit note).
export async function cancelFeeInvoice({ actor, invoiceId, now }: { actor: Actor; invoiceId: string; now: Date }) {
  return db().$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ marketId: string }[]>`
      SELECT "marketId" FROM "Invoice" WHERE "id" = ${invoiceId} FOR UPDATE`;
    if (!locked) throw new DomainError("NOT_FOUND");
    requireMarketRight(actor, locked.marketId, "admin");
    const invoice = await tx.invoice.findUniqueOrThrow({
      where: { id: invoiceId },
      include: { creditNote: { select: { id: true } }, market: { select: { timeZone: true } } },
    });
    if (invoice.kind !== "INVOICE") throw new DomainError("NOT_AN_INVOICE");
    if (invoice.creditNote) throw new DomainError("INVOICE_ALREADY_CANCELLED");
    return creditNoteFor(tx, invoice, invoice.market.timeZone, now);
  });
}

// The credit note cancelling `invoice` (not cancelled yet: the caller checked, with the row locked).
export async function creditNoteFor(tx: Tx, invoice: Invoice, timeZone: string, now: Date) {
  const year = Number(localDay(now, timeZone).slice(0, 4));
  return tx.invoice.create({
    data: {
      marketId: invoice.marketId,
      producerId: invoice.producerId,
      distributionId: invoice.distributionId,
      kind: "CREDIT_NOTE",
      year,
      number: await nextInvoiceNumber(tx, invoice.marketId, year),
      revision: invoice.revision,
      creditedInvoiceId: invoice.id,
      vatStatus: invoice.vatStatus,
      excludingVatCents: -invoice.excludingVatCents,
      vatCents: -invoice.vatCents,
      includingVatCents: -invoice.includingVatCents,
      seller: invoice.seller as Prisma.InputJsonValue,
      buyer: invoice.buyer as Prisma.InputJsonValue,
      issuedAt: now,
    },
  });
}

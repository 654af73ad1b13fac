import { db } from "@/lib/db/client";
import { requireMarketRight, requireProducerUser, type Actor } from "../access/actor";

export type FeeInvoiceRow = Awaited<ReturnType<typeof listFeeInvoices>>[number];

// A market's fee invoices and credit notes, newest first, for its admins.
export async function listMarketFeeInvoices({ actor, marketId }: { actor: Actor; marketId: string }) {
  requireMarketRight(actor, marketId, "admin");
  return listFeeInvoices({ marketId });
}

// Those a producer received from every market, for its team.
export async function listProducerFeeInvoices({ actor, producerId }: { actor: Actor; producerId: string }) {
  requireProducerUser(actor, producerId);
  return listFeeInvoices({ producerId });
}

async function listFeeInvoices(where: { marketId: string } | { producerId: string }) {
  const invoices = await db().invoice.findMany({
    where,
    select: {
      id: true,
      kind: true,
      year: true,
      number: true,
      includingVatCents: true,
      issuedAt: true,
      buyer: true,
      seller: true,
      market: { select: { timeZone: true } },
      creditNote: { select: { id: true } },
    },
    orderBy: [{ issuedAt: "desc" }, { year: "desc" }, { number: "desc" }],
    take: 200,
  });
  return invoices.map(({ market, buyer, seller, creditNote, ...i }) => ({
    ...i,
    cancelled: creditNote !== null,
    timeZone: market.timeZone,
    producerName: (buyer as { name: string }).name,
    marketName: (seller as { name: string }).name,
  }));
}

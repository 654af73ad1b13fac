import { timingSafeEqual } from "node:crypto";
import { subDays } from "date-fns";
import { db, type Tx } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";
import { cancelCatalogLines, leaveSalesOfCatalog } from "../cancellation/catalog-lines";
import { DomainError } from "../errors";
import { sendCardRefunds } from "../payment/send-card-refunds";
import { parseCatalogReference } from "./catalog-reference";
import { requestCatalogLink } from "./request-catalog-link";

// « Relier un catalogue »: with the producer's shortcut link (its secret) the catalog is linked at once; with
// only its number — which anyone can read on a public page — the producer is asked and decides.
export async function linkCatalog({
  actor,
  marketId,
  catalogText,
  appUrl,
  now,
}: {
  actor: Actor;
  marketId: string;
  catalogText: string;
  appUrl: string;
  now: Date;
}): Promise<{ outcome: "LINKED" | "REQUESTED"; name: string; producer: string }> {
  requireMarketRight(actor, marketId, "catalogs");
  const reference = parseCatalogReference(catalogText);
  if (!reference) throw new DomainError("CATALOG_NUMBER_INVALID", "catalog");
  return db().$transaction(async (tx) => {
    const catalog = await tx.catalog.findUnique({
      where: { number: reference.number },
      select: { id: true, name: true, shareKey: true, archivedAt: true, producer: { select: { name: true } } },
    });
    if (!catalog || catalog.archivedAt) throw new DomainError("CATALOG_UNKNOWN", "catalog");
    const existing = await tx.catalogLink.findUnique({
      where: { catalogId_marketId: { catalogId: catalog.id, marketId } },
      select: { unlinkedAt: true },
    });
    if (existing && !existing.unlinkedAt) throw new DomainError("CATALOG_ALREADY_LINKED", "catalog");
    const named = { name: catalog.name, producer: catalog.producer.name };
    if (reference.key === null) {
      await requestCatalogLink(tx, { actor, marketId, catalogId: catalog.id, appUrl, now });
      return { outcome: "REQUESTED", ...named };
    }
    if (!sameSecret(reference.key, catalog.shareKey)) throw new DomainError("CATALOG_KEY_INVALID", "catalog");
    await activateLink(tx, { catalogId: catalog.id, marketId, now });
    return { outcome: "LINKED", ...named };
  });
}

// Linking, or linking again after an unlink; any request still pending for the pair is settled by it.
export async function activateLink(
  tx: Tx,
  { catalogId, marketId, now }: { catalogId: string; marketId: string; now: Date },
) {
  await tx.catalogLink.upsert({
    where: { catalogId_marketId: { catalogId, marketId } },
    create: { catalogId, marketId, linkedAt: now },
    update: { unlinkedAt: null, linkedAt: now },
  });
  await tx.catalogLinkRequest.updateMany({
    where: { catalogId, marketId, status: "PENDING" },
    data: { status: "ACCEPTED", answeredAt: now },
  });
}

function sameSecret(given: string, expected: string): boolean {
  const [a, b] = [Buffer.from(given), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b);
}

// Unlinking takes the catalog out of the market's coming sales. Refused while baskets already ordered hold its
// products in a sale not yet delivered (with their numbers), unless the admin cancels those lines with it
// (`cancelLines`: shoppers refunded and told, the producer told).
export async function unlinkCatalog({
  actor,
  marketId,
  catalogId,
  cancelLines = false,
  now,
}: {
  actor: Actor;
  marketId: string;
  catalogId: string;
  cancelLines?: boolean;
  now: Date;
}) {
  requireMarketRight(actor, marketId, "catalogs");
  if (cancelLines) requireMarketRight(actor, marketId, "admin");
  const { cardRefundIds } = await db().$transaction(
    async (tx) => {
      const result = await tx.catalogLink.updateMany({
        where: { marketId, catalogId, unlinkedAt: null },
        data: { unlinkedAt: now },
      });
      if (result.count === 0) throw new DomainError("NOT_FOUND");
      return cancelLines
        ? cancelCatalogLines(tx, { catalogId, marketId, notifyProducer: true, now })
        : leaveSalesOfCatalog(tx, { catalogId, marketId, now });
    },
    { timeout: 120_000 },
  );
  await sendCardRefunds(cardRefundIds, now);
}

// The market's linked catalogs, and the requests its producers have not answered yet.
export async function listLinkedCatalogs({ actor, marketId, now }: { actor: Actor; marketId: string; now: Date }) {
  requireMarketRight(actor, marketId, "catalogs");
  const [links, pending] = await Promise.all([
    db().catalogLink.findMany({
      where: { marketId, unlinkedAt: null },
      orderBy: { linkedAt: "asc" },
      select: {
        catalog: {
          select: {
            id: true,
            number: true,
            name: true,
            producer: { select: { id: true, name: true, slug: true, city: true } },
            _count: { select: { products: { where: { active: true } } } },
          },
        },
      },
    }),
    db().catalogLinkRequest.findMany({
      where: { marketId, status: "PENDING", createdAt: { gt: subDays(now, 90) } },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        createdAt: true,
        catalog: { select: { number: true, name: true, producer: { select: { name: true } } } },
      },
    }),
  ]);
  return { links, pending };
}

import type { BasketMode, OnSiteMethod, PaymentMethod, ProductUnit } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { Actor } from "../access/actor";
import { canRunDistributionDay } from "../access/distribution-day";
import { DomainError } from "../errors";
import { basketDueCents } from "../payment/basket-due";
import { NET_PAID_CENTS } from "../payment/order-money";
import { tillTotals } from "./till-totals";

// Instants are ISO strings and quantities decimal strings: the whole day is one plain object that can be sent
// to the browser, stored on the phone and compared as it is.
export type DayLine = {
  id: string;
  productName: string;
  producer: string;
  unit: ProductUnit;
  // Bulk or weighed: the delivered quantity may have decimals (a real weight).
  decimal: boolean;
  variableWeight: boolean;
  quantity: string;
  // Null: delivered as ordered.
  delivered: string | null;
  // Moves with each change of `delivered`: an edit made offline on an older version is a conflict (apply-operation.ts).
  deliveredVersion: number;
  unitPriceCents: number;
  totalCents: number;
};

export type DayPayment = { method: OnSiteMethod | PaymentMethod; amountCents: number; at: string };

export type DayBasket = {
  id: string;
  number: number;
  firstName: string;
  lastName: string;
  // Shown to whoever runs the day, to call someone who has not come yet.
  phone: string | null;
  slotStartsAt: string | null;
  // The shopper's choice at checkout (on the spot, transfer, card, balance).
  paymentMethod: PaymentMethod | null;
  payments: DayPayment[];
  totalCents: number;
  dueCents: number;
  refundDueCents: number;
  collectedAt: string | null;
  validatedAt: string | null;
  lines: DayLine[];
};

export type DayScreen = {
  distribution: {
    id: string;
    marketId: string;
    marketName: string;
    placeName: string;
    timeZone: string;
    // BEFORE: baskets prepared in advance, handed out; DURING: products weighed and packed as people come.
    basketMode: BasketMode;
    pickupStartAt: string;
    pickupEndAt: string;
    validatedAt: string | null;
    cancelledAt: string | null;
  };
  baskets: DayBasket[];
  till: Awaited<ReturnType<typeof tillTotals>>;
};

type HeaderRow = Omit<DayScreen["distribution"], "pickupStartAt" | "pickupEndAt" | "validatedAt" | "cancelledAt"> & {
  pickupStartAt: Date;
  pickupEndAt: Date;
  validatedAt: Date | null;
  cancelledAt: Date | null;
};

type BasketRow = Omit<DayBasket, "dueCents" | "refundDueCents" | "totalCents"> & {
  ownCents: number;
  balanceCents: number | null;
  netPaidCents: number;
};

// to_char's pattern for a timestamp column (UTC, without zone) as the ISO string JSON carries.
const ISO = 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"';

// The distribution day screen's data, for whoever runs that day (canRunDistributionDay): every confirmed basket
// with its shopper's name and phone, slot, lines as ordered and as delivered, what it costs, what was paid and how,
// what is still due or to give back, « retiré » and validated; and the till's totals. A fixed number of queries for
// any number of baskets: the distribution, then the baskets (lines, payments and ledger sums built by PostgreSQL
// as JSON) beside the till's totals.
export async function getDayScreen({
  actor,
  distributionId,
}: {
  actor: Actor;
  distributionId: string;
}): Promise<DayScreen> {
  const [header] = await db().$queryRaw<HeaderRow[]>`
    SELECT d.id, d."marketId", m.name AS "marketName", p.name AS "placeName", m."timeZone", m."basketMode"::text AS "basketMode",
           d."pickupStartAt", d."pickupEndAt", d."validatedAt", d."cancelledAt"
    FROM "Distribution" d JOIN "Market" m ON m.id = d."marketId" JOIN "Place" p ON p.id = d."placeId"
    WHERE d.id = ${distributionId}`;
  if (!header || !canRunDistributionDay(actor, { id: header.id, marketId: header.marketId }))
    throw new DomainError("NOT_FOUND");
  const [rows, till] = await Promise.all([basketRows(distributionId), tillTotals(db(), distributionId)]);
  return {
    distribution: {
      ...header,
      pickupStartAt: header.pickupStartAt.toISOString(),
      pickupEndAt: header.pickupEndAt.toISOString(),
      validatedAt: header.validatedAt?.toISOString() ?? null,
      cancelledAt: header.cancelledAt?.toISOString() ?? null,
    },
    baskets: rows.map(({ ownCents, balanceCents, netPaidCents, ...basket }) => {
      const totalCents = basket.lines.reduce((sum, l) => sum + l.totalCents, 0);
      return {
        ...basket,
        totalCents,
        dueCents: basketDueCents({ ownCents, paymentMethod: basket.paymentMethod, balanceCents: balanceCents ?? 0 }),
        // Paid beyond the total (an item missing, a lighter weight): given back at validation (payment/order-money.ts).
        refundDueCents: Math.max(0, netPaidCents - totalCents),
      };
    }),
    till,
  };
}

// One row per confirmed basket (drafts are not orders), by number. The shopper's balance is read only for a
// basket paid from it, the one case where what is due depends on it (payment/basket-due.ts).
function basketRows(distributionId: string) {
  return db().$queryRaw<BasketRow[]>`
    SELECT o.id, o."basketNumber" AS number, u."firstName", u."lastName", u.phone,
      o."paymentMethod"::text AS "paymentMethod",
      to_char(o."collectedAt", ${ISO}) AS "collectedAt",
      to_char(o."validatedAt", ${ISO}) AS "validatedAt",
      (SELECT to_char(s."startsAt", ${ISO}) FROM "SlotBooking" b JOIN "PickupSlot" s ON s.id = b."slotId"
        WHERE b."orderId" = o.id) AS "slotStartsAt",
      (SELECT json_agg(json_build_object(
          'id', l.id, 'productName', l."productName", 'producer', pr.name, 'unit', p.unit,
          'decimal', p.bulk OR p."variableWeight", 'variableWeight', p."variableWeight",
          'quantity', trim_scale(l.quantity)::text, 'delivered', trim_scale(l."deliveredQuantity")::text,
          'deliveredVersion', l."deliveredVersion",
          'unitPriceCents', l."unitPriceCents", 'totalCents', l."totalCents")
          ORDER BY pr.name, l."productName")
        FROM "OrderLine" l JOIN "Product" p ON p.id = l."productId" JOIN "Catalog" c ON c.id = p."catalogId"
        JOIN "Producer" pr ON pr.id = c."producerId"
        WHERE l."orderId" = o.id) AS lines,
      COALESCE((SELECT json_agg(json_build_object(
          'method', CASE WHEN pay.method = 'ON_SITE' THEN COALESCE(pay."onSiteMethod"::text, 'ON_SITE') ELSE pay.method::text END,
          'amountCents', pay."amountCents", 'at', to_char(COALESCE(pay."settledAt", pay."createdAt"), ${ISO}))
          ORDER BY pay."createdAt")
        FROM "Payment" pay WHERE pay."orderId" = o.id AND pay.status = 'SUCCEEDED'), '[]'::json) AS payments,
      (SELECT COALESCE(SUM(e."amountCents"), 0)::int FROM "LedgerEntry" e
        WHERE e."orderId" = o.id AND e.account = 'SHOPPER') AS "ownCents",
      ${NET_PAID_CENTS} AS "netPaidCents",
      CASE WHEN o."paymentMethod" = 'BALANCE' THEN (SELECT COALESCE(SUM(e."amountCents"), 0)::int FROM "LedgerEntry" e
        WHERE e."marketId" = o."marketId" AND e."userId" = o."userId" AND e.account = 'SHOPPER') END AS "balanceCents"
    FROM "Order" o JOIN "User" u ON u.id = o."userId"
    WHERE o."distributionId" = ${distributionId} AND o."confirmedAt" IS NOT NULL
      AND EXISTS (SELECT 1 FROM "OrderLine" l WHERE l."orderId" = o.id)
    ORDER BY o."basketNumber"`;
}

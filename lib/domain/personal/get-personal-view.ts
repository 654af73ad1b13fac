import { sqlRows } from "@/lib/db/client";
import { type AccountSpaces, accountSpaces } from "../access/account-spaces";
import { type Actor, type ActorRights, actorOf, actorRightsSql } from "../access/actor";
import { type ContactField, missingContactFields } from "../account/missing-contact-fields";
import { distributionState } from "../distribution/distribution-state";
import { lineReleased } from "../order/basket-stock";
import { currentOrderTotalCents, lineTotalCents } from "../order/line-total";
import { type QuantityUnit, quantityUnitOf } from "../product/quantity-unit";
import { offeredProductsSql } from "../shop/offered-products";

// What a public page shows of whoever is signed in, and of stock: the same page is served to everybody from
// Next's cache, and this comes once it is in the browser (app/api/personal, components/personal). Read in one
// statement: a page view's cost is mostly this read (README, Performance).
export type PersonalRequest = {
  // Who asks: the session as its cookie carries it (lib/auth/session.ts), checked here (one whose version is no
  // longer its user's, a password having changed, or whose user is gone, reads as a visitor); or the signed-in
  // actor of a server action, already checked.
  viewer: { userId: string; sessionVersion: number } | Actor | null;
  // The market page's market: whether the person is a member of it.
  marketSlug?: string;
  // The home page: the markets the person is a member of.
  myMarkets?: boolean;
  // The shop's distribution: the person's basket, the contact details the market still needs, whether they
  // may order.
  distributionId?: string;
  // Products of the shop's page whose stock left to read (the distribution's offered ones only).
  stockOf?: string[];
  now: Date;
};

export type BasketLine = {
  productId: string;
  productName: string;
  quantity: string;
  unit: QuantityUnit;
  totalCents: number;
  // The hold of a draft's line has lapsed (basket-stock.ts).
  released: boolean;
};

export type BasketView = {
  id: string;
  basketNumber: number;
  confirmed: boolean;
  totalCents: number;
  lines: BasketLine[];
};

export type ShopPersonalView = {
  // Whether the sale takes orders now.
  open: boolean;
  missingFields: ContactField[];
  // Open, and nothing missing.
  canOrder: boolean;
  basket: BasketView | null;
};

export type MarketLink = { id: string; slug: string; name: string };

// The market page: the person's basket for one of the market's coming distributions (issue #20).
export type MarketBasket = {
  id: string;
  distributionId: string;
  basketNumber: number;
  confirmed: boolean;
  totalCents: number;
  lines: { productName: string; quantity: string; unit: QuantityUnit; totalCents: number }[];
};

export type PersonalView = {
  // null: nobody signed in.
  account: AccountSpaces | null;
  // An active member of the market page's market.
  member: boolean;
  // The markets the person is an active member of, in the order they joined, when asked (the home page).
  markets: MarketLink[];
  // The market page: the person's baskets (with lines) for the market's distributions not yet over.
  marketBaskets: MarketBasket[];
  // A signed-in person on a distribution's shop.
  shop: ShopPersonalView | null;
  // By product id, the stock left of the asked products whose stock is managed, as decimals.
  stockLeft: Record<string, string>;
};

type Row = ActorRights & {
  userId: string | null;
  isOperator: boolean | null;
  phone: string | null;
  address: string | null;
  marketId: string | null;
  markets: MarketLink[];
  marketBaskets: (Omit<MarketBasket, "lines"> & {
    lines: {
      productName: string;
      quantity: string;
      totalCents: number;
      unit: "PIECE" | "KG" | "G" | "L" | "CL" | "ML";
      quantityPerUnit: string;
      bulk: boolean;
      variableWeight: boolean;
    }[];
  })[];
  sale: {
    requirePhone: boolean;
    requireAddress: boolean;
    ordersOpenAt: number;
    ordersCloseAt: number;
    pickupStartAt: number;
    validatedAt: number | null;
    cancelledAt: number | null;
  } | null;
  basket: {
    id: string;
    basketNumber: number;
    confirmedAt: number | null;
    lines: {
      productId: string;
      productName: string;
      quantity: string;
      heldQuantity: string;
      deliveredQuantity: string | null;
      unitPriceCents: number;
      stock: string | null;
      unit: "PIECE" | "KG" | "G" | "L" | "CL" | "ML";
      quantityPerUnit: string;
      bulk: boolean;
      variableWeight: boolean;
    }[];
  } | null;
  stockLeft: Record<string, string>;
};

// Instants as milliseconds since the epoch (`timestamp` columns hold UTC), decimals without trailing zeros.
const ms = (column: string) => `(extract(epoch FROM ${column}) * 1000)::float8`;

// The statement reads only what the request asks for (a visitor's shop page: the stock left alone), since
// planning it is most of what it costs the database.
function personalViewStatement({ viewer, marketSlug, myMarkets, distributionId, stockOf = [], now }: PersonalRequest) {
  const values: unknown[] = [];
  const param = (value: unknown, type: string) => `$${values.push(value)}::${type}`;
  const withs: string[] = [];
  const columns: string[] = [];
  if (viewer) {
    const version = "sessionVersion" in viewer ? `AND u."sessionVersion" = ${param(viewer.sessionVersion, "int")}` : "";
    withs.push(`me AS (
      SELECT u."id", u."isOperator", u."phone", u."address" FROM "User" u
      WHERE u."id" = ${param(viewer.userId, "text")} AND u."deletedAt" IS NULL ${version})`);
    columns.push(`me."id" AS "userId", me."isOperator", me."phone", me."address", ${actorRightsSql('me."id"')}`);
    if (marketSlug) {
      const slug = param(marketSlug, "text");
      columns.push(`(SELECT mk."id" FROM "Market" mk WHERE mk."slug" = ${slug}) AS "marketId"`);
      columns.push(`coalesce((SELECT json_agg(json_build_object('id', o."id", 'distributionId', o."distributionId",
          'basketNumber', o."basketNumber", 'confirmed', o."confirmedAt" IS NOT NULL,
          'totalCents', (SELECT sum(l."totalCents") FROM "OrderLine" l WHERE l."orderId" = o."id"),
          'lines', (SELECT json_agg(json_build_object('productName', l."productName",
              'quantity', trim_scale(coalesce(l."deliveredQuantity", l."quantity"))::text, 'totalCents', l."totalCents",
              'unit', p."unit", 'quantityPerUnit', trim_scale(p."quantityPerUnit")::text, 'bulk', p."bulk",
              'variableWeight', p."variableWeight") ORDER BY l."createdAt", l."id")
            FROM "OrderLine" l JOIN "Product" p ON p."id" = l."productId" WHERE l."orderId" = o."id"))
          ORDER BY d."pickupStartAt", o."id")
        FROM "Order" o JOIN "Distribution" d ON d."id" = o."distributionId" JOIN "Market" mk ON mk."id" = d."marketId"
        WHERE o."userId" = me."id" AND mk."slug" = ${slug} AND d."cancelledAt" IS NULL
          AND d."pickupEndAt" > to_timestamp(${param(now.getTime() / 1000, "float8")}) AT TIME ZONE 'UTC'
          AND EXISTS (SELECT 1 FROM "OrderLine" l WHERE l."orderId" = o."id")), '[]') AS "marketBaskets"`);
    }
    if (myMarkets)
      columns.push(`coalesce((SELECT json_agg(json_build_object('id', mk."id", 'slug', mk."slug", 'name', mk."name")
          ORDER BY ms."joinedAt", mk."id")
        FROM "Membership" ms JOIN "Market" mk ON mk."id" = ms."marketId"
        WHERE ms."userId" = me."id" AND ms."leftAt" IS NULL), '[]') AS "markets"`);
  }
  if (distributionId && (viewer || stockOf.length > 0)) {
    withs.push(`sale AS (
      SELECT d."id", d."marketId", m."requirePhone", m."requireAddress",
        ${ms('d."ordersOpenAt"')} AS "ordersOpenAt", ${ms('d."ordersCloseAt"')} AS "ordersCloseAt",
        ${ms('d."pickupStartAt"')} AS "pickupStartAt", ${ms('d."validatedAt"')} AS "validatedAt",
        ${ms('d."cancelledAt"')} AS "cancelledAt"
      FROM "Distribution" d JOIN "Market" m ON m."id" = d."marketId" WHERE d."id" = ${param(distributionId, "text")})`);
    if (viewer)
      columns.push(`(SELECT row_to_json(sale) FROM sale) AS "sale",
        (SELECT json_build_object('id', o."id", 'basketNumber', o."basketNumber", 'confirmedAt', ${ms('o."confirmedAt"')},
          'lines', coalesce((SELECT json_agg(json_build_object('productId', l."productId",
              'productName', l."productName", 'quantity', trim_scale(l."quantity")::text,
              'heldQuantity', trim_scale(l."heldQuantity")::text,
              'deliveredQuantity', trim_scale(l."deliveredQuantity")::text, 'unitPriceCents', l."unitPriceCents",
              'stock', trim_scale(p."stock")::text, 'unit', p."unit",
              'quantityPerUnit', trim_scale(p."quantityPerUnit")::text, 'bulk', p."bulk",
              'variableWeight', p."variableWeight") ORDER BY l."createdAt", l."id")
            FROM "OrderLine" l JOIN "Product" p ON p."id" = l."productId" WHERE l."orderId" = o."id"), '[]'))
          FROM "Order" o JOIN sale ON o."distributionId" = sale."id" WHERE o."userId" = me."id") AS "basket"`);
    if (stockOf.length > 0) {
      // The asked products first, by their ids: where the database has no statistics yet (the embedded one never
      // gathers them), the planner would otherwise go through the sale's every product.
      withs.push(`asked AS MATERIALIZED (
        SELECT p."id", p."catalogId", p."active", p."stock" FROM "Product" p
        WHERE p."id" = ANY(${param(stockOf, "text[]")}) AND p."stock" IS NOT NULL)`);
      columns.push(`(SELECT coalesce(json_object_agg(p."id", trim_scale(p."stock")::text), '{}')
        FROM asked p JOIN sale ON true WHERE ${offeredProductsSql("p", 'sale."marketId"', 'sale."id"')}) AS "stockLeft"`);
    }
  }
  if (columns.length === 0) return null;
  const text = `${withs.length > 0 ? `WITH ${withs.join(", ")}` : ""}
    SELECT ${columns.join(", ")} FROM (VALUES (1)) AS one (x) ${viewer ? "LEFT JOIN me ON true" : ""}`;
  return { text, values };
}

const VISITOR: PersonalView = {
  account: null,
  member: false,
  markets: [],
  marketBaskets: [],
  shop: null,
  stockLeft: {},
};

export async function getPersonalView(request: PersonalRequest): Promise<PersonalView> {
  const statement = personalViewStatement(request);
  if (!statement) return { ...VISITOR };
  const [row] = await sqlRows<Partial<Row>>(statement.text, statement.values);
  const view: PersonalView = { ...VISITOR, stockLeft: row.stockLeft ?? {} };
  if (!row.userId) return view;
  const actor = actorOf({
    id: row.userId,
    isOperator: row.isOperator ?? false,
    memberships: row.memberships ?? [],
    producerUsers: row.producerUsers ?? [],
    referentOf: row.referentOf ?? [],
  });
  view.account = accountSpaces(actor);
  view.member = !!row.marketId && actor.markets.has(row.marketId);
  view.markets = row.markets ?? [];
  view.marketBaskets = (row.marketBaskets ?? []).map((basket) => ({
    ...basket,
    totalCents: Number(basket.totalCents),
    lines: basket.lines.map(({ unit, quantityPerUnit, bulk, variableWeight, ...line }) => ({
      ...line,
      unit: quantityUnitOf({ unit, quantityPerUnit, bulk, variableWeight }),
    })),
  }));
  if (row.sale) {
    const date = (value: number | null) => (value === null ? null : new Date(value));
    const sale = row.sale;
    const open =
      distributionState(
        {
          ordersOpenAt: new Date(sale.ordersOpenAt),
          ordersCloseAt: new Date(sale.ordersCloseAt),
          pickupStartAt: new Date(sale.pickupStartAt),
          validatedAt: date(sale.validatedAt),
          cancelledAt: date(sale.cancelledAt),
        },
        request.now,
      ) === "OPEN";
    const missingFields = missingContactFields(sale, { phone: row.phone ?? null, address: row.address ?? null });
    view.shop = {
      open,
      missingFields,
      canOrder: open && missingFields.length === 0,
      basket: basketOf(row.basket ?? null),
    };
  }
  return view;
}
function basketOf(order: Row["basket"]): BasketView | null {
  if (!order) return null;
  const confirmedAt = order.confirmedAt === null ? null : new Date(order.confirmedAt);
  return {
    id: order.id,
    basketNumber: order.basketNumber,
    confirmed: confirmedAt !== null,
    totalCents: currentOrderTotalCents(order.lines),
    lines: order.lines.map((line) => ({
      productId: line.productId,
      productName: line.productName,
      quantity: line.quantity,
      unit: quantityUnitOf(line),
      totalCents: lineTotalCents(line.quantity, line.unitPriceCents),
      released: lineReleased({ confirmedAt }, { ...line, product: { stock: line.stock } }),
    })),
  };
}

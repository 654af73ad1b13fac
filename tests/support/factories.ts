// Each test makes its own rows. Defaults are plausible; override what the test is about.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { postTransaction } from "@/lib/domain/ledger/post-transaction";
import { recordOrderDebt } from "@/lib/domain/ledger/record-order-debt";
import type { Actor } from "@/lib/domain/access/actor";
import { settlePayment } from "@/lib/domain/payment/settle-payment";
import { startCardCheckout } from "@/lib/domain/payment/start-card-checkout";
import { addDays, dateFromDay, localDay, zonedInstant } from "@/lib/time";
import type { ParticipationStatus, Prisma } from "@/generated/prisma/client";

const unique = () => randomUUID().slice(0, 8);

export async function createUser(data: Partial<Prisma.UserUncheckedCreateInput> = {}) {
  return db().user.create({
    data: {
      email: `user-${unique()}@example.test`,
      passwordHash: "not-a-real-hash",
      firstName: "Camille",
      lastName: "Durand",
      emailVerifiedAt: new Date("2026-01-01T00:00:00Z"),
      ...data,
    },
  });
}

export async function createMarket(data: Partial<Prisma.MarketUncheckedCreateInput> = {}) {
  const slug = data.slug ?? `marche-${unique()}`;
  return db().market.create({
    data: {
      slug,
      name: `Marché ${slug}`,
      ...data,
      places: {
        create: [{ name: "Salle des fêtes", address: "1 place de la Mairie", zipCode: "33840", city: "Captieux" }],
      },
    },
    include: { places: true },
  });
}

export async function createMembership(
  marketId: string,
  userId: string,
  rights: Partial<Prisma.MembershipUncheckedCreateInput> = {},
) {
  return db().membership.create({ data: { marketId, userId, ...rights } });
}

export async function createProducerWithCatalog(name = `Ferme ${unique()}`) {
  const producer = await db().producer.create({ data: { slug: `ferme-${unique()}`, name } });
  const catalog = await db().catalog.create({ data: { producerId: producer.id, name: `Catalogue de ${name}` } });
  return { producer, catalog };
}

export async function createProduct(catalogId: string, data: Partial<Prisma.ProductUncheckedCreateInput> = {}) {
  return db().product.create({ data: { catalogId, name: `Produit ${unique()}`, priceCents: 300, ...data } });
}

// A distribution `inDays` days after `now` (market-local), pick-up 19:00–20:00, open 10 days before at
// 08:00, closing 24 h before pick-up: PRODUCT.md's defaults.
export async function createDistribution(
  market: { id: string; timeZone: string; places: { id: string }[] },
  { now, inDays, placeId }: { now: Date; inDays: number; placeId?: string },
) {
  const day = addDays(localDay(now, market.timeZone), inDays);
  const pickupStartAt = zonedInstant(day, 19 * 60, market.timeZone);
  return db().distribution.create({
    data: {
      marketId: market.id,
      placeId: placeId ?? market.places[0].id,
      day: dateFromDay(day),
      pickupStartAt,
      pickupEndAt: zonedInstant(day, 20 * 60, market.timeZone),
      ordersOpenAt: zonedInstant(addDays(day, -10), 8 * 60, market.timeZone),
      ordersCloseAt: new Date(pickupStartAt.getTime() - 24 * 3_600_000),
    },
  });
}

export async function createParticipation(
  distributionId: string,
  catalogId: string,
  status: ParticipationStatus = "ACCEPTED",
) {
  return db().participation.create({ data: { distributionId, catalogId, status } });
}

// A shopper with an order (one line) at the distribution, for tests about what happens after ordering.
export async function createOrderFor(
  distribution: { id: string; marketId: string },
  data: Partial<Prisma.UserUncheckedCreateInput> = {},
  basketNumber?: number,
) {
  const user = await createUser(data);
  await createMembership(distribution.marketId, user.id);
  const number =
    basketNumber ??
    (await db().distribution.update({ where: { id: distribution.id }, data: { lastBasketNumber: { increment: 1 } } }))
      .lastBasketNumber;
  const order = await db().order.create({
    data: { marketId: distribution.marketId, distributionId: distribution.id, userId: user.id, basketNumber: number },
  });
  return { user, order };
}

// A shopper whose basket is confirmed (one line, payment on the spot): an order in the full sense, the kind
// that may take part in delivery help.
export async function createConfirmedOrderFor(
  distribution: { id: string; marketId: string },
  data: Partial<Prisma.UserUncheckedCreateInput> = {},
  confirmedAt = new Date("2026-05-30T10:00:00Z"),
) {
  const { user, order } = await createOrderFor(distribution, data);
  const { catalog } = await createProducerWithCatalog();
  const product = await createProduct(catalog.id);
  await db().orderLine.create({
    data: {
      orderId: order.id,
      productId: product.id,
      quantity: 1,
      heldQuantity: 1,
      unitPriceCents: product.priceCents,
      vatRateBp: 550,
      productName: product.name,
    },
  });
  const confirmed = await db().order.update({
    where: { id: order.id },
    data: { confirmedAt, paymentMethod: "ON_SITE" },
  });
  await db().$transaction((tx) => recordOrderDebt(tx, order.id));
  return { user, order: confirmed };
}

// The shopper pays `amountCents` of the order by card, as Stripe's webhook would settle it (which confirms a
// draft and writes its debt).
export async function payByCard(order: { id: string; marketId: string; userId: string }, amountCents: number) {
  const sessionId = `cs_${unique()}`;
  await db().payment.create({
    data: {
      marketId: order.marketId,
      userId: order.userId,
      orderId: order.id,
      method: "CARD",
      amountCents,
      stripeCheckoutSessionId: sessionId,
    },
  });
  await db().$transaction((tx) =>
    settlePayment(tx, { stripeCheckoutSessionId: sessionId }, { now: new Date(), paymentIntentId: `pi_${unique()}` }),
  );
}

// The shopper pays what the order owes online through Checkout (start-card-checkout.ts, on the fake Stripe), as
// the webhook then settles it. Returns the payment.
export async function payOnlineDue(shopper: Actor, orderId: string, now: Date) {
  const { paymentId } = await startCardCheckout({ actor: shopper, orderId, now, appUrl: "http://cabas.test" });
  const { stripeCheckoutSessionId } = await db().payment.findUniqueOrThrow({ where: { id: paymentId } });
  await db().$transaction((tx) =>
    settlePayment(
      tx,
      { stripeCheckoutSessionId: stripeCheckoutSessionId! },
      { now, paymentIntentId: `pi_${paymentId}` },
    ),
  );
  return db().payment.findUniqueOrThrow({ where: { id: paymentId } });
}

// Moves a member's balance (credit above zero, debt below) as an admin's correction would.
export async function postBalance(marketId: string, userId: string, amountCents: number, label = "correction") {
  return db().$transaction((tx) =>
    postTransaction(tx, {
      marketId,
      kind: "BALANCE_CREDIT",
      label,
      entries: [
        { account: "SHOPPER", userId, amountCents },
        { account: "MARKET_EXPENSES", amountCents: -amountCents },
      ],
    }),
  );
}

// The ledger's first invariant: every transaction sums to zero. Lists those that do not.
export async function unbalancedTransactions() {
  return db().$queryRaw<{ transactionId: string; sum: bigint }[]>`
    SELECT "transactionId", sum("amountCents") AS sum FROM "LedgerEntry"
    GROUP BY "transactionId" HAVING sum("amountCents") <> 0`;
}

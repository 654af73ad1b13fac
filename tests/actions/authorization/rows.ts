import { newToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { validateBasket } from "@/lib/domain/distribution-day/validate-basket";
import { validateDistribution } from "@/lib/domain/distribution-day/validate-distribution";
import { recordOrderDebt } from "@/lib/domain/ledger/record-order-debt";
import { recordProducerSettlement } from "@/lib/domain/payout/record-producer-settlement";
import { schedulePayouts } from "@/lib/domain/payout/schedule-payouts";
import type { PaymentMethod } from "@/generated/prisma/client";
import { addDays, localDay } from "@/lib/time";
import { createDistribution, createUser } from "../../support/factories";
import type { World } from "./world";

// Rows the matrix's inputs point at, made on top of a world.

// A market-local day `inDays` after the world's now (« 2027-03-14 »), as forms send it.
export const dayIn = (world: World, inDays: number) => addDays(localDay(world.now, world.market.timeZone), inDays);

// Each at a place of its own, so that a world can hold several on one day.
async function newPlaceId(world: World) {
  const place = await db().place.create({
    data: { marketId: world.market.id, name: "Halle", address: "2 rue du Marché", zipCode: "33840", city: "Captieux" },
  });
  return place.id;
}

export const laterDistribution = async (world: World, inDays = 20) =>
  createDistribution(world.market, { now: world.now, inDays, placeId: await newPlaceId(world) });

// A distribution of the market whose pick-up started an hour ago (the distribution day), orders closed; with
// `referent`, the world's referent was named to run it.
export async function startedDistribution(world: World, { referent = false } = {}) {
  const hour = 3_600_000;
  const distribution = await db().distribution.create({
    data: {
      marketId: world.market.id,
      placeId: await newPlaceId(world),
      day: new Date(`${localDay(world.now, world.market.timeZone)}T00:00:00Z`),
      pickupStartAt: new Date(world.now.getTime() - hour),
      pickupEndAt: new Date(world.now.getTime() + hour),
      ordersOpenAt: new Date(world.now.getTime() - 10 * 24 * hour),
      ordersCloseAt: new Date(world.now.getTime() - 2 * hour),
    },
  });
  if (referent)
    await db().distributionReferent.create({
      data: { distributionId: distribution.id, userId: world.users.referent.id },
    });
  return distribution;
}

type Product = World["product"];

// A basket of `userId` (one of each of `products`, by default the world's product of P) at a distribution of the
// market, its debt in the ledger.
export async function basketOf(
  world: World,
  userId: string,
  {
    distribution = world.distribution,
    method = null,
    deliveryHelp = null,
    products = [world.product],
  }: {
    distribution?: { id: string; marketId: string };
    method?: PaymentMethod | null;
    deliveryHelp?: "NEEDS_DELIVERY" | "CAN_DELIVER" | null;
    products?: Product[];
  } = {},
) {
  const { lastBasketNumber } = await db().distribution.update({
    where: { id: distribution.id },
    data: { lastBasketNumber: { increment: 1 } },
  });
  const order = await db().order.create({
    data: {
      marketId: distribution.marketId,
      distributionId: distribution.id,
      userId,
      basketNumber: lastBasketNumber,
      ...(method ? { paymentMethod: method, confirmedAt: world.now } : {}),
      ...(deliveryHelp
        ? { deliveryHelp, deliveryConsentAt: deliveryHelp === "NEEDS_DELIVERY" ? world.now : null }
        : {}),
      lines: {
        create: products.map((product) => ({
          productId: product.id,
          quantity: 1,
          unitPriceCents: product.priceCents,
          vatRateBp: product.vatRateBp,
          productName: product.name,
        })),
      },
    },
    include: { lines: true },
  });
  await db().$transaction((tx) => recordOrderDebt(tx, order.id));
  return order;
}

// A distribution of the market held today, as its admin closes it: the member's basket of P's and Q's products
// paid in cash on the spot, the distribution validated and its payouts scheduled. Nothing was paid online, so
// Cabas pays nobody and the market owes each producer its sales (the world's market takes no fee).
export async function scheduledDistribution(world: World) {
  const distribution = await startedDistribution(world);
  const basket = await basketOf(world, world.users.member.id, {
    distribution,
    method: "ON_SITE",
    products: [world.product, world.otherProduct],
  });
  const admin = await loadActor(world.users.admin.id);
  const closing = { actor: admin, marketId: world.market.id, now: world.now };
  await validateBasket({ ...closing, orderId: basket.id, onSiteMethod: "CASH" });
  await validateDistribution({ ...closing, distributionId: distribution.id, unpaid: {} });
  await schedulePayouts({ now: world.now });
  return distribution;
}

// A payout of P for `distribution` that Stripe could not make (P has no connected account): Cabas owes it by bank
// transfer.
export async function manualPayoutOf(world: World) {
  const distribution = await scheduledDistribution(world);
  const day = distribution.day;
  return db().payout.create({
    data: {
      producerId: world.producer.id,
      marketId: world.market.id,
      distributionId: distribution.id,
      grossCents: world.product.priceCents,
      feeCents: 0,
      onlineCents: world.product.priceCents,
      amountCents: world.product.priceCents,
      availableOn: day,
      scheduledFor: day,
      status: "MANUAL",
    },
  });
}

// « Payé au producteur »: the market paid P the whole of its sales at `distribution` by transfer today.
export async function settlementOf(world: World, distribution: { id: string }) {
  const { transactionId } = await recordProducerSettlement({
    actor: await loadActor(world.users.admin.id),
    marketId: world.market.id,
    producerId: world.producer.id,
    distributionId: distribution.id,
    amountCents: world.product.priceCents,
    method: "TRANSFER",
    paidOn: dayIn(world, 0),
    reference: SETTLEMENT_REFERENCE,
    now: world.now,
  });
  return transactionId;
}

export const SETTLEMENT_REFERENCE = "VIR-FERME-P";

// Someone who is none of the roles: a member of the market (who may also be the subject of an action).
export async function bystander(world: World) {
  const user = await createUser({ firstName: "Louis" });
  await db().membership.create({ data: { marketId: world.market.id, userId: user.id } });
  return user;
}

// An invitation to the market sent to `email`, and the token of its e-mailed link.
export async function invitation(world: World, email: string) {
  const { token, tokenHash } = newToken();
  await db().memberInvitation.create({
    data: { marketId: world.market.id, email, tokenHash, invitedById: world.users.admin.id, createdAt: world.now },
  });
  return token;
}

export const uniqueEmail = (name: string) => `${name}-${crypto.randomUUID().slice(0, 8)}@example.test`;

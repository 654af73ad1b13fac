import { newToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { validateBasket } from "@/lib/domain/distribution-day/validate-basket";
import { validateDistribution } from "@/lib/domain/distribution-day/validate-distribution";
import { recordOrderDebt } from "@/lib/domain/ledger/record-order-debt";
import { receivePayment } from "@/lib/domain/payment/receive-payment";
import { recordProducerSettlement } from "@/lib/domain/payout/record-producer-settlement";
import { schedulePayouts } from "@/lib/domain/payout/schedule-payouts";
import { enablePickupSlots } from "@/lib/domain/slot/enable-pickup-slots";
import {
  createConfirmedOrderFor,
  createDistribution,
  createMarket,
  createMembership,
  createOrderFor,
  createParticipation,
  createProducerWithCatalog,
  createProduct,
  createUser,
} from "./factories";

export const WORLD_PASSWORD = "cabas-fuzz-password";
const APP_URL = "http://localhost:3000";

// One market with everything its forms act on, so that a fuzzed id is sometimes one that exists and the rules
// behind it run: an admin, a producer's team and catalog offered at an open distribution, a shopper who asked
// for delivery help and a volunteer who offered it, pick-up slots, volunteer shifts, a message to the producer,
// a link request from another market, a payout for the platform's operator to record, and unused tokens (invitation, e-mail confirmation, password reset, the
// shopper's change of address and another account's « it was not me » link).
// Rows are written directly (no e-mail is rendered): a world is built for each action. `passwordHash` is
// WORLD_PASSWORD's, computed once by the caller (argon2 is slow on purpose).
export async function buildWorld(passwordHash: string) {
  const now = new Date();
  const market = await createMarket({
    deliveryHelpEnabled: true,
    paymentMethods: ["ON_SITE", "TRANSFER", "CARD", "BALANCE"],
  });
  const admin = await createUser({ passwordHash });
  await createMembership(market.id, admin.id, { isAdmin: true });

  const farm = await createProducerWithCatalog();
  const producer = await createUser({ passwordHash });
  const teammate = await createUser();
  await db().producerUser.createMany({
    data: [
      { producerId: farm.producer.id, userId: producer.id, role: "OWNER" },
      { producerId: farm.producer.id, userId: teammate.id },
    ],
  });
  await db().catalogLink.create({ data: { catalogId: farm.catalog.id, marketId: market.id } });
  const bread = await createProduct(farm.catalog.id, { name: "Pain", priceCents: 300 });
  const almonds = await createProduct(farm.catalog.id, {
    name: "Amandes",
    unit: "KG",
    bulk: true,
    step: 0.1,
    stock: 20,
    priceCents: 1485,
  });

  const distribution = await createDistribution(market, { now, inDays: 4 });
  await createParticipation(distribution.id, farm.catalog.id);
  const nextDistribution = await createDistribution(market, { now, inDays: 11 });
  await createParticipation(nextDistribution.id, farm.catalog.id, "INVITED");
  await enablePickupSlots({
    actor: await loadActor(admin.id),
    distributionId: distribution.id,
    capacity: 4,
    lastSlotCapacity: null,
  });

  const shopper = await createConfirmedOrderFor(distribution, {
    passwordHash,
    phone: "06 06 06 06 06",
    address: "12 rue Lyvet",
  });
  await db().orderLine.create({
    data: {
      orderId: shopper.order.id,
      productId: almonds.id,
      quantity: 0.5,
      unitPriceCents: almonds.priceCents,
      vatRateBp: 550,
      productName: almonds.name,
    },
  });
  const volunteer = await createConfirmedOrderFor(distribution);
  const basket = await createOrderFor(nextDistribution);
  await db().order.update({
    where: { id: shopper.order.id },
    data: { deliveryHelp: "NEEDS_DELIVERY", deliveryConsentAt: now },
  });
  await db().order.update({ where: { id: volunteer.order.id }, data: { deliveryHelp: "CAN_DELIVER" } });
  const offer = await db().deliveryOffer.create({
    data: { requestOrderId: shopper.order.id, volunteerOrderId: volunteer.order.id },
  });

  const shifts = [];
  for (const name of ["Accueil", "Rangement"]) {
    const role = await db().dutyRole.create({ data: { marketId: market.id, name } });
    shifts.push(await db().dutyShift.create({ data: { distributionId: distribution.id, roleId: role.id } }));
  }
  await db().dutyShift.update({ where: { id: shifts[0].id }, data: { userId: shopper.user.id, signedUpAt: now } });

  const message = await db().message.create({
    data: {
      marketId: market.id,
      senderUserId: admin.id,
      toProducerId: farm.producer.id,
      audience: "PRODUCER",
      subject: "Livraison",
      bodyHtml: "<p>Bonjour</p>",
      recipients: { create: [{ userId: producer.id }, { userId: teammate.id }] },
    },
  });

  // The market's inbox (issue #18): the farm wrote first, sending the shortcut of a catalog the market has not
  // linked yet.
  const poultry = await db().catalog.create({ data: { producerId: farm.producer.id, name: "Volailles" } });
  const thread = await db().messageThread.create({
    data: {
      marketId: market.id,
      subject: "Nos volailles",
      producerId: farm.producer.id,
      lastMessageAt: now,
      messages: {
        create: {
          marketId: market.id,
          senderUserId: producer.id,
          senderProducerId: farm.producer.id,
          catalogId: poultry.id,
          audience: "MARKET_ADMINS_OF",
          subject: "Nos volailles",
          bodyHtml: "<p>Bonjour</p>",
          recipients: { create: [{ userId: admin.id }] },
        },
      },
    },
    include: { messages: { select: { id: true } } },
  });

  const otherMarket = await createMarket();
  const otherAdmin = await createUser();
  await createMembership(otherMarket.id, otherAdmin.id, { isAdmin: true });
  const linkRequest = await db().catalogLinkRequest.create({
    data: { catalogId: farm.catalog.id, marketId: otherMarket.id, requestedById: otherAdmin.id },
  });
  // An API key of the farm's (its DFC export), for the action that revokes one.
  const apiToken = await db().apiToken.create({
    data: { producerId: farm.producer.id, name: "Open Food Network", tokenHash: newToken().tokenHash },
  });

  const invitee = await createUser();
  const invitation = newToken();
  await db().memberInvitation.create({
    data: { marketId: market.id, email: invitee.email, tokenHash: invitation.tokenHash, invitedById: admin.id },
  });
  const newcomer = await createUser({ passwordHash, emailVerifiedAt: null });
  const confirmation = newToken();
  const reset = newToken();
  const inADay = new Date(now.getTime() + 86_400_000);
  await db().emailVerificationToken.create({
    data: { userId: newcomer.id, tokenHash: confirmation.tokenHash, expiresAt: inADay },
  });
  await db().passwordResetToken.create({ data: { userId: admin.id, tokenHash: reset.tokenHash, expiresAt: inADay } });
  const emailChange = newToken();
  await db().emailChange.create({
    data: {
      userId: shopper.user.id,
      newEmail: `nouvelle-${emailChange.tokenHash.slice(0, 8)}@example.test`,
      tokenHash: emailChange.tokenHash,
      expiresAt: inADay,
    },
  });
  const mover = await createUser({ passwordHash });
  const revert = newToken();
  await db().emailChange.create({
    data: {
      userId: mover.id,
      newEmail: mover.email,
      tokenHash: newToken().tokenHash,
      expiresAt: inADay,
      confirmedAt: now,
      oldEmail: `ancienne-${revert.tokenHash.slice(0, 8)}@example.test`,
      revertTokenHash: revert.tokenHash,
      revertExpiresAt: inADay,
    },
  });

  // Money: a payment recorded for the volunteer's basket (to reverse), and a sale held ten days ago, paid in
  // cash, validated and its payouts scheduled, whose producer the market has paid once (a settlement to reverse,
  // and more owed to settle).
  const adminActor = await loadActor(admin.id);
  const payment = await db().$transaction((tx) =>
    receivePayment(tx, {
      marketId: market.id,
      userId: volunteer.user.id,
      orderId: volunteer.order.id,
      method: "CASH",
      amountCents: 100,
      createdById: admin.id,
      now,
    }),
  );
  const past = await createDistribution(market, { now, inDays: -10 });
  await createParticipation(past.id, farm.catalog.id);
  const pastBasket = await createConfirmedOrderFor(past);
  await db().orderLine.create({
    data: {
      orderId: pastBasket.order.id,
      productId: bread.id,
      quantity: 4,
      unitPriceCents: 300,
      vatRateBp: 550,
      productName: "Pain",
    },
  });
  await db().$transaction((tx) => recordOrderDebt(tx, pastBasket.order.id));
  const closing = { actor: adminActor, marketId: market.id, now };
  await validateBasket({ ...closing, orderId: pastBasket.order.id, onSiteMethod: "CASH" });
  await validateDistribution({ ...closing, distributionId: past.id, unpaid: {} });
  // Its fee invoice (a fee of 2,5 % for that distribution alone), for « annuler par un avoir ».
  await db().market.update({ where: { id: market.id }, data: { feeBp: 250 } });
  await schedulePayouts({ now });
  await db().market.update({ where: { id: market.id }, data: { feeBp: 0 } });
  const invoices = await db().invoice.findMany({ where: { distributionId: past.id }, select: { id: true } });
  const settlement = await recordProducerSettlement({
    actor: adminActor,
    marketId: market.id,
    producerId: farm.producer.id,
    distributionId: past.id,
    amountCents: 100,
    method: "TRANSFER",
    paidOn: past.day.toISOString().slice(0, 10),
    reference: null,
    now,
  });

  // A payout of that sale Cabas owes by bank transfer (its producer has no Stripe account), for the platform's
  // operator to record.
  const operator = await createUser({ isOperator: true });
  const manualPayout = await db().payout.create({
    data: {
      producerId: farm.producer.id,
      marketId: market.id,
      distributionId: past.id,
      grossCents: 1200,
      feeCents: 0,
      onlineCents: 100,
      amountCents: 100,
      availableOn: past.day,
      scheduledFor: past.day,
      status: "MANUAL",
    },
  });

  const lines = await db().orderLine.findMany({ where: { orderId: shopper.order.id }, select: { id: true } });
  const slots = await db().pickupSlot.findMany({ where: { distributionId: distribution.id }, select: { id: true } });
  return {
    users: {
      admin: admin.id,
      producer: producer.id,
      shopper: shopper.user.id,
      volunteer: volunteer.user.id,
      invitee: invitee.id,
      operator: operator.id,
      visitor: null,
    },
    emails: [admin.email, shopper.user.email, newcomer.email, invitee.email],
    market: market.id,
    otherMarket: otherMarket.id,
    slug: market.slug,
    places: market.places.map((p) => p.id),
    producer: farm.producer.id,
    catalog: farm.catalog.id,
    catalogReferences: [
      String(farm.catalog.number),
      `${APP_URL}/catalogues/${farm.catalog.number}?cle=${farm.catalog.shareKey}`,
    ],
    products: [bread.id, almonds.id],
    distributions: [distribution.id, nextDistribution.id],
    pastDistribution: past.id,
    payments: [payment.id],
    settlements: [settlement.transactionId],
    manualPayouts: [manualPayout.id],
    invoices: invoices.map((i) => i.id),
    orders: [shopper.order.id, volunteer.order.id, basket.order.id],
    lines: lines.map((l) => l.id),
    slots: slots.map((s) => s.id),
    offers: [offer.id],
    shifts: shifts.map((s) => s.id),
    messages: [message.id],
    threads: [thread.id],
    inboxMessages: thread.messages.map((m) => m.id),
    linkRequests: [linkRequest.id],
    apiTokens: [apiToken.id],
    userIds: [admin.id, producer.id, teammate.id, shopper.user.id, volunteer.user.id, invitee.id],
    tokens: {
      invitation: invitation.token,
      confirmation: confirmation.token,
      reset: reset.token,
      emailChange: emailChange.token,
      revert: revert.token,
    },
  };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;
export type Role = keyof World["users"];

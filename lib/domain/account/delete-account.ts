import { randomUUID } from "node:crypto";
import { verifyPassword } from "@/lib/auth/password";
import { db, type Tx } from "@/lib/db/client";
import type { Actor } from "../access/actor";
import { distributionState } from "../distribution/distribution-state";
import { LIVE_OFFER_STATUSES } from "../delivery-help/offer-status";
import { DomainError } from "../errors";
import { shopperBalancesOf } from "../ledger/balances";
import { recordOrderDebt } from "../ledger/record-order-debt";
import { releaseHeldStock } from "../order/basket-stock";
import { lockOrder } from "../order/lock-order";
import { NO_RIGHTS } from "../membership/enter-market";

// « Supprimer mon compte » (RGPD art. 17). Personal data is erased; what the law asks a business to keep — the
// money history: orders, ledger, payments, for ten years (Code de commerce, art. L123-22) — stays, attached to
// an anonymous row. Baskets of open sales with nothing paid are cancelled first (their stock released). What
// cannot simply vanish refuses the deletion with a reason the person can act on: a basket already paid or
// waiting to be picked up, a balance not settled with a market, a market that would be left with no admin.
export async function deleteAccount({ actor, password, now }: { actor: Actor; password: string; now: Date }) {
  const user = await db().user.findUnique({
    where: { id: actor.userId },
    select: { passwordHash: true, deletedAt: true },
  });
  if (!user || user.deletedAt) throw new DomainError("FORBIDDEN");
  if (!(await verifyPassword(user.passwordHash, password))) throw new DomainError("PASSWORD_WRONG", "password");

  await db().$transaction(
    async (tx) => {
      await requireNoMarketLeftWithoutAdmin(tx, actor.userId);
      await cancelOpenBaskets(tx, actor.userId, now);
      await requireSettledBalances(tx, actor.userId);
      await eraseUser(tx, actor.userId, now);
    },
    { timeout: 60_000 },
  );
}

async function requireNoMarketLeftWithoutAdmin(tx: Tx, userId: string) {
  const administered = await tx.membership.findMany({
    where: { userId, isAdmin: true, leftAt: null },
    select: { marketId: true },
  });
  for (const { marketId } of administered) {
    const others = await tx.membership.count({
      where: { marketId, isAdmin: true, leftAt: null, userId: { not: userId } },
    });
    if (others === 0) throw new DomainError("ACCOUNT_LAST_ADMIN");
  }
}

async function cancelOpenBaskets(tx: Tx, userId: string, now: Date) {
  const orders = await tx.order.findMany({
    where: { userId, distribution: { validatedAt: null }, lines: { some: {} } },
    select: {
      id: true,
      distribution: {
        select: { ordersOpenAt: true, ordersCloseAt: true, pickupStartAt: true, validatedAt: true, cancelledAt: true },
      },
      payments: { where: { status: { in: ["PENDING", "SUCCEEDED"] } }, select: { id: true } },
    },
  });
  for (const order of orders) {
    if (distributionState(order.distribution, now) !== "OPEN" || order.payments.length > 0)
      throw new DomainError("ACCOUNT_HAS_ACTIVE_BASKET");
    await lockOrder(tx, order.id);
    await releaseHeldStock(tx, order.id);
    await tx.orderLine.deleteMany({ where: { orderId: order.id } });
    await tx.slotBooking.deleteMany({ where: { orderId: order.id } });
    await recordOrderDebt(tx, order.id);
  }
}

async function requireSettledBalances(tx: Tx, userId: string) {
  const balances = await shopperBalancesOf(tx, userId);
  if (balances.some((b) => b.balanceCents !== 0)) throw new DomainError("ACCOUNT_HAS_BALANCE");
}

async function eraseUser(tx: Tx, userId: string, now: Date) {
  const { email } = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
  await tx.user.update({
    where: { id: userId },
    data: {
      email: `supprime-${userId}@cabas.invalid`,
      // Not an argon2 hash: no password can ever match it.
      passwordHash: `deleted:${randomUUID()}`,
      firstName: "Compte",
      lastName: "supprimé",
      phone: null,
      address: null,
      zipCode: null,
      city: null,
      notifySaleOpening: false,
      notifyReminder: false,
      isOperator: false,
      deletedAt: now,
    },
  });
  await tx.membership.updateMany({ where: { userId, leftAt: null }, data: { ...NO_RIGHTS, leftAt: now } });
  await leaveProducers(tx, userId, now);
  await tx.deliveryOffer.updateMany({
    where: { requestOrder: { userId }, status: { in: LIVE_OFFER_STATUSES } },
    data: { status: "CANCELLED", endedAt: now },
  });
  await tx.deliveryOffer.updateMany({
    where: { volunteerOrder: { userId }, status: { in: LIVE_OFFER_STATUSES } },
    data: { status: "WITHDRAWN", endedAt: now },
  });
  await tx.order.updateMany({
    where: { userId, distribution: { validatedAt: null } },
    data: { deliveryHelp: null, deliveryConsentAt: null },
  });
  await tx.dutyShift.updateMany({
    where: { userId, distribution: { pickupStartAt: { gt: now } } },
    data: { userId: null, signedUpAt: null },
  });
  await tx.passwordResetToken.deleteMany({ where: { userId } });
  await tx.emailVerificationToken.deleteMany({ where: { userId } });
  await tx.emailChange.deleteMany({ where: { userId } });
  await tx.notification.deleteMany({ where: { userId } });
  await tx.messageRecipient.deleteMany({ where: { userId } });
  await tx.memberInvitation.deleteMany({ where: { email, acceptedAt: null } });
  await tx.emailOutbox.deleteMany({ where: { toEmail: email, status: "PENDING" } });
}

// A producer account is a business, not personal data: it stays. One left with nobody to run it stops selling
// (its catalogs archived and unlinked) rather than selling in the name of someone who left.
async function leaveProducers(tx: Tx, userId: string, now: Date) {
  const producerIds = (await tx.producerUser.findMany({ where: { userId }, select: { producerId: true } })).map(
    (p) => p.producerId,
  );
  await tx.producerUser.deleteMany({ where: { userId } });
  for (const producerId of producerIds) {
    if ((await tx.producerUser.count({ where: { producerId } })) > 0) continue;
    await tx.catalogLink.updateMany({
      where: { catalog: { producerId }, unlinkedAt: null },
      data: { unlinkedAt: now },
    });
    await tx.catalog.updateMany({ where: { producerId, archivedAt: null }, data: { archivedAt: now } });
  }
}

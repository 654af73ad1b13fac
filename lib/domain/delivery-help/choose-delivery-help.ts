import { db } from "@/lib/db/client";
import type { DeliveryHelpInput } from "@/lib/validation/logistics";
import type { Actor } from "../access/actor";
import { DomainError } from "../errors";
import { hasConfirmedBasket } from "../order/confirmed-basket";
import { requireVerifiedEmail } from "../user/require-verified-email";

// After ordering: « Besoin d'être livré » (for people in a fragile situation; shares address and phone, only
// with explicit consent), « Possibilité de livrer » or « Récupérer ma commande uniquement ». One status per
// order: changing it means withdrawing the first (withdraw-delivery-help.ts), which ends its offers.
export async function chooseDeliveryHelp({
  actor,
  orderId,
  input,
  now,
}: {
  actor: Actor;
  orderId: string;
  input: DeliveryHelpInput;
  now: Date;
}) {
  await db().$transaction(async (tx) => {
    const order = await tx.order.findFirst({
      where: { id: orderId, userId: actor.userId },
      select: {
        id: true,
        deliveryHelp: true,
        confirmedAt: true,
        _count: { select: { lines: true } },
        market: { select: { deliveryHelpEnabled: true } },
        distribution: { select: { pickupEndAt: true } },
      },
    });
    if (!order) throw new DomainError("NOT_FOUND");
    // Asking to be delivered and offering to deliver both lead to sharing contact details.
    if (input.choice !== "PICKUP_ONLY") await requireVerifiedEmail(tx, actor.userId);
    if (!order.market.deliveryHelpEnabled) throw new DomainError("DELIVERY_HELP_DISABLED");
    if (order.distribution.pickupEndAt <= now) throw new DomainError("DELIVERY_HELP_CLOSED");
    if (!hasConfirmedBasket(order)) throw new DomainError("DELIVERY_HELP_BASKET_NOT_CONFIRMED", "choice");
    if (order.deliveryHelp && order.deliveryHelp !== input.choice)
      throw new DomainError("DELIVERY_STATUS_ALREADY_CHOSEN", "choice");
    if (input.choice === "NEEDS_DELIVERY") {
      await tx.user.update({ where: { id: actor.userId }, data: { phone: input.phone, address: input.address } });
    }
    await tx.order.update({
      where: { id: order.id },
      data: { deliveryHelp: input.choice, deliveryConsentAt: input.choice === "NEEDS_DELIVERY" ? now : null },
    });
  });
}

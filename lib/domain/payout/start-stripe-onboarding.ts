import { db } from "@/lib/db/client";
import { stripe, stripeConfigured } from "@/lib/payments/stripe";
import { requireProducerOwner, type Actor } from "../access/actor";
import { DomainError } from "../errors";

// Stripe Connect (Express) onboarding from the producer space: the account is created once, then Stripe's
// hosted onboarding link is returned. Only an owner may do it: the account receives the producer's money. `account.updated` (webhook) marks the producer onboarded.
export async function startStripeOnboarding({
  actor,
  producerId,
  appUrl,
}: {
  actor: Actor;
  producerId: string;
  appUrl: string;
}) {
  requireProducerOwner(actor, producerId);
  // The payouts page offers it only with Stripe's keys; an older page or a hand-made post may still ask.
  if (!stripeConfigured()) throw new DomainError("ONLINE_PAYMENTS_OFF");
  const producer = await db().producer.findUnique({
    where: { id: producerId },
    select: { id: true, name: true, email: true, stripeAccountId: true },
  });
  if (!producer) throw new DomainError("NOT_FOUND");
  let accountId = producer.stripeAccountId;
  if (!accountId) {
    const account = await stripe().accounts.create(
      {
        type: "express",
        country: "FR",
        email: producer.email ?? undefined,
        business_profile: { name: producer.name },
        metadata: { producerId },
      },
      { idempotencyKey: `connect-account-${producerId}` },
    );
    accountId = account.id;
    await db().producer.update({ where: { id: producerId }, data: { stripeAccountId: accountId } });
  }
  const link = await stripe().accountLinks.create({
    account: accountId,
    type: "account_onboarding",
    refresh_url: `${appUrl}/producteur/versements?stripe=retry`,
    return_url: `${appUrl}/producteur/versements?stripe=done`,
  });
  return { url: link.url };
}

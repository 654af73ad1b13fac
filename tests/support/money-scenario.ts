// A validated distribution whose baskets were paid every way, for tests of statements and settlements.
import { db } from "@/lib/db/client";
import { recordOrderDebt } from "@/lib/domain/ledger/record-order-debt";
import { receivePayment } from "@/lib/domain/payment/receive-payment";
import { schedulePayouts } from "@/lib/domain/payout/schedule-payouts";
import { zonedInstant } from "@/lib/time";
import type { PaymentMethod } from "@/generated/prisma/client";
import {
  createDistribution,
  createMarket,
  createMembership,
  createOrderFor,
  createProduct,
  createProducerWithCatalog,
  createUser,
  payByCard,
} from "./factories";

export const paris = (day: string, minutes: number) => zonedInstant(day, minutes, "Europe/Paris");

// A basket of a new shopper with these lines; confirmed with `paymentMethod` (its debt written as confirming
// writes it), or left a draft when `paymentMethod` is null.
export async function basketOf(
  distribution: { id: string; marketId: string },
  lines: { product: { id: string; priceCents: number; vatRateBp: number; name: string }; quantity: number }[],
  paymentMethod: PaymentMethod | null,
) {
  const { order } = await createOrderFor(distribution);
  await db().orderLine.createMany({
    data: lines.map((l) => ({
      orderId: order.id,
      productId: l.product.id,
      quantity: l.quantity,
      unitPriceCents: l.product.priceCents,
      vatRateBp: l.product.vatRateBp,
      productName: l.product.name,
    })),
  });
  if (!paymentMethod) return order;
  const confirmed = await db().order.update({
    where: { id: order.id },
    data: { confirmedAt: new Date("2026-03-05T10:00:00Z"), paymentMethod },
  });
  await db().$transaction((tx) => recordOrderDebt(tx, order.id));
  return confirmed;
}

// Saturday 7 March 2026 at the market (2,5 % fee), validated that evening: payouts available Tue 10, paid
// Mon 16. The farm (eggs 3,50 € at 5,5 %, soap 5,00 € at 20 %) is connected to Stripe; the bakery (bread
// 4,20 € at 5,5 %) is not. Basket A (2 eggs + 1 bread = 11,20 €) is paid by card, B (1 eggs + 1 soap = 8,50 €)
// in cash, C (2 bread = 8,40 €) by transfer, D (1 soap + 1 bread = 9,20 €) not at all; E (3 eggs) stays a
// draft. The payouts are scheduled (`scheduled: false` leaves them for later). `farm` sells at this new market
// too when given.
export async function distributionPaidEveryWay({
  scheduled = true,
  farm = undefined as Awaited<ReturnType<typeof createProducerWithCatalog>> | undefined,
} = {}) {
  const market = await createMarket({ feeBp: 250 });
  const admin = await createUser();
  await createMembership(market.id, admin.id, { isAdmin: true });
  farm ??= await createProducerWithCatalog("Ferme des Trois Cocus");
  await db().producer.update({
    where: { id: farm.producer.id },
    data: { stripeAccountId: `acct_${farm.producer.id}`, stripeOnboardedAt: new Date() },
  });
  const bakery = await createProducerWithCatalog("Fournil de Soupetard");
  const eggs = await createProduct(farm.catalog.id, { name: "Œufs", priceCents: 350, vatRateBp: 550 });
  const soap = await createProduct(farm.catalog.id, { name: "Savon", priceCents: 500, vatRateBp: 2000 });
  const bread = await createProduct(bakery.catalog.id, { name: "Pain", priceCents: 420, vatRateBp: 550 });
  const distribution = await createDistribution(market, { now: paris("2026-03-07", 10 * 60), inDays: 0 });

  const card = await basketOf(
    distribution,
    [
      { product: eggs, quantity: 2 },
      { product: bread, quantity: 1 },
    ],
    "CARD",
  );
  await payByCard(card, 1120);
  const cash = await basketOf(
    distribution,
    [
      { product: eggs, quantity: 1 },
      { product: soap, quantity: 1 },
    ],
    "ON_SITE",
  );
  const transfer = await basketOf(distribution, [{ product: bread, quantity: 2 }], "TRANSFER");
  const unpaid = await basketOf(
    distribution,
    [
      { product: soap, quantity: 1 },
      { product: bread, quantity: 1 },
    ],
    "ON_SITE",
  );
  await basketOf(distribution, [{ product: eggs, quantity: 3 }], null);
  const paidOnTheDay = paris("2026-03-07", 19 * 60 + 30);
  await db().$transaction(async (tx) => {
    await receivePayment(tx, { ...cash, orderId: cash.id, method: "CASH", amountCents: 850, now: paidOnTheDay });
    await receivePayment(tx, {
      ...transfer,
      orderId: transfer.id,
      method: "TRANSFER",
      amountCents: 840,
      reference: "CABAS-3",
      now: paidOnTheDay,
    });
  });
  const validatedAt = paris("2026-03-07", 20 * 60);
  await db().order.updateMany({
    where: { distributionId: distribution.id, confirmedAt: { not: null } },
    data: { validatedAt },
  });
  await db().distribution.update({ where: { id: distribution.id }, data: { validatedAt } });
  if (scheduled) await schedulePayouts({ now: paris("2026-03-07", 21 * 60) });
  return { market, admin, farm, bakery, distribution, baskets: { card, cash, transfer, unpaid } };
}

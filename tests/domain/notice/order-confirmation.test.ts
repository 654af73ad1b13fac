import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { queueOrderConfirmation } from "@/lib/domain/notice/queue-order-confirmation";
import { confirmOrder } from "@/lib/domain/order/confirm-order";
import { setBasketQuantity } from "@/lib/domain/order/set-basket-quantity";
import { transferReference } from "@/lib/domain/payment/transfer-reference";
import {
  createDistribution,
  createMarket,
  createMembership,
  createParticipation,
  createProducerWithCatalog,
  createProduct,
  createUser,
  payByCard,
} from "../../support/factories";

const ordering = new Date("2026-06-01T10:00:00Z");
const IBAN = "FR76 3000 6000 0112 3456 7890 189";

// A shopper's draft: 2 loaves at 4,20 € and 0,5 kg of almonds at 14,85 €, in a market taking every method.
async function draftBasket(locale = "fr") {
  const market = await createMarket({
    name: "La Cagette de Captieux",
    transferIban: IBAN,
    paymentMethods: ["ON_SITE", "TRANSFER", "CARD", "BALANCE"],
  });
  const distribution = await createDistribution(market, { now: ordering, inDays: 3 });
  const { catalog } = await createProducerWithCatalog();
  await db().catalogLink.create({ data: { catalogId: catalog.id, marketId: market.id } });
  await createParticipation(distribution.id, catalog.id);
  const bread = await createProduct(catalog.id, { name: "Pain de campagne", priceCents: 420 });
  const almonds = await createProduct(catalog.id, {
    name: "Amandes",
    priceCents: 1485,
    unit: "KG",
    bulk: true,
    step: 0.1,
    // Not the almonds' usual rate: a basket at two rates.
    vatRateBp: 2000,
  });
  const user = await createUser({ locale });
  await createMembership(market.id, user.id);
  const actor = await loadActor(user.id);
  const add = (productId: string, quantityText: string) =>
    setBasketQuantity({ actor, distributionId: distribution.id, productId, quantityText, mode: "add", now: ordering });
  const { orderId } = await add(bread.id, "2");
  await add(almonds.id, "0,5");
  return { market, actor, user, orderId };
}

const confirmationsTo = (email: string) =>
  db().emailOutbox.findMany({ where: { toEmail: email, template: "order-confirmation" } });

describe("order confirmation e-mail", () => {
  it("by transfer: lines, total, pick-up in the market's time, the IBAN and the basket's reference, a link to edit", async () => {
    const { actor, user, orderId } = await draftBasket();
    expect(await confirmationsTo(user.email)).toHaveLength(0);
    await confirmOrder({ actor, orderId, method: "TRANSFER", now: ordering });

    const [mail] = await confirmationsTo(user.email);
    const order = await db().order.findUniqueOrThrow({ where: { id: orderId } });
    expect(mail.subject).toBe(`La Cagette de Captieux : commande confirmée (panier n° ${order.basketNumber})`);
    expect(mail.fromName).toBe("La Cagette de Captieux");
    expect(mail.text).toMatch(/2\s+Pain de campagne\s+8,40\s€/);
    expect(mail.text).toMatch(/0,5\s+Amandes\s+7,43\s€/);
    expect(mail.text).toMatch(/Total\s+15,83\s€/);
    expect(mail.text).toContain("de 19:00 à 20:00"); // the market's time, not UTC
    expect(mail.text).toMatch(/Payez 15,83\s€ par virement/);
    expect(mail.text).toContain(IBAN);
    expect(mail.text).toContain(transferReference(order));
    expect(mail.html).toContain(`/commande/${orderId}`);

    // Queued once per confirmation, however often it is asked for.
    await db().$transaction((tx) => queueOrderConfirmation(tx, orderId));
    expect(await confirmationsTo(user.email)).toHaveLength(1);
  });

  it("shows the VAT the basket includes, per rate, as its lines store it", async () => {
    const { actor, user, orderId } = await draftBasket();
    await confirmOrder({ actor, orderId, method: "ON_SITE", now: ordering });
    const [mail] = await confirmationsTo(user.email);
    const lines = await db().orderLine.findMany({ where: { orderId }, orderBy: { vatRateBp: "asc" } });
    const euros = (cents: number) => (cents / 100).toFixed(2).replace(".", ",") + "\\s€";
    expect(mail.text).toContain("Dont TVA, par taux");
    expect(lines.map((l) => l.vatRateBp)).toEqual([550, 2000]);
    const [bread, almonds] = lines;
    expect(mail.text).toMatch(
      new RegExp(`5,5 %\\s+${euros(bread.netCents)}\\s+${euros(bread.vatCents)}\\s+${euros(840)}`),
    );
    expect(mail.text).toMatch(
      new RegExp(`20 %\\s+${euros(almonds.netCents)}\\s+${euros(almonds.vatCents)}\\s+${euros(743)}`),
    );
    expect(mail.text).toMatch(
      new RegExp(
        `Total\\s+${euros(bread.netCents + almonds.netCents)}\\s+${euros(bread.vatCents + almonds.vatCents)}\\s+${euros(1583)}`,
      ),
    );
    expect(mail.html).toContain("Dont TVA, par taux");
  });

  it("in the shopper's language, and says how the basket is paid for the other methods", async () => {
    const onSpot = await draftBasket("en");
    await confirmOrder({ actor: onSpot.actor, orderId: onSpot.orderId, method: "ON_SITE", now: ordering });
    const [mail] = await confirmationsTo(onSpot.user.email);
    expect(mail.subject).toMatch(/: order confirmed \(basket no\. \d+\)$/);
    expect(mail.text).toContain("You will pay €15.83 on the spot, at the distribution.");
    expect(mail.text).not.toContain("IBAN");
    expect(mail.text).toContain("19:00 to 20:00");

    const byCard = await draftBasket();
    expect(await confirmationsTo(byCard.user.email)).toHaveLength(0);
    await payByCard({ id: byCard.orderId, marketId: byCard.market.id, userId: byCard.user.id }, 1583);
    const [cardMail] = await confirmationsTo(byCard.user.email);
    expect(cardMail.text).toMatch(/Payé par carte : 15,83\s€/);

    // A draft is not confirmed: nothing to send.
    const draft = await draftBasket();
    await db().$transaction((tx) => queueOrderConfirmation(tx, draft.orderId));
    expect(await confirmationsTo(draft.user.email)).toHaveLength(0);
  });
});

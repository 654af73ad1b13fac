import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { confirmOrder } from "@/lib/domain/order/confirm-order";
import { openSale, SALE_NOW, shopperWithBasket } from "../../support/sale";

// Seed 002 §III: « à la fin de commande il vous est demandé de choisir un statut » — confirming says whether the
// shopper has a pick-up slot or a delivery-help status to choose next (lib/actions/shop.ts goes there).
describe("confirming an order says whether a pick-up choice comes next", () => {
  it("none without slots or delivery help; one with the sale's slots; one with the market's delivery help", async () => {
    const sale = await openSale();
    const bread = await sale.product({ name: "Pain" });
    const confirm = async () => {
      const { actor, orderId } = await shopperWithBasket(sale, bread.id, "1");
      return (await confirmOrder({ actor, orderId, method: "ON_SITE", now: SALE_NOW })).pickupChoices;
    };
    expect(await confirm()).toBe(false);

    await db().distribution.update({ where: { id: sale.distribution.id }, data: { slotsEnabled: true } });
    expect(await confirm()).toBe(true);

    await db().distribution.update({ where: { id: sale.distribution.id }, data: { slotsEnabled: false } });
    await db().market.update({ where: { id: sale.market.id }, data: { deliveryHelpEnabled: true } });
    expect(await confirm()).toBe(true);
  });
});

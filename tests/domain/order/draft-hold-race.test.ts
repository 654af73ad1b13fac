import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { confirmOrder } from "@/lib/domain/order/confirm-order";
import { releaseExpiredHolds } from "@/lib/domain/order/release-expired-holds";
import { onRealPostgres } from "../../support/on-real-postgres";
import { addToBasket, openSale, SALE_NOW, shopperWithBasket } from "../../support/sale";

const available = onRealPostgres("cabas_draft_hold_race");

// What the stock and the baskets' holds add up to for one product: never more, never less than it started with.
async function accountedFor(productId: string) {
  const [product, held] = await Promise.all([
    db().product.findUniqueOrThrow({ where: { id: productId }, select: { stock: true } }),
    db().orderLine.aggregate({ where: { productId }, _sum: { heldQuantity: true } }),
  ]);
  return product.stock!.add(held._sum.heldQuantity ?? 0).toString();
}

describe.skipIf(!available)("a draft's hold on PostgreSQL", () => {
  it("released twice and confirmed at the same instant, while another shopper buys: never released twice, never oversold", async () => {
    const sale = await openSale();
    const lapsed = new Date(SALE_NOW.getTime() + 31 * 60_000);
    for (let round = 0; round < 12; round++) {
      const honey = await sale.product({ name: `Miel ${round}`, stock: 10 });
      const draft = await shopperWithBasket(sale, honey.id, "6");
      const other = await shopperWithBasket(sale, honey.id, "1", { now: lapsed });
      const [confirmation, ...rest] = await Promise.allSettled([
        confirmOrder({ actor: draft.actor, orderId: draft.orderId, method: "ON_SITE", now: lapsed }),
        releaseExpiredHolds({ now: lapsed }),
        releaseExpiredHolds({ now: lapsed }),
        addToBasket(other.actor, sale, honey.id, "7", lapsed),
      ]);
      expect(rest.filter((r) => r.status === "rejected")).toEqual([]);
      expect(confirmation.status).toBe("fulfilled");

      expect(await accountedFor(honey.id)).toBe("10");
      const lines = await db().orderLine.findMany({
        where: { productId: honey.id },
        select: { quantity: true, heldQuantity: true, order: { select: { id: true, confirmedAt: true } } },
      });
      const order = lines.find((l) => l.order.id === draft.orderId)!;
      expect(order.order.confirmedAt).not.toBeNull();
      expect(order.heldQuantity.toString()).toBe(order.quantity.toString());
      // The draft got back what the other shopper left, and not a unit more.
      const otherLine = lines.find((l) => l.order.id === other.orderId)!;
      expect(order.quantity.add(otherLine.quantity).lte(10)).toBe(true);
      expect((await db().order.findUniqueOrThrow({ where: { id: draft.orderId } })).stockHeldUntil).toBeNull();
    }
  });
});

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { cancelDistribution } from "@/lib/domain/cancellation/cancel-distribution";
import { loadActor } from "@/lib/domain/access/actor";
import { DomainError } from "@/lib/domain/errors";
import { onRealPostgres } from "../../support/on-real-postgres";
import { createUser, unbalancedTransactions } from "../../support/factories";
import { addToBasket, openSale, SALE_NOW, shopperWithBasket, stockOf } from "../../support/sale";

const available = onRealPostgres("cabas_cancellation_race");

describe.skipIf(!available)("cancelling a distribution while shoppers fill their baskets, on PostgreSQL", () => {
  it("never deadlocks, leaves no line behind and gives every unit of stock back", async () => {
    for (let round = 0; round < 10; round++) {
      const sale = await openSale();
      const [honey, bread] = [
        await sale.product({ name: `Miel ${round}`, stock: 50 }),
        await sale.product({ name: `Pain ${round}`, stock: 50 }),
      ];
      // Baskets 1 and 2 hold one product each, confirmed; while the admin cancels, each shopper adds the other
      // product (the cancellation moves honey's stock while basket 2's shopper wants it, and the other way
      // round), and a newcomer starts a basket.
      const first = await shopperWithBasket(sale, honey.id, "2", { confirm: true });
      const second = await shopperWithBasket(sale, bread.id, "3", { confirm: true });
      const newcomer = await loadActor((await createUser({ phone: "06 00 00 00 00" })).id);
      const outcomes = await Promise.allSettled([
        addToBasket(second.actor, sale, honey.id, "4", SALE_NOW),
        cancelDistribution({
          actor: sale.admin,
          marketId: sale.market.id,
          distributionId: sale.distribution.id,
          now: SALE_NOW,
        }),
        addToBasket(first.actor, sale, bread.id, "5", SALE_NOW),
        addToBasket(newcomer, sale, honey.id, "1", SALE_NOW),
      ]);
      const [cancellation, ...changes] = [outcomes[1], outcomes[0], outcomes[2], outcomes[3]];
      expect(cancellation.status, JSON.stringify(cancellation)).toBe("fulfilled");
      // A change either went in before the cancellation (and was cancelled with the rest) or found it cancelled.
      for (const change of changes)
        if (change.status === "rejected") expect(change.reason).toEqual(new DomainError("ORDER_CLOSED"));
      expect(await db().orderLine.count({ where: { order: { distributionId: sale.distribution.id } } })).toBe(0);
      expect([await stockOf(honey.id), await stockOf(bread.id)]).toEqual(["50", "50"]);
      expect(await unbalancedTransactions()).toEqual([]);
    }
  });
});

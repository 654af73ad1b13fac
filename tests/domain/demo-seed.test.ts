import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getPublicMarketOrThrow } from "@/lib/domain/market/get-public-market";
import { orderTotalCents } from "@/lib/domain/order/line-total";
import { seedDemoIfEmpty } from "@/prisma/seed";
import { unbalancedTransactions } from "../support/factories";

describe("demo market", () => {
  it("seeds once, with an open, a not-yet-open and a past distribution whose ledger matches its orders", async () => {
    const now = new Date();
    expect(await seedDemoIfEmpty(now)).toBe(true);
    expect(await seedDemoIfEmpty(now)).toBe(false);

    const page = await getPublicMarketOrThrow({ slug: "bellefontaine", now });
    expect(page.distributions.map((d) => d.state)).toEqual(["OPEN", "NOT_YET_OPEN"]);
    expect(await db().product.count()).toBeGreaterThanOrEqual(40);
    expect(await db().product.count({ where: { bulk: true, unit: "KG" } })).toBeGreaterThanOrEqual(10);

    const orders = await db().order.findMany({
      include: { lines: true, ledgerEntries: { where: { account: "SHOPPER", transaction: { kind: "ORDER" } } } },
    });
    expect(orders.length).toBe(3);
    for (const order of orders) {
      expect(order.ledgerEntries.reduce((s, e) => s + e.amountCents, 0)).toBe(-orderTotalCents(order.lines));
    }
    expect(await unbalancedTransactions()).toEqual([]);
    const emails = (await db().user.findMany({ select: { email: true } })).map((u) => u.email);
    expect(emails).toEqual(expect.arrayContaining(["admin@cabas.test", "producteur@cabas.test", "client@cabas.test"]));
  });
});

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { getPublicMarketOrThrow } from "@/lib/domain/market/get-public-market";
import { orderTotalCents } from "@/lib/domain/order/line-total";
import { listMarketStatements } from "@/lib/domain/payout/list-payout-statements";
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
    expect(orders.length).toBe(7);
    for (const order of orders) {
      expect(order.confirmedAt).not.toBeNull();
      expect(order.ledgerEntries.reduce((s, e) => s + e.amountCents, 0)).toBe(-orderTotalCents(order.lines));
    }
    expect(await unbalancedTransactions()).toEqual([]);
    const emails = (await db().user.findMany({ select: { email: true } })).map((u) => u.email);
    expect(emails).toEqual(expect.arrayContaining(["admin@cabas.test", "producteur@cabas.test", "client@cabas.test"]));
  });

  it("shows a validated distribution with a basket paid each way, one left unpaid, and coherent statements", async () => {
    const validated = await db().distribution.findFirstOrThrow({
      where: { validatedAt: { not: null } },
      select: {
        id: true,
        marketId: true,
        payoutsScheduledAt: true,
        orders: {
          select: {
            userId: true,
            validatedAt: true,
            payments: { select: { method: true, onSiteMethod: true, status: true } },
          },
        },
      },
    });
    expect(validated.payoutsScheduledAt).not.toBeNull();
    expect(validated.orders.every((o) => o.validatedAt)).toBe(true);
    const paidBy = validated.orders.map((o) => o.payments.map((p) => `${p.method}:${p.onSiteMethod}:${p.status}`));
    expect(paidBy.sort()).toEqual([
      [],
      ["CARD:null:SUCCEEDED"],
      ["ON_SITE:CASH:SUCCEEDED"],
      ["TRANSFER:null:SUCCEEDED"],
    ]);
    // What each basket still owes on its shopper's account: nothing, but for the unpaid one.
    const owed = await db().ledgerEntry.groupBy({
      by: ["orderId"],
      where: { account: "SHOPPER", order: { distributionId: validated.id } },
      _sum: { amountCents: true },
    });
    expect(owed.map((o) => o._sum.amountCents! < 0).sort()).toEqual([false, false, false, true]);
    expect(owed.filter((o) => o._sum.amountCents! > 0)).toEqual([]);

    const admin = await db().user.findUniqueOrThrow({ where: { email: "admin@cabas.test" } });
    const rows = (
      await listMarketStatements({ actor: await loadActor(admin.id), marketId: validated.marketId })
    ).filter((r) => r.distributionId === validated.id);
    expect(rows).toHaveLength(3);
    const sales = await db().orderLine.aggregate({
      where: { order: { distributionId: validated.id } },
      _sum: { totalCents: true },
    });
    expect(rows.reduce((s, r) => s + r.salesCents, 0)).toBe(sales._sum.totalCents);
    for (const row of rows) {
      const { feeCents, cabas, market } = row.shares!;
      // Paid out by Cabas + owed by the market + fees = delivered sales.
      expect((cabas?.amountCents ?? 0) + market.dueCents + market.settledCents + feeCents).toBe(row.salesCents);
      expect(feeCents).toBeGreaterThan(0);
    }
    // The card basket reaches every producer, so Cabas pays each something, and the market owes each the rest.
    expect(rows.every((r) => r.shares!.cabas!.amountCents > 0 && r.shares!.market.dueCents > 0)).toBe(true);
    expect(await unbalancedTransactions()).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { cancelFeeInvoice } from "@/lib/domain/invoice/cancel-fee-invoice";
import { schedulePayouts } from "@/lib/domain/payout/schedule-payouts";
import { withFakeStripe } from "../../support/fake-stripe";
import {
  createDistribution,
  createMarket,
  createMembership,
  createProduct,
  createProducerWithCatalog,
  createUser,
} from "../../support/factories";
import { basketOf, paris } from "../../support/money-scenario";
import { onRealPostgres } from "../../support/on-real-postgres";

const available = onRealPostgres("cabas_fee_invoice_race");
withFakeStripe();

const numbers = async (marketId: string, kind: "INVOICE" | "CREDIT_NOTE") =>
  (await db().invoice.findMany({ where: { marketId, kind }, select: { number: true } }))
    .map((i) => i.number)
    .sort((a, b) => a - b);
const oneTo = (n: number, from = 1) => Array.from({ length: n }, (_, i) => from + i);

describe.skipIf(!available)("fee invoice numbers on PostgreSQL", () => {
  it("20 schedulings at the same instant in one market number its invoices 1 to 20, then its credit notes 21 to 40", async () => {
    const market = await createMarket({ feeBp: 500 });
    const admin = await createUser();
    await createMembership(market.id, admin.id, { isAdmin: true });
    const validatedAt = paris("2026-02-20", 20 * 60);
    for (let i = 0; i < 20; i++) {
      const distribution = await createDistribution(market, { now: paris("2026-01-01", 10 * 60), inDays: i });
      const { catalog } = await createProducerWithCatalog();
      const product = await createProduct(catalog.id, { priceCents: 1000 });
      await basketOf(distribution, [{ product, quantity: 1 }], "ON_SITE");
      await db().order.updateMany({ where: { distributionId: distribution.id }, data: { validatedAt } });
      await db().distribution.update({ where: { id: distribution.id }, data: { validatedAt } });
    }
    const now = paris("2026-02-20", 21 * 60);
    await Promise.all(Array.from({ length: 20 }, () => schedulePayouts({ now })));
    expect(await numbers(market.id, "INVOICE")).toEqual(oneTo(20));
    expect(await db().invoice.aggregate({ where: { marketId: market.id }, _sum: { includingVatCents: true } })).toEqual(
      { _sum: { includingVatCents: 20 * 50 } },
    );

    const actor = await loadActor(admin.id);
    const invoices = await db().invoice.findMany({ where: { marketId: market.id }, select: { id: true } });
    const later = paris("2026-02-21", 10 * 60);
    await Promise.all(invoices.map((i) => cancelFeeInvoice({ actor, invoiceId: i.id, now: later })));
    expect(await numbers(market.id, "CREDIT_NOTE")).toEqual(oneTo(20, 21));
    expect(await db().invoiceCounter.findMany({ where: { marketId: market.id } })).toMatchObject([
      { year: 2026, lastNumber: 40 },
    ]);
  });
});

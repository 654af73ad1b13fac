import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readCsv } from "@/lib/csv";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { adjustBasket } from "@/lib/domain/distribution-day/adjust-basket";
import { marketMoneyReport } from "@/lib/domain/report/market-money-report";
import { reportCsvStream, reportXlsxStream } from "@/lib/domain/report/report-export";
import { reportFilters, type ReportFilters } from "@/lib/domain/report/report-filters";
import { reportLines } from "@/lib/domain/report/report-lines";
import { salesSummary } from "@/lib/domain/report/sales-summary";
import { messagesFor } from "@/lib/i18n/messages";
import { createMembership, createUser, payByCard } from "../../support/factories";
import { openSale, SALE_NOW, shopperWithBasket } from "../../support/sale";

const r = messagesFor("fr").reports;
const JUNE: ReportFilters = reportFilters({ du: "2026-06-01", au: "2026-06-30" }, "2026-06-30");

async function bytes(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(new Uint8Array(await new Response(stream).arrayBuffer()));
}

// A sale with two producers' products at 5,5 % and 20 %: a confirmed basket paid on the spot, one paid by card,
// a draft (no sale) and a line weighed lighter on the day.
async function soldMarket() {
  const sale = await openSale();
  const bread = await sale.product({ name: "Pain", priceCents: 450, vatRateBp: 550, unit: "KG", bulk: true });
  const wine = await sale.product({ name: "Vin", priceCents: 1290, vatRateBp: 2000 });
  const onSite = await shopperWithBasket(sale, bread.id, "2", { confirm: true, user: { lastName: "Arnaud" } });
  await shopperWithBasket(sale, wine.id, "1", { confirm: true, user: { lastName: "Bernard" } });
  const card = await shopperWithBasket(sale, wine.id, "3", { user: { lastName: "Carré" } });
  await payByCard({ id: card.orderId, marketId: sale.market.id, userId: card.user.id }, 3870);
  await shopperWithBasket(sale, bread.id, "5", { user: { lastName: "Draft" } });
  const [line] = await db().orderLine.findMany({ where: { orderId: onSite.orderId } });
  await adjustBasket({
    actor: sale.admin,
    marketId: sale.market.id,
    orderId: onSite.orderId,
    delivered: { [line.id]: "1.5" },
    now: SALE_NOW,
  });
  return { sale, bread, wine };
}

describe("sales report", () => {
  it("sums the confirmed baskets' stored line amounts by distribution, producer, product, member, method and VAT rate", async () => {
    const { sale } = await soldMarket();
    const report = await salesSummary({ actor: sale.admin, scope: { marketId: sale.market.id }, filters: JUNE });
    const lines = await db().orderLine.findMany({
      where: { order: { marketId: sale.market.id, confirmedAt: { not: null } } },
    });
    const sum = (key: "totalCents" | "vatCents" | "netCents") => lines.reduce((s, l) => s + l[key], 0);
    expect(report.total).toEqual({
      baskets: 3,
      totalCents: sum("totalCents"),
      vatCents: sum("vatCents"),
      netCents: sum("netCents"),
    });
    // 1,5 × 4,50 = 6,75 (weighed on the day) + 4 × 12,90 = 51,60.
    expect(report.total.totalCents).toBe(675 + 5160);
    expect(report.vatRates).toEqual([
      { vatRateBp: 550, totalCents: 675, vatCents: 35, netCents: 640 },
      { vatRateBp: 2000, totalCents: 5160, vatCents: 860, netCents: 4300 },
    ]);
    expect(report.products.map((p) => [p.name, p.quantity])).toEqual([
      ["Vin", "4.000"],
      ["Pain", "1.500"],
    ]);
    expect(report.methods.map((m) => [m.method, m.baskets, m.totalCents])).toEqual([
      ["CARD", 1, 3870],
      ["ON_SITE", 2, 675 + 1290],
    ]);
    expect(report.members.map((m) => m.lastName)).toEqual(["Carré", "Bernard", "Arnaud"]);
    expect(report.distributions).toHaveLength(1);
    expect(report.producers).toEqual([expect.objectContaining({ id: sale.producer.id, totalCents: 5835 })]);

    // Filters: a payment method, a period without the sale.
    const card = await salesSummary({
      actor: sale.admin,
      scope: { marketId: sale.market.id },
      filters: { ...JUNE, method: "CARD" },
    });
    expect(card.total.totalCents).toBe(3870);
    const may = reportFilters({ du: "2026-05-01", au: "2026-05-31" }, "2026-06-30");
    expect(
      (await salesSummary({ actor: sale.admin, scope: { marketId: sale.market.id }, filters: may })).total,
    ).toMatchObject({ baskets: 0, totalCents: 0 });
  });

  it("gives a producer its own lines in every market, and no list of members", async () => {
    const { sale } = await soldMarket();
    const other = await openSale();
    await other.product({});
    const report = await salesSummary({ actor: sale.farmer, scope: { producerId: sale.producer.id }, filters: JUNE });
    expect(report.total.totalCents).toBe(5835);
    expect(report.members).toEqual([]);
    await expect(
      salesSummary({ actor: other.farmer, scope: { producerId: sale.producer.id }, filters: JUNE }),
    ).rejects.toThrow("FORBIDDEN");
  });

  it("is the admins': a co-admin for messages, a member or another market's admin is refused", async () => {
    const { sale } = await soldMarket();
    const writer = await createUser();
    await createMembership(sale.market.id, writer.id, { canManageMessages: true });
    const other = await openSale();
    for (const actor of [await loadActor(writer.id), other.admin]) {
      await expect(salesSummary({ actor, scope: { marketId: sale.market.id }, filters: JUNE })).rejects.toThrow(
        "FORBIDDEN",
      );
      expect(() => reportLines({ actor, scope: { marketId: sale.market.id }, filters: JUNE })).toThrow("FORBIDDEN");
      await expect(marketMoneyReport({ actor, marketId: sale.market.id, filters: JUNE })).rejects.toThrow("FORBIDDEN");
    }
  });

  it("exports lines in CSV and XLSX whose totals are the screen's", async () => {
    const { sale } = await soldMarket();
    const scope = { marketId: sale.market.id };
    const { total } = await salesSummary({ actor: sale.admin, scope, filters: JUNE });

    const csv = (await bytes(reportCsvStream(reportLines({ actor: sale.admin, scope, filters: JUNE }), r))).toString();
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const { records } = readCsv(csv, { isHeader: (cells) => cells[0] === r.columns[0] });
    const cents = (cell: string) => Math.round(Number(cell.replace(",", ".")) * 100);
    const column = (name: string) => r.columns.indexOf(name);
    expect(records).toHaveLength(3);
    expect(records.reduce((s, rec) => s + cents(rec.cells[column("Total TTC")]), 0)).toBe(total.totalCents);
    expect(records.reduce((s, rec) => s + cents(rec.cells[column("TVA")]), 0)).toBe(total.vatCents);
    expect(records.find((rec) => rec.cells[column("Nom")] === "Arnaud")!.cells).toEqual(
      expect.arrayContaining(["2026-06-05", "Pain", "1,500", "4,50", "5,5", "6,75", "0,35", "6,40", "Sur place"]),
    );

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      // exceljs types its Buffer on an older @types/node.
      (await bytes(
        reportXlsxStream(reportLines({ actor: sale.admin, scope, filters: JUNE }), r),
      )) as unknown as ExcelJS.Buffer,
    );
    const sheet = workbook.getWorksheet(r.sheet)!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...r.columns]);
    let xlsxTotal = 0;
    sheet.eachRow((row, n) => {
      if (n > 1) xlsxTotal += Math.round((row.getCell(column("Total TTC") + 1).value as number) * 100);
    });
    expect(sheet.rowCount).toBe(4);
    expect(xlsxTotal).toBe(total.totalCents);
  });

  it("lists the period's unpaid baskets and the members' balances", async () => {
    const { sale } = await soldMarket();
    const money = await marketMoneyReport({ actor: sale.admin, marketId: sale.market.id, filters: JUNE });
    expect(money.unpaid.map((o) => [o.lastName, o.dueCents])).toEqual(
      expect.arrayContaining([
        ["Arnaud", 675],
        ["Bernard", 1290],
      ]),
    );
    expect(money.unpaid).toHaveLength(2);
    expect(money.unpaidCents).toBe(675 + 1290);
    expect(money.balances.map((b) => [b.lastName, b.balanceCents])).toEqual([
      ["Arnaud", -675],
      ["Bernard", -1290],
    ]);
  });
});

describe("streamed lines", () => {
  it("reads 100,000 lines (2,000 baskets of 50) a thousand at a time, in basket order, with memory bounded", async () => {
    const sale = await openSale();
    // Written by the database itself: 50 products, 2,000 members, a confirmed basket of the 50 for each.
    const bulk = [
      [
        `INSERT INTO "Product" (id, "catalogId", name, "priceCents", "updatedAt")
         SELECT 'bulk-' || j, $1, 'Produit ' || j, 100 + j, now() FROM generate_series(1, 50) j`,
        sale.catalog.id,
      ],
      [
        `INSERT INTO "User" (id, email, "passwordHash", "firstName", "lastName", "updatedAt")
         SELECT 'bulk-user-' || i, 'bulk-' || i || '@example.test', 'x', 'Camille', 'Durand', now()
         FROM generate_series(1, 2000) i`,
      ],
      [
        `INSERT INTO "Order" (id, "marketId", "distributionId", "userId", "basketNumber", "confirmedAt", "paymentMethod", "updatedAt")
         SELECT 'bulk-order-' || i, $1, $2, 'bulk-user-' || i, i, now(), 'ON_SITE', now() FROM generate_series(1, 2000) i`,
        sale.market.id,
        sale.distribution.id,
      ],
      [
        `INSERT INTO "OrderLine" (id, "orderId", "productId", quantity, "heldQuantity", "unitPriceCents", "vatRateBp", "productName", "updatedAt")
         SELECT 'line-' || i || '-' || j, 'bulk-order-' || i, 'bulk-' || j, 1, 1, 100 + j, 550, 'Produit ' || j, now()
         FROM generate_series(1, 2000) i, generate_series(1, 50) j`,
      ],
    ] as const;
    for (const [sql, ...values] of bulk) await db().$executeRawUnsafe(sql, ...values);
    const before = process.memoryUsage().heapUsed;
    let batches = 0;
    let peak = 0;
    let last = "";
    const seen = new Set<string>();
    for await (const batch of reportLines({ actor: sale.admin, scope: { marketId: sale.market.id }, filters: JUNE })) {
      batches++;
      expect(batch.length).toBeLessThanOrEqual(1000);
      for (const l of batch) {
        const key = `${String(l.basketNumber).padStart(5, "0")} ${l.id}`;
        expect(key > last).toBe(true);
        last = key;
        seen.add(l.id);
      }
      peak = Math.max(peak, process.memoryUsage().heapUsed - before);
    }
    expect([seen.size, batches]).toEqual([100_000, 100]);
    // One batch at a time, and the ids the test keeps: far below what 100,000 rows read at once would hold.
    expect(peak).toBeLessThan(150 * 1024 * 1024);
  }, 180_000);
});

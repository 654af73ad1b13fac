import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readMigrations } from "@/lib/db/migrations";

// Migration 0008 turns the single-entry ledger into the double-entry one. This database holds what the demo's
// past distribution looked like before it, plus the money cases the old rows could carry: a card payment
// refunded after weighing, a card refund that failed, an on-the-spot payment, a basket left unpaid with a
// credit note, a paid payout and a merely scheduled one, and a draft basket that the old model put in debt.
let pg: PGlite;
const LEDGER = "0008_money_ledger";

beforeAll(async () => {
  pg = await PGlite.create();
  const migrations = await readMigrations();
  for (const m of migrations.filter((m) => m.name < LEDGER)) await pg.exec(m.sql);
  await pg.exec(LEGACY_DATA);
  await pg.exec(migrations.find((m) => m.name === LEDGER)!.sql);
}, 120_000);
afterAll(() => pg.close());

const rows = async <T>(sql: string) => (await pg.query<T>(sql)).rows;
const balanceOf = async (userId: string) =>
  (
    await rows<{ sum: number | null }>(
      `SELECT sum("amountCents")::int AS sum FROM "LedgerEntry" WHERE "account" = 'SHOPPER' AND "userId" = '${userId}'`,
    )
  )[0].sum ?? 0;

describe("migration 0008: the double-entry ledger", () => {
  it("leaves no old table, and every transaction sums to zero", async () => {
    expect(await rows(`SELECT 1 FROM pg_tables WHERE tablename = 'LegacyLedgerEntry'`)).toEqual([]);
    expect(await rows(`SELECT "transactionId" FROM "LedgerEntry" GROUP BY 1 HAVING sum("amountCents") <> 0`)).toEqual(
      [],
    );
  });

  it("keeps every balance, except a failed refund now credited back and a draft that owes nothing", async () => {
    expect(await balanceOf("alice")).toBe(0); // was −50: the failed refund had been taken from her
    expect(await balanceOf("bob")).toBe(0);
    expect(await balanceOf("carol")).toBe(-320); // 4,20 € unpaid, less a 1,00 € credit note
    expect(await balanceOf("dan")).toBe(0); // a draft: no longer a debt
    expect(await rows(`SELECT 1 FROM "LedgerEntry" WHERE "orderId" = 'o-draft'`)).toEqual([]);
  });

  it("owes each producer its own confirmed lines, and records who holds the money", async () => {
    const byAccount = await rows<{ account: string; producerId: string | null; sum: number }>(
      `SELECT "account", "producerId", sum("amountCents")::int AS sum FROM "LedgerEntry" GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    expect(byAccount).toEqual(
      expect.arrayContaining([
        { account: "PRODUCER", producerId: "farm", sum: 0 }, // 21,09 € sold, 0,53 € fee, 20,56 € paid out
        { account: "PRODUCER", producerId: "bakery", sum: 1680 }, // its unpaid payout is to be scheduled anew
        { account: "MARKET_FEES", producerId: null, sum: 53 },
        { account: "MARKET_TILL", producerId: null, sum: -1905 },
        { account: "REFUNDS_IN_FLIGHT", producerId: null, sum: 0 },
        { account: "MARKET_EXPENSES", producerId: null, sum: -100 },
        // 15,83 € taken by card, 1,19 € refunded, 20,56 € paid out: the old rule paid out 5,92 € it never held.
        { account: "PLATFORM_STRIPE", producerId: null, sum: -1583 + 119 + 2056 },
      ]),
    );
  });

  it("keeps paid payouts as history and drops unpaid ones so that the new rule schedules them", async () => {
    expect(await rows(`SELECT "id", "status", "onlineCents", "amountCents" FROM "Payout" ORDER BY "id"`)).toEqual([
      { id: "payout-farm", status: "PAID", onlineCents: 2056, amountCents: 2056 },
    ]);
    expect(await rows(`SELECT "payoutsScheduledAt" FROM "Distribution" WHERE "id" = 'd-past'`)).toEqual([
      { payoutsScheduledAt: null },
    ]);
  });

  it("computes each line's total, VAT and net", async () => {
    expect(
      await rows(`SELECT "totalCents", "vatCents", "netCents" FROM "OrderLine" WHERE "id" = 'l-alice-almonds'`),
    ).toEqual([{ totalCents: 624, vatCents: 33, netCents: 591 }]);
  });
});

const LEGACY_DATA = `
INSERT INTO "Market" ("id", "slug", "name", "feeBp", "paymentMethods", "updatedAt")
VALUES ('m', 'bellefontaine', 'Marché de Bellefontaine', 250, '{ON_SITE,TRANSFER,CARD}', now());
INSERT INTO "Place" ("id", "marketId", "name", "address", "zipCode", "city")
VALUES ('place', 'm', 'Salle des fêtes', '1 place de la Mairie', '33840', 'Captieux');
INSERT INTO "User" ("id", "email", "passwordHash", "firstName", "lastName", "updatedAt") VALUES
  ('alice', 'alice@cabas.test', 'x', 'Alice', 'A', now()),
  ('bob', 'bob@cabas.test', 'x', 'Bob', 'B', now()),
  ('carol', 'carol@cabas.test', 'x', 'Carol', 'C', now()),
  ('dan', 'dan@cabas.test', 'x', 'Dan', 'D', now());
INSERT INTO "Producer" ("id", "slug", "name", "updatedAt") VALUES
  ('farm', 'ferme', 'Ferme des Amandiers', now()), ('bakery', 'fournil', 'Le Fournil', now());
INSERT INTO "Catalog" ("id", "producerId", "name", "updatedAt") VALUES
  ('c-farm', 'farm', 'Fruits secs', now()), ('c-bakery', 'bakery', 'Pains', now());
INSERT INTO "Product" ("id", "catalogId", "name", "priceCents", "bulk", "unit", "updatedAt") VALUES
  ('almonds', 'c-farm', 'Amandes', 1485, true, 'KG', now()), ('bread', 'c-bakery', 'Pain', 420, false, 'PIECE', now());
INSERT INTO "Distribution" ("id", "marketId", "placeId", "day", "pickupStartAt", "pickupEndAt", "ordersOpenAt",
  "ordersCloseAt", "validatedAt", "updatedAt") VALUES
  ('d-past', 'm', 'place', '2026-09-05', '2026-09-05 17:00', '2026-09-05 18:00', '2026-08-26 06:00',
   '2026-09-04 17:00', '2026-09-05 19:00', now()),
  ('d-open', 'm', 'place', '2026-12-05', '2026-12-05 17:00', '2026-12-05 18:00', '2026-11-25 06:00',
   '2026-12-04 17:00', NULL, now());
INSERT INTO "Order" ("id", "marketId", "distributionId", "userId", "basketNumber", "paymentMethod", "confirmedAt",
  "validatedAt", "updatedAt") VALUES
  ('o-alice', 'm', 'd-past', 'alice', 1, 'CARD', '2026-09-01 10:00', '2026-09-05 17:30', now()),
  ('o-bob', 'm', 'd-past', 'bob', 2, 'ON_SITE', '2026-09-01 11:00', '2026-09-05 17:40', now()),
  ('o-carol', 'm', 'd-past', 'carol', 3, 'TRANSFER', '2026-09-01 12:00', '2026-09-05 19:00', now()),
  ('o-draft', 'm', 'd-open', 'dan', 1, NULL, NULL, NULL, now());
INSERT INTO "OrderLine" ("id", "orderId", "productId", "quantity", "deliveredQuantity", "unitPriceCents",
  "vatRateBp", "productName", "updatedAt") VALUES
  ('l-alice-almonds', 'o-alice', 'almonds', 0.5, 0.42, 1485, 550, 'Amandes', now()),
  ('l-alice-bread', 'o-alice', 'bread', 2, NULL, 420, 550, 'Pain', now()),
  ('l-bob-almonds', 'o-bob', 'almonds', 1, NULL, 1485, 550, 'Amandes', now()),
  ('l-bob-bread', 'o-bob', 'bread', 1, NULL, 420, 550, 'Pain', now()),
  ('l-carol-bread', 'o-carol', 'bread', 1, NULL, 420, 550, 'Pain', now()),
  ('l-dan-bread', 'o-draft', 'bread', 1, NULL, 420, 550, 'Pain', now());
INSERT INTO "Payment" ("id", "marketId", "userId", "orderId", "method", "onSiteMethod", "status", "amountCents",
  "stripePaymentIntentId", "settledAt") VALUES
  ('pay-alice', 'm', 'alice', 'o-alice', 'CARD', NULL, 'SUCCEEDED', 1583, 'pi_alice', '2026-09-01 10:01'),
  ('pay-bob', 'm', 'bob', 'o-bob', 'ON_SITE', 'CASH', 'SUCCEEDED', 1905, NULL, '2026-09-05 17:40');
INSERT INTO "Refund" ("id", "orderId", "paymentId", "destination", "status", "amountCents", "stripeRefundId",
  "settledAt") VALUES
  ('ref-weighed', 'o-alice', 'pay-alice', 'CARD', 'SUCCEEDED', 119, 're_1', '2026-09-05 17:31'),
  ('ref-failed', 'o-alice', 'pay-alice', 'CARD', 'FAILED', 50, 're_2', NULL);
INSERT INTO "Payout" ("id", "producerId", "marketId", "distributionId", "grossCents", "feeCents", "availableOn",
  "scheduledFor", "status", "stripeTransferId", "paidAt") VALUES
  ('payout-farm', 'farm', 'm', 'd-past', 2109, 53, '2026-09-08', '2026-09-14', 'PAID', 'tr_1', '2026-09-14 08:00'),
  ('payout-bakery', 'bakery', 'm', 'd-past', 1680, 42, '2026-09-08', '2026-09-14', 'SCHEDULED', NULL, NULL);
INSERT INTO "LedgerEntry" ("id", "marketId", "userId", "producerId", "kind", "amountCents", "orderId", "paymentId",
  "refundId", "payoutId", "label") VALUES
  ('e1', 'm', 'alice', NULL, 'ORDER', -1583, 'o-alice', NULL, NULL, NULL, NULL),
  ('e2', 'm', 'alice', NULL, 'PAYMENT', 1583, 'o-alice', 'pay-alice', NULL, NULL, NULL),
  ('e3', 'm', 'alice', NULL, 'ORDER', 119, 'o-alice', NULL, NULL, NULL, 'adjustment'),
  ('e4', 'm', 'alice', NULL, 'REFUND', -119, 'o-alice', NULL, 'ref-weighed', NULL, NULL),
  ('e5', 'm', 'alice', NULL, 'REFUND', -50, 'o-alice', NULL, 'ref-failed', NULL, NULL),
  ('e6', 'm', 'bob', NULL, 'ORDER', -1905, 'o-bob', NULL, NULL, NULL, NULL),
  ('e7', 'm', 'bob', NULL, 'PAYMENT', 1905, 'o-bob', 'pay-bob', NULL, NULL, NULL),
  ('e8', 'm', 'carol', NULL, 'ORDER', -420, 'o-carol', NULL, NULL, NULL, NULL),
  ('e9', 'm', 'carol', NULL, 'CORRECTION', 100, NULL, NULL, NULL, NULL, 'avoir'),
  ('e10', 'm', 'dan', NULL, 'ORDER', -420, 'o-draft', NULL, NULL, NULL, NULL),
  ('e11', 'm', NULL, 'farm', 'PAYOUT_DUE', 2056, NULL, NULL, NULL, 'payout-farm', NULL),
  ('e12', 'm', NULL, 'farm', 'PAYOUT_SENT', -2056, NULL, NULL, NULL, 'payout-farm', NULL),
  ('e13', 'm', NULL, 'bakery', 'PAYOUT_DUE', 1638, NULL, NULL, NULL, 'payout-bakery', NULL);
`;

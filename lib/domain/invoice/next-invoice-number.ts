import type { Tx } from "@/lib/db/client";

// The next number of a market's invoices and credit notes of `year`. The counter row is created or raised by one
// statement, which holds its lock until the caller's transaction ends: concurrent issuers wait for each other, a
// rolled back transaction gives its number back, and a committed one never hands it out again, so the numbers of a
// year run 1, 2, 3… without a gap.
export async function nextInvoiceNumber(tx: Tx, marketId: string, year: number): Promise<number> {
  const [row] = await tx.$queryRaw<{ lastNumber: number }[]>`
    INSERT INTO "InvoiceCounter" ("marketId", "year", "lastNumber") VALUES (${marketId}, ${year}, 1)
    ON CONFLICT ("marketId", "year") DO UPDATE SET "lastNumber" = "InvoiceCounter"."lastNumber" + 1
    RETURNING "lastNumber"`;
  return row.lastNumber;
}

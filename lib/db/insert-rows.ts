import { Prisma, type Tx } from "./client";

// Many rows into one table in one statement, their values sent as one JSON parameter. Prisma's createMany
// prepares every value of every row in JavaScript, about half a millisecond a row on a busy machine: validating a
// big market's distribution (500 baskets: 500 payments and their 500 transactions, 1,000 ledger entries, 500
// e-mails) spent seconds there. The columns are the rows' keys (a key missing from one row is NULL in it; a column
// no row names gets its default); PostgreSQL reads each value as its column's type (enums by name, instants as the
// ISO strings JSON makes of them, in UTC like Prisma's). `skipDuplicates`: a row that would break a unique index
// is left out, as createMany's option does.
export async function insertRows(
  tx: Tx,
  table: Prisma.ModelName,
  rows: Record<string, unknown>[],
  { skipDuplicates = false } = {},
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Prisma.raw([...new Set(rows.flatMap((r) => Object.keys(r)))].map((c) => `"${c}"`).join(", "));
  const target = Prisma.raw(`"${table}"`);
  await tx.$executeRaw`
    INSERT INTO ${target} (${columns})
    SELECT ${columns} FROM json_populate_recordset(NULL::${target}, ${JSON.stringify(rows)}::json)
    ${skipDuplicates ? Prisma.sql`ON CONFLICT DO NOTHING` : Prisma.empty}`;
}

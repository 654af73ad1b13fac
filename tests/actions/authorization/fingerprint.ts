import { db } from "@/lib/db/client";

let query: Promise<string> | undefined;

// Every table of the database, each as its row count and a hash of all its rows: two fingerprints are equal
// when nothing was written (rate-limit counters and the e-mail outbox included), and where they differ they
// name the table.
export async function fingerprint(): Promise<Record<string, string>> {
  query ??= db().$queryRaw<
    { tablename: string }[]
  >`SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`.then((tables) =>
    tables
      .map(
        ({ tablename }) =>
          `SELECT '${tablename}'::text AS "table", count(*)::int AS "rows", ` +
          `md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS "hash" FROM "${tablename}" t`,
      )
      .join(" UNION ALL "),
  );
  const rows = await db().$queryRawUnsafe<{ table: string; rows: number; hash: string }[]>(await query);
  return Object.fromEntries(rows.map((r) => [r.table, `${r.rows} rows, ${r.hash}`]));
}

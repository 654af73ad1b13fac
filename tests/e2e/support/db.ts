import pg from "pg";
import { E2E_DB_PORT, E2E_PORT } from "../../../playwright.config";
import { localDatabaseUrl } from "../../../scripts/local-secrets";

// The e2e server owns its embedded database and serves it over the PostgreSQL protocol (with the password it
// keeps in .data/), so a spec can check what a click wrote.
let pool: pg.Pool | undefined;

export async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  pool ??= new pg.Pool({ connectionString: localDatabaseUrl(E2E_DB_PORT), max: 2 });
  const rows = (await pool.query<T>(sql, params)).rows;
  // A write behind the app's back: its cached public pages (README, Performance) cannot know, so they are dropped,
  // as the app's own writes drop what they change.
  if (/^\s*(?:INSERT|UPDATE|DELETE)\b/i.test(sql)) await forgetCachedPages();
  return rows;
}

async function forgetCachedPages() {
  const response = await fetch(`http://127.0.0.1:${E2E_PORT}/api/dev/cache`, { method: "DELETE" });
  if (response.status !== 204) throw new Error(`/api/dev/cache answered ${response.status}`);
}

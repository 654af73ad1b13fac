import pg from "pg";
import { E2E_DB_PORT } from "../../../playwright.config";
import { localDatabaseUrl } from "../../../scripts/local-secrets";

// The e2e server owns its embedded database and serves it over the PostgreSQL protocol (with the password it
// keeps in .data/), so a spec can check what a click wrote.
let pool: pg.Pool | undefined;

export async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  pool ??= new pg.Pool({ connectionString: localDatabaseUrl(E2E_DB_PORT), max: 2 });
  return (await pool.query<T>(sql, params)).rows;
}

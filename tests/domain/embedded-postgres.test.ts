import pg from "pg";
import { describe, expect, it } from "vitest";

// The embedded server must keep concurrent connections apart, as a real PostgreSQL server does.
describe("embedded PostgreSQL server", () => {
  it("answers 300 concurrent parameterised queries over 10 connections each with its own rows", async () => {
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
    try {
      const results = await Promise.all(
        // A different statement text each time: an interleaved Parse would run another query's SQL.
        Array.from({ length: 300 }, (_, n) =>
          pool.query<{ n: number; label: string }>(`SELECT $1::int AS n, 'q${n}'::text AS label`, [n]),
        ),
      );
      expect(results.map((r) => [r.rows[0].n, r.rows[0].label])).toEqual(
        Array.from({ length: 300 }, (_, n) => [n, `q${n}`]),
      );
    } finally {
      await pool.end();
    }
  });

  it("keeps a transaction's statements to its own connection while others query", async () => {
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 5 });
    try {
      await pool.query("CREATE TABLE IF NOT EXISTS embedded_probe (id int primary key)");
      const tx = await pool.connect();
      await tx.query("BEGIN");
      await tx.query("INSERT INTO embedded_probe VALUES (1)");
      const outside = pool.query<{ count: string }>("SELECT count(*) FROM embedded_probe");
      await tx.query("ROLLBACK");
      tx.release();
      expect((await outside).rows[0].count).toBe("0");
    } finally {
      await pool.end();
    }
  });

  // PGlite itself lets anyone in as the superuser, whatever the password (its pg_hba rules are all `trust`).
  it("lets in only a client that gives its password", async () => {
    const url = new URL(process.env.DATABASE_URL!);
    expect(url.hostname).toBe("127.0.0.1");
    expect(url.password.length).toBeGreaterThanOrEqual(24);
    const connect = async (user: string, password: string) => {
      const client = new pg.Client({
        host: url.hostname,
        port: Number(url.port),
        database: "postgres",
        user,
        password,
      });
      try {
        await client.connect();
        return (await client.query<{ ok: number }>("SELECT 1 AS ok")).rows[0].ok;
      } finally {
        await client.end().catch(() => {});
      }
    };
    expect(await connect("postgres", decodeURIComponent(url.password))).toBe(1);
    for (const [user, password] of [
      ["postgres", "postgres"],
      ["postgres", ""],
      ["someone", decodeURIComponent(url.password).slice(1)],
    ])
      await expect(connect(user, password)).rejects.toMatchObject({
        code: "28P01",
        message: `password authentication failed for user "${user}"`,
      });
  });
});

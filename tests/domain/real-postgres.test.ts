// The same migrations and domain code on a real PostgreSQL server, through the same adapter.
import { afterAll, describe, expect, inject, it } from "vitest";
import { disconnectDb } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrations";
import { getPublicMarketOrThrow } from "@/lib/domain/market/get-public-market";
import { DomainError } from "@/lib/domain/errors";
import { registerUser } from "@/lib/domain/user/register-user";
import { createDatabase } from "../support/real-postgres";
import { createDistribution, createMarket } from "../support/factories";

const real = inject("realPostgres");
if (!real.url) console.warn(`[real PostgreSQL] skipped: ${real.reason}`);

describe.skipIf(!real.url)("on a real PostgreSQL server", () => {
  const embeddedUrl = process.env.DATABASE_URL;
  afterAll(async () => {
    await disconnectDb();
    process.env.DATABASE_URL = embeddedUrl;
  });

  it("applies the migrations (twice is a no-op) and runs domain calls, with Prisma's error codes", async () => {
    const url = await createDatabase(real.url!, "cabas_migrations");
    expect(await applyMigrations(url)).toBeGreaterThan(0);
    expect(await applyMigrations(url)).toBe(0);
    await disconnectDb();
    process.env.DATABASE_URL = url;

    const now = new Date("2026-09-01T08:00:00Z");
    const market = await createMarket();
    const d = await createDistribution(market, { now, inDays: 3 });
    expect(
      (await getPublicMarketOrThrow({ slug: market.slug, now })).distributions.map((x) => [x.id, x.state]),
    ).toEqual([[d.id, "OPEN"]]);

    await registerUser({
      firstName: "A",
      lastName: "B",
      email: "twice@example.test",
      password: "0123456789",
      privacy: "on",
      locale: "fr",
      now: new Date(),
    });
    await expect(
      registerUser({
        firstName: "A",
        lastName: "B",
        email: "twice@example.test",
        password: "0123456789",
        privacy: "on",
        locale: "fr",
        now: new Date(),
      }),
    ).rejects.toEqual(new DomainError("EMAIL_TAKEN", "email"));
  });
});

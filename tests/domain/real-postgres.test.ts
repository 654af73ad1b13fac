// The same migrations and domain code on a real PostgreSQL server, through the same adapter.
import { afterAll, describe, expect, inject, it } from "vitest";
import { disconnectDb } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrations";
import { getPublicMarketOrThrow } from "@/lib/domain/market/get-public-market";
import { loadActor } from "@/lib/domain/access/actor";
import { createMarket as createMarketUseCase } from "@/lib/domain/market-admin/create-market";
import { registerUser } from "@/lib/domain/user/register-user";
import { createDatabase } from "../support/real-postgres";
import { createDistribution, createMarket, createUser } from "../support/factories";
import { townGeocoder } from "../support/fake-geocoder";

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

    const twice = {
      firstName: "A",
      lastName: "B",
      email: "twice@example.test",
      password: "0123456789",
      privacy: "on" as const,
      locale: "fr" as const,
      appUrl: "http://cabas.test",
      now: new Date(),
    };
    // A second sign-up of one address answers the same and keeps one account.
    expect(await registerUser(twice)).toEqual(await registerUser(twice));
    // Prisma's unique-violation code reaches the domain: a taken slug gets a number.
    const founder = await loadActor((await createUser()).id);
    const input = {
      name: "Halle",
      placeName: "Halle",
      address: "1 place",
      zipCode: "69200",
      city: "Lyon",
    };
    const a = await createMarketUseCase({ actor: founder, input, geocoder: townGeocoder });
    const b = await createMarketUseCase({ actor: founder, input, geocoder: townGeocoder });
    expect([a.slug, b.slug]).toEqual(["halle", "halle-2"]);
  });
});

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { createCycle } from "@/lib/domain/distribution-plan/create-cycle";
import { createDistribution } from "@/lib/domain/distribution-plan/create-distribution";
import { defaultDistributionForm } from "@/lib/domain/distribution-plan/distribution-defaults";
import { getDistributionFormOrThrow } from "@/lib/domain/distribution-plan/get-distribution-form";
import { getPublicMarketOrThrow } from "@/lib/domain/market/get-public-market";
import { createMarket } from "@/lib/domain/market-admin/create-market";
import { noticeContext, noticeDistributionSelect } from "@/lib/domain/notice/distribution-notice-context";
import { cycleSchema, distributionSchema } from "@/lib/validation/admin";
import { createUser } from "../../support/factories";
import { townGeocoder } from "../../support/fake-geocoder";

const now = new Date("2026-03-02T10:00:00Z");

async function adminMarket() {
  const userId = (await createUser()).id;
  const market = await createMarket({
    actor: await loadActor(userId),
    input: {
      name: `Marché ${userId}`,
      placeName: "Halle",
      address: "2 rue du Marché",
      zipCode: "69200",
      city: "Vénissieux",
    },
    geocoder: townGeocoder,
  });
  const placeId = (await db().place.findFirstOrThrow({ where: { marketId: market.id } })).id;
  return { actor: await loadActor(userId), market, placeId };
}

describe("a distribution's name and note", () => {
  it("are kept as typed, shown on the market page and the edit form, led and followed in e-mails", async () => {
    const { actor, market, placeId } = await adminMarket();
    const input = distributionSchema.parse({
      placeId,
      ...defaultDistributionForm(now, "Europe/Paris"),
      name: "  Commande VRAC Quartier ",
      note: "Apportez vos contenants",
    });
    const { id } = await createDistribution({ actor, marketId: market.id, input });

    expect(await getDistributionFormOrThrow({ actor, marketId: market.id, distributionId: id })).toMatchObject({
      values: { name: "Commande VRAC Quartier", note: "Apportez vos contenants" },
    });
    const page = await getPublicMarketOrThrow({ slug: market.slug, now });
    expect(page.distributions[0]).toMatchObject({ name: "Commande VRAC Quartier", note: "Apportez vos contenants" });

    const d = await db().distribution.findUniqueOrThrow({ where: { id }, select: noticeDistributionSelect });
    expect(noticeContext(d, "fr").pickupLine).toBe(
      "Commande VRAC Quartier : Distribution le mercredi 1 avril 2026, de 19:00 à 20:00, à Halle, Vénissieux. Note du marché : Apportez vos contenants",
    );
    expect(noticeContext(d, "en").pickupLine).toMatch(
      /^Commande VRAC Quartier: Pick-up on .* Note from the market: Apportez/,
    );

    // Emptied on the edit form: gone, and the e-mails say the pick-up alone.
    const cleared = distributionSchema.parse({ ...input, name: "", note: " " });
    await createDistribution({ actor, marketId: market.id, input: cleared, distributionId: id });
    const after = await db().distribution.findUniqueOrThrow({ where: { id }, select: noticeDistributionSelect });
    expect([after.name, after.note]).toEqual([null, null]);
    expect(noticeContext(after, "fr").pickupLine).toBe(
      "Distribution le mercredi 1 avril 2026, de 19:00 à 20:00, à Halle, Vénissieux.",
    );
  });

  it("are given to every distribution of a cycle", async () => {
    const { actor, market, placeId } = await adminMarket();
    const input = cycleSchema.parse({
      placeId,
      frequency: "WEEKLY",
      startDay: "2026-04-02",
      endDay: "2026-04-16",
      pickupStart: "18:00",
      pickupEnd: "19:30",
      openDaysBefore: "7",
      closeHoursBefore: "24",
      name: "Marché du jeudi",
      note: "",
    });
    await createCycle({ actor, marketId: market.id, input });
    const made = await db().distribution.findMany({
      where: { marketId: market.id },
      select: { name: true, note: true },
    });
    expect(made).toEqual(Array(3).fill({ name: "Marché du jeudi", note: null }));
  });

  it("are refused past their length, with the field's own message", () => {
    const long = distributionSchema.safeParse({
      placeId: "p",
      ...defaultDistributionForm(now, "Europe/Paris"),
      name: "x".repeat(61),
      note: "y".repeat(281),
    });
    expect(long.success).toBe(false);
    expect(long.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["name", "tooLong"],
      ["note", "tooLong"],
    ]);
  });
});

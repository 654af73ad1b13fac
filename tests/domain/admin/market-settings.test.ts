import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { DomainError } from "@/lib/domain/errors";
import { updateMarketSettings } from "@/lib/domain/market-admin/update-market-settings";
import { getPublicMarketOrThrow } from "@/lib/domain/market/get-public-market";
import { marketSettingsSchema } from "@/lib/validation/admin";
import { createMarket, createMembership, createUser } from "../../support/factories";

describe("market settings", () => {
  it("decode and store the logo only for an admin of the market", async () => {
    const market = await createMarket();
    const input = marketSettingsSchema.parse({
      name: market.name,
      basketMode: "BEFORE",
      deliveryHelpMaxPerVolunteer: "2",
      payOnSite: "on",
      feePercent: "",
      timeZone: "Europe/Paris",
    });
    const png = await sharp({ create: { width: 800, height: 800, channels: 3, background: "#2f6b3a" } })
      .png()
      .toBuffer();
    const logo = { bytes: new Uint8Array(png), size: png.length };
    const member = await createUser();
    await createMembership(market.id, member.id);
    const images = () => db().image.count();
    const before = await images();
    for (const stranger of [await loadActor(member.id), await loadActor((await createUser()).id)])
      await expect(updateMarketSettings({ actor: stranger, marketId: market.id, input, logo })).rejects.toEqual(
        new DomainError("FORBIDDEN"),
      );
    expect(await images()).toBe(before);

    const admin = await createUser();
    await createMembership(market.id, admin.id, { isAdmin: true });
    await updateMarketSettings({ actor: await loadActor(admin.id), marketId: market.id, input, logo });
    const { logoImageId } = await db().market.findUniqueOrThrow({ where: { id: market.id } });
    expect((await db().image.findUniqueOrThrow({ where: { id: logoImageId! } })).width).toBe(400);
  });

  it("publish the market's contact on its page, as the admin typed it, or nothing of it", async () => {
    const market = await createMarket();
    const admin = await createUser();
    await createMembership(market.id, admin.id, { isAdmin: true });
    const settings = (contact: Record<string, string>) =>
      marketSettingsSchema.safeParse({
        name: market.name,
        basketMode: "BEFORE",
        deliveryHelpMaxPerVolunteer: "2",
        payOnSite: "on",
        feePercent: "",
        timeZone: "Europe/Paris",
        ...contact,
      });
    const typed = settings({
      contactName: " Claire Dupuy ",
      contactEmail: "Claire@Exemple.fr ",
      contactPhone: "06 12 34 56 78",
    });
    await updateMarketSettings({ actor: await loadActor(admin.id), marketId: market.id, input: typed.data! });
    const shown = await getPublicMarketOrThrow({ slug: market.slug, now: new Date() });
    expect(shown).toMatchObject({
      contactName: "Claire Dupuy",
      contactEmail: "claire@exemple.fr",
      contactPhone: "06 12 34 56 78",
    });

    const wrong = settings({ contactEmail: "claire@", contactPhone: "appelez-moi" });
    expect(wrong.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["contactEmail", "emailInvalid"],
      ["contactPhone", "phoneInvalid"],
    ]);
    await updateMarketSettings({ actor: await loadActor(admin.id), marketId: market.id, input: settings({}).data! });
    expect(await getPublicMarketOrThrow({ slug: market.slug, now: new Date() })).toMatchObject({
      contactName: null,
      contactEmail: null,
      contactPhone: null,
    });
  });

  it("keep the market's billing details for its next invoices, and its VAT status when a form leaves it out", async () => {
    const market = await createMarket();
    const admin = await createUser();
    await createMembership(market.id, admin.id, { isAdmin: true });
    const actor = await loadActor(admin.id);
    const base = {
      name: market.name,
      basketMode: "BEFORE",
      deliveryHelpMaxPerVolunteer: "2",
      payOnSite: "on",
      feePercent: "2",
      timeZone: "Europe/Paris",
    };
    expect(market.vatStatus).toBe("FRANCHISE");
    const billing = {
      vatStatus: "LIABLE",
      legalName: " Association Le Cabas ",
      legalAddress: "1 place de la Mairie, 33840 Captieux",
      siret: "123 456 789 00011",
      vatNumber: "FR12123456789",
    };
    await updateMarketSettings({
      actor,
      marketId: market.id,
      input: marketSettingsSchema.parse({ ...base, ...billing }),
    });
    const saved = { ...billing, vatStatus: "LIABLE", legalName: "Association Le Cabas" };
    expect(await db().market.findUniqueOrThrow({ where: { id: market.id } })).toMatchObject(saved);
    await updateMarketSettings({ actor, marketId: market.id, input: marketSettingsSchema.parse(base) });
    expect(await db().market.findUniqueOrThrow({ where: { id: market.id } })).toMatchObject({
      vatStatus: "LIABLE",
      legalName: null,
      siret: null,
    });
    expect(marketSettingsSchema.safeParse({ ...base, vatStatus: "EXEMPT" }).success).toBe(false);
  });
});

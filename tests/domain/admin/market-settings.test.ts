import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { DomainError } from "@/lib/domain/errors";
import { updateMarketSettings } from "@/lib/domain/market-admin/update-market-settings";
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
});

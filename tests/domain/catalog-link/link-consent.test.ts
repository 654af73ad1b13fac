import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { answerLinkRequest } from "@/lib/domain/catalog-link/answer-link-request";
import { linkCatalog } from "@/lib/domain/catalog-link/link-catalog";
import { listLinkRequests } from "@/lib/domain/catalog-link/list-link-requests";
import { LINK_REQUESTS_PER_DAY } from "@/lib/domain/catalog-link/request-catalog-link";
import { renewCatalogShareKey } from "@/lib/domain/catalog-link/renew-catalog-share-key";
import { catalogShortcutPath } from "@/lib/domain/catalog-link/catalog-reference";
import { DomainError } from "@/lib/domain/errors";
import { createMarket, createMembership, createProducerWithCatalog, createUser } from "../../support/factories";

const now = new Date("2026-06-01T10:00:00Z");
const appUrl = "http://cabas.test";

async function adminOfNewMarket() {
  const market = await createMarket();
  const admin = await createUser();
  await createMembership(market.id, admin.id, { isAdmin: true });
  return { market, admin, actor: await loadActor(admin.id) };
}

async function producerWithTeam(name = "Ferme des Sept Collines") {
  const { producer, catalog } = await createProducerWithCatalog(name);
  const farmer = await createUser({ locale: "en" });
  await db().producerUser.create({ data: { producerId: producer.id, userId: farmer.id, role: "OWNER" } });
  return { producer, catalog, farmer, farmerActor: await loadActor(farmer.id) };
}

const isLinked = async (catalogId: string, marketId: string) =>
  (await db().catalogLink.count({ where: { catalogId, marketId, unlinkedAt: null } })) === 1;

describe("linking a catalog needs its producer's consent", () => {
  it("the number alone sends a request; the catalog is linked only when the producer accepts", async () => {
    const { market, actor } = await adminOfNewMarket();
    const { producer, catalog, farmer, farmerActor } = await producerWithTeam();
    const result = await linkCatalog({ actor, marketId: market.id, catalogText: String(catalog.number), appUrl, now });
    expect(result.outcome).toBe("REQUESTED");
    expect(await isLinked(catalog.id, market.id)).toBe(false);

    // The producer is told in the app and by e-mail, in their language.
    expect(await db().notification.count({ where: { userId: farmer.id, kind: "catalog.link-requested" } })).toBe(1);
    const mail = await db().emailOutbox.findFirstOrThrow({ where: { toEmail: farmer.email } });
    expect(mail.subject).toContain("would like to offer your catalog");
    await expect(
      linkCatalog({ actor, marketId: market.id, catalogText: String(catalog.number), appUrl, now }),
    ).rejects.toEqual(new DomainError("CATALOG_REQUEST_PENDING", "catalog"));

    const [request] = await listLinkRequests({ actor: farmerActor, producerId: producer.id });
    expect(request.market.name).toBe(market.name);
    // Nobody but the producer's team answers, not even the admin who asked.
    for (const stranger of [actor, await loadActor((await createUser()).id)])
      await expect(
        answerLinkRequest({ actor: stranger, requestId: request.id, accept: true, appUrl, now }),
      ).rejects.toEqual(new DomainError("FORBIDDEN"));
    await answerLinkRequest({ actor: farmerActor, requestId: request.id, accept: true, appUrl, now });
    expect(await isLinked(catalog.id, market.id)).toBe(true);
    await expect(
      answerLinkRequest({ actor: farmerActor, requestId: request.id, accept: false, appUrl, now }),
    ).rejects.toEqual(new DomainError("LINK_REQUEST_ANSWERED"));
  });

  it("a declined request links nothing and cannot be repeated for a month", async () => {
    const { market, actor } = await adminOfNewMarket();
    const { producer, catalog, farmerActor } = await producerWithTeam();
    await linkCatalog({ actor, marketId: market.id, catalogText: String(catalog.number), appUrl, now });
    const [request] = await listLinkRequests({ actor: farmerActor, producerId: producer.id });
    await answerLinkRequest({ actor: farmerActor, requestId: request.id, accept: false, appUrl, now });
    expect(await isLinked(catalog.id, market.id)).toBe(false);
    await expect(
      linkCatalog({ actor, marketId: market.id, catalogText: String(catalog.number), appUrl, now }),
    ).rejects.toEqual(new DomainError("CATALOG_REQUEST_DECLINED", "catalog"));
    const later = new Date("2026-07-15T10:00:00Z");
    expect(
      (await linkCatalog({ actor, marketId: market.id, catalogText: String(catalog.number), appUrl, now: later }))
        .outcome,
    ).toBe("REQUESTED");
  });

  it("a market cannot ask every producer of the directory: a bounded number of requests a day", async () => {
    const { market, actor } = await adminOfNewMarket();
    for (let i = 0; i < LINK_REQUESTS_PER_DAY; i++) {
      const { catalog } = await createProducerWithCatalog();
      await linkCatalog({ actor, marketId: market.id, catalogText: String(catalog.number), appUrl, now });
    }
    const { catalog } = await createProducerWithCatalog();
    await expect(
      linkCatalog({ actor, marketId: market.id, catalogText: String(catalog.number), appUrl, now }),
    ).rejects.toEqual(new DomainError("LINK_REQUESTS_DAILY_LIMIT", "catalog"));
    expect(await db().catalogLink.count({ where: { marketId: market.id } })).toBe(0);
  });

  it("the shortcut link links at once until the producer changes it", async () => {
    const { market, actor } = await adminOfNewMarket();
    const other = await adminOfNewMarket();
    const { catalog, farmerActor } = await producerWithTeam();
    const shortcut = `${appUrl}${catalogShortcutPath(catalog.number, catalog.shareKey)}`;
    expect((await linkCatalog({ actor, marketId: market.id, catalogText: shortcut, appUrl, now })).outcome).toBe(
      "LINKED",
    );
    expect(await isLinked(catalog.id, market.id)).toBe(true);
    await renewCatalogShareKey({ actor: farmerActor, catalogId: catalog.id });
    await expect(
      linkCatalog({ actor: other.actor, marketId: other.market.id, catalogText: shortcut, appUrl, now }),
    ).rejects.toEqual(new DomainError("CATALOG_KEY_INVALID", "catalog"));
    await expect(renewCatalogShareKey({ actor: other.actor, catalogId: catalog.id })).rejects.toEqual(
      new DomainError("FORBIDDEN"),
    );
  });

  it("every catalog gets a secret of its own", async () => {
    const keys = await db().catalog.findMany({ select: { shareKey: true } });
    expect(new Set(keys.map((k) => k.shareKey)).size).toBe(keys.length);
    expect(keys.every((k) => /^[0-9a-f]{32}$/.test(k.shareKey))).toBe(true);
  });
});

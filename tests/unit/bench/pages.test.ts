import { describe, expect, it } from "vitest";
import { basketRoundTrip, lighthousePages, publicPages, shopPath } from "@/scripts/bench/pages";
import type { BenchMarket } from "@/scripts/bench/seed";
import { TARGETS } from "@/scripts/bench/targets";
import { groupIntoWaves } from "@/scripts/bench/waves";

const market: BenchMarket = {
  slug: "bench",
  name: "Marché de test",
  distributionId: "cmdistribution0000000001",
  producerSlug: "bench-producer-0",
  producerName: "Ferme 0",
  catalogNumber: 17,
  memberIds: ["bench-user-0"],
  basketProduct: { id: "cmproduct", name: "Produit 0-008" },
  products: 10_000,
};

describe("npm run bench: the addresses", () => {
  const pages = publicPages(market);

  it("are made from the seeded rows", () => {
    const paths = new Set(pages.map((p) => p.path));
    expect(paths).toContain("/m/bench");
    expect(paths).toContain("/m/bench/distributions/cmdistribution0000000001");
    expect(paths).toContain("/producteurs/bench-producer-0");
    expect(paths).toContain("/catalogues/17");
    expect(paths).toContain("/m/bench/permanences");
    expect(basketRoundTrip(market).path).toBe(shopPath(market));
    expect(lighthousePages(market).map((p) => p.path)).toEqual(["/m/bench", shopPath(market)]);
  });

  it("name each load once, with its audience, and expect what that audience sees", () => {
    expect(new Set(pages.map((p) => p.name)).size).toBe(pages.length);
    for (const page of pages) {
      expect(page.name.endsWith(`, ${page.audience}`)).toBe(true);
      expect(page.expect).toContain(page.audience === "member" ? 'href="/compte"' : 'href="/connexion');
    }
  });

  it("cover every public page for a visitor, the shop for a member, and time the shop page alone", () => {
    const visitorPages = pages.filter((p) => p.audience === "visitor").map((p) => p.name);
    expect(visitorPages).toEqual(
      expect.arrayContaining([
        "home, visitor",
        "market page, visitor",
        "shop page, visitor",
        "producer page, visitor",
        "shared catalog page, visitor",
      ]),
    );
    expect(pages.map((p) => p.name)).toContain("volunteer calendar, member");
    expect(pages.filter((p) => p.serverTime).map((p) => p.path)).toEqual([shopPath(market), shopPath(market)]);
    // The targets know these loads by name.
    const [visitorTarget, memberShopTarget] = TARGETS;
    expect(visitorPages.every((name) => visitorTarget.applies(name))).toBe(true);
    expect(pages.filter((p) => memberShopTarget.applies(p.name))).toHaveLength(1);
  });
});

describe("npm run bench: replaying what the browser sent", () => {
  it("sends together the requests that left before the earlier ones were answered, and waits otherwise", () => {
    const r = (name: string, start: number, end: number) => ({ name, start, end });
    const waves = groupIntoWaves([
      r("panel-2", 105, 160),
      r("action", 0, 100),
      r("panel-1", 101, 150),
      r("after", 170, 200),
    ]);
    expect(waves.map((w) => w.map((x) => x.name))).toEqual([["action"], ["panel-1", "panel-2"], ["after"]]);
    expect(groupIntoWaves([])).toEqual([]);
  });
});

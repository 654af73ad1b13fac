import { describe, expect, it } from "vitest";
import { basketRoundTrip, lighthousePages, personalLoads, publicPages, shopPath } from "@/scripts/bench/pages";
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
  marketId: "cmmarket",
  adminId: "bench-admin",
  reportRange: { from: "2026-10-01", to: "2026-10-22" },
};

describe("npm run bench: the addresses", () => {
  const pages = publicPages(market);
  const shop = "/m/bench/distributions/cmdistribution0000000001";

  it("are made from the seeded rows, with the language, a shop's category and page in the path", () => {
    expect(pages.map((p) => p.path)).toEqual(
      expect.arrayContaining([
        "/",
        "/m/bench",
        shop,
        `${shop}/bakery/2`,
        `${shop}/recherche/Produit%203-1`,
        "/producteurs/bench-producer-0",
        "/catalogues/17",
        "/m/bench/permanences",
      ]),
    );
    expect(pages.every((p) => !p.path.includes("categorie=") && !p.path.startsWith("/fr"))).toBe(true);
    expect(basketRoundTrip(market).path).toBe(shopPath(market));
    expect(lighthousePages(market).map((p) => p.path)).toEqual(["/m/bench", shopPath(market)]);
  });

  it("name each load once, with its audience", () => {
    expect(new Set(pages.map((p) => p.name)).size).toBe(pages.length);
    for (const page of pages) expect(page.name.endsWith(`, ${page.audience}`)).toBe(true);
  });

  it("expect the page itself: its market, products, producer, or which page of a category it is", () => {
    const expected = (name: string) => pages.find((p) => p.name === name)?.expect;
    expect(expected("market page, visitor")).toEqual(expect.arrayContaining(["Marché de test", `href="${shop}"`]));
    expect(expected("shop page, member")).toContain("Produit 0-008");
    expect(expected("shop, category page 2, visitor")).toEqual(
      expect.arrayContaining([`href="${shop}/bakery"`, `href="${shop}/bakery/3"`]),
    );
    expect(expected("producer page, visitor")).toContain("Ferme 0");
  });

  it("expect a public page to be the visitor's for a member too, and a page rendered per request to be theirs", () => {
    const expected = (name: string) => pages.find((p) => p.name === name)!.expect;
    for (const name of ["home", "market page", "shop page", "shop, category page 2", "shop, search"]) {
      expect(expected(`${name}, visitor`)).toContain('href="/connexion');
      expect(expected(`${name}, member`)).toContain('href="/connexion');
      expect(expected(`${name}, member`)).not.toContain('href="/compte"');
    }
    expect(expected("shared catalog page, visitor")).toContain('href="/connexion');
    expect(expected("volunteer calendar, member")).toContain('href="/compte"');
  });

  it("cover every public page for a visitor, the shop for a member, and time the visitor's shop page alone", () => {
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
    const timed = pages.filter((p) => p.serverTime);
    expect(timed.map((p) => p.name)).toEqual(["shop page, visitor"]);
    // The warm-up is another page of the same route, not a redirect to it.
    expect(timed[0].serverTime?.warmUp).toBe(`${shop}/toutes/3`);
    const [visitorTarget] = TARGETS;
    expect(visitorPages.every((name) => visitorTarget.applies(name))).toBe(true);
  });
});

describe("npm run bench: the personal parts", () => {
  const parts = personalLoads(market);
  const part = (name: string) => parts.find((p) => p.name === name);

  it("load the member's personal part of the home, market and shop pages and the visitor's of the shop, each named apart", () => {
    expect(parts.map((p) => p.name)).toEqual([
      "home, member: personal part",
      "market page, member: personal part",
      "shop page, visitor: personal part",
      "shop page, member: personal part",
    ]);
    expect(part("shop page, member: personal part")?.page).toMatchObject({
      name: "shop page, member",
      path: shopPath(market),
      audience: "member",
    });
    // Not a visitor's page for the visitors' target.
    expect(parts.some((p) => TARGETS[0].applies(p.name))).toBe(false);
  });

  it("expect a member's account in a member's answer, their markets on the home page, and the shop's stock left in everybody's", () => {
    expect(part("market page, member: personal part")?.expect).toEqual(['"account":{']);
    expect(part("home, member: personal part")?.expect).toEqual(
      expect.arrayContaining(["Marché de test", '"account":{']),
    );
    expect(part("shop page, member: personal part")?.expect).toEqual(
      expect.arrayContaining(['"account":{', '"stockLeft":{"']),
    );
    expect(part("shop page, visitor: personal part")?.expect).toEqual(['"stockLeft":{"']);
  });

  it("time the member's shop personal part alone, and hold the member's shop page view to its target", () => {
    expect(parts.filter((p) => p.serverTime).map((p) => p.name)).toEqual(["shop page, member: personal part"]);
    const memberTarget = TARGETS.find((t) => /member/.test(t.label))!;
    expect(parts.filter((p) => memberTarget.applies(p.view)).map((p) => p.name)).toEqual([
      "shop page, member: personal part",
    ]);
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

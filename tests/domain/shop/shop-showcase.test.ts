import { describe, expect, it } from "vitest";
import { showcaseFilters, showcaseRewrite } from "@/lib/shop-showcase";

const rewrite = (path: string, { cookieLocale, acceptLanguage = null }: { cookieLocale?: string; acceptLanguage?: string | null } = {}) => {
  const url = new URL(path, "http://cabas.test");
  return showcaseRewrite({ pathname: url.pathname, searchParams: url.searchParams, cookieLocale, acceptLanguage });
};

describe("the shop showcase", () => {
  it("sends a shop address to one cached copy per language, category and page", () => {
    expect(rewrite("/m/bellefontaine/distributions/cmabc123")).toBe("/vitrine/fr/bellefontaine/cmabc123/toutes/1");
    expect(rewrite("/m/bellefontaine/distributions/cmabc123?categorie=BAKERY&page=2", { acceptLanguage: "en-GB,en;q=0.8" })).toBe("/vitrine/en/bellefontaine/cmabc123/BAKERY/2");
    // The chosen language wins over the browser's; filters the page would ignore are ignored here too.
    expect(rewrite("/m/bellefontaine/distributions/cmabc123?categorie=nope&page=abc&utm_source=mail", { cookieLocale: "fr", acceptLanguage: "en" })).toBe("/vitrine/fr/bellefontaine/cmabc123/toutes/1");
  });

  it("leaves searches, deep pages and other addresses live", () => {
    expect(rewrite("/m/bellefontaine/distributions/cmabc123?q=pain")).toBeNull();
    expect(rewrite("/m/bellefontaine/distributions/cmabc123?page=31")).toBeNull();
    expect(rewrite("/m/bellefontaine")).toBeNull();
    expect(rewrite("/m/bellefontaine/distributions/cmabc123/extra")).toBeNull();
    expect(rewrite("/m/Bellefontaine/distributions/cm%20abc")).toBeNull();
  });

  it("reads back only the segments the rewrite produces", () => {
    expect(showcaseFilters({ category: "toutes", page: "1" })).toEqual({ page: 1 });
    expect(showcaseFilters({ category: "DAIRY", page: "30" })).toEqual({ category: "DAIRY", page: 30 });
    for (const [category, page] of [["toutes", "0"], ["toutes", "31"], ["toutes", "01"], ["toutes", "1.5"], ["laitages", "1"], ["constructor", "1"]]) {
      expect(showcaseFilters({ category, page })).toBeNull();
    }
  });
});

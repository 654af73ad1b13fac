import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { matchHas } from "next/dist/shared/lib/router/utils/prepare-destination";
import { describe, expect, it } from "vitest";
import { isAudience, showcaseFilters, showcaseRewrites } from "@/lib/shop-showcase";

// Where Next's router sends a GET: the rules are matched with Next's own matchers, first match wins.
function route(
  path: string,
  { cookies = {}, headers = {} }: { cookies?: Record<string, string>; headers?: Record<string, string> } = {},
) {
  const url = new URL(path, "http://cabas.test");
  const query = Object.fromEntries(url.searchParams);
  for (const rule of showcaseRewrites()) {
    const pathParams = getPathMatch(rule.source)(url.pathname);
    if (!pathParams) continue;
    const cookieHeader = Object.entries(cookies)
      .map(([name, value]) => `${name}=${value}`)
      .join("; ");
    const hasParams = matchHas(
      { headers: { ...headers, ...(cookieHeader ? { cookie: cookieHeader } : {}) }, cookies } as never,
      query,
      rule.has,
      rule.missing,
    );
    if (!hasParams) continue;
    const params: Record<string, string> = { ...pathParams, ...hasParams };
    return rule.destination.replace(/:(\w+)/g, (_, name: string) => params[name]);
  }
  return url.pathname;
}

const shop = "/m/bellefontaine/distributions/cmwvdesd3001xwl7dyfc9ov0b";

describe("the shop showcase", () => {
  it("sends visitors to one cached copy per language, category and page", () => {
    expect(route(shop)).toBe("/vitrine/fr/visiteur/bellefontaine/cmwvdesd3001xwl7dyfc9ov0b/toutes/1");
    expect(route(`${shop}?categorie=BAKERY&page=2`)).toBe(
      "/vitrine/fr/visiteur/bellefontaine/cmwvdesd3001xwl7dyfc9ov0b/BAKERY/2",
    );
    expect(route(`${shop}?page=30`)).toBe("/vitrine/fr/visiteur/bellefontaine/cmwvdesd3001xwl7dyfc9ov0b/toutes/30");
    expect(route(`${shop}?categorie=DAIRY`)).toBe(
      "/vitrine/fr/visiteur/bellefontaine/cmwvdesd3001xwl7dyfc9ov0b/DAIRY/1",
    );
    // The search form sends empty fields; other parameters (a mailing's) change nothing.
    expect(route(`${shop}?q=&categorie=&utm_source=mail`)).toBe(
      "/vitrine/fr/visiteur/bellefontaine/cmwvdesd3001xwl7dyfc9ov0b/toutes/1",
    );
  });

  it("picks the language as the live page does: chosen, else the browser's first supported one, else French", () => {
    expect(route(shop, { headers: { "accept-language": "en-GB,en;q=0.8" } })).toBe(
      "/vitrine/en/visiteur/bellefontaine/cmwvdesd3001xwl7dyfc9ov0b/toutes/1",
    );
    expect(route(shop, { headers: { "accept-language": "de-DE, en;q=0.5" } })).toContain("/vitrine/en/");
    expect(route(shop, { headers: { "accept-language": "de-DE, fr;q=0.7, en;q=0.5" } })).toContain("/vitrine/fr/");
    expect(route(shop, { headers: { "accept-language": "de-DE" } })).toContain("/vitrine/fr/");
    expect(route(shop, { cookies: { "cabas-locale": "fr" }, headers: { "accept-language": "en" } })).toContain(
      "/vitrine/fr/",
    );
    expect(route(shop, { cookies: { "cabas-locale": "en" } })).toContain("/vitrine/en/");
    expect(route(shop, { cookies: { "cabas-locale": "xx" }, headers: { "accept-language": "en" } })).toContain(
      "/vitrine/en/",
    );
  });

  it("sends signed-in members, their server actions included, to the members' copy", () => {
    const member = "/vitrine/fr/membre/bellefontaine/cmwvdesd3001xwl7dyfc9ov0b/toutes/1";
    expect(route(shop, { cookies: { "authjs.session-token": "jwt" } })).toBe(member);
    expect(route(shop, { cookies: { "cabas-locale": "fr", "__Secure-authjs.session-token": "jwt" } })).toBe(member);
    expect(route(shop, { cookies: { "authjs.session-token": "jwt" }, headers: { "next-action": "7f00" } })).toBe(
      member,
    );
    expect(
      route(`${shop}?categorie=DAIRY&page=3`, { cookies: { "authjs.session-token": "jwt", "cabas-locale": "en" } }),
    ).toBe("/vitrine/en/membre/bellefontaine/cmwvdesd3001xwl7dyfc9ov0b/DAIRY/3");
    expect(route(shop, { cookies: { "my-authjs.session-token-copy": "x" } })).toContain("/visiteur/");
    expect(route(`${shop}?q=pain`, { cookies: { "authjs.session-token": "jwt" } })).toBe(shop);
  });

  it("leaves searches, odd filters, deep pages and visitors' server actions on the live page", () => {
    expect(route(shop, { headers: { "next-action": "7f00" } })).toBe(shop);
    for (const query of [
      "q=pain",
      "page=31",
      "page=0",
      "page=01",
      "categorie=nope",
      "categorie=constructor",
      "categorie=BAKERY&page=x",
    ]) {
      expect(route(`${shop}?${query}`)).toBe(shop);
    }
    expect(route("/m/bellefontaine")).toBe("/m/bellefontaine");
    expect(route("/m/bellefontaine/distributions/x")).toBe("/m/bellefontaine/distributions/x");
    expect(route("/m/Belle%20fontaine/distributions/cmwvdesd3001xwl7dyfc9ov0b")).toBe(
      "/m/Belle%20fontaine/distributions/cmwvdesd3001xwl7dyfc9ov0b",
    );
  });

  it("reads back only the segments the rewrites produce", () => {
    expect(["visiteur", "membre", "admin"].map(isAudience)).toEqual([true, true, false]);
    expect(showcaseFilters({ category: "toutes", page: "1" })).toEqual({ page: 1 });
    expect(showcaseFilters({ category: "DAIRY", page: "30" })).toEqual({ category: "DAIRY", page: 30 });
    for (const [category, page] of [
      ["toutes", "0"],
      ["toutes", "31"],
      ["toutes", "01"],
      ["toutes", "1.5"],
      ["laitages", "1"],
      ["constructor", "1"],
    ]) {
      expect(showcaseFilters({ category, page })).toBeNull();
    }
  });
});

import { describe, expect, it } from "vitest";
import { parseShopFilters, parseShopPathFilters, shopFiltersPath, shopSearch } from "@/lib/validation/shop-filters";

const shop = "/m/bio/distributions/d1";
const path = (filters: Parameters<typeof shopFiltersPath>[2]) => shopFiltersPath("bio", "d1", filters);

// PostgreSQL refuses a query whose text holds U+0000: a search for « pain%00 » must not become a failed page.
it("a NUL character in the shop's search is read as U+FFFD", () => {
  expect(parseShopFilters({ q: "pain\u0000" }).search).toBe("pain\uFFFD");
});

describe("a shop page's address", () => {
  it.each([
    [{ page: 1 }, shop],
    [{ category: "BAKERY" as const, page: 1 }, `${shop}/bakery`],
    [{ category: "FRUITS_VEGETABLES" as const, page: 2 }, `${shop}/fruits-vegetables/2`],
    [{ page: 3 }, `${shop}/toutes/3`],
    [{ search: "pain", page: 1 }, `${shop}/recherche/pain`],
    [{ search: "pain de mie", category: "BAKERY" as const, page: 2 }, `${shop}/recherche/pain%20de%20mie/bakery/2`],
    [{ search: "50% / _?#", page: 2 }, `${shop}/recherche/50%25%20%2F%20_%3F%23/toutes/2`],
  ])("%j is %s", (filters, expected) => {
    expect(path(filters)).toBe(expected);
  });

  it("reads back the category and page that follow a search, as it does after the shop's address", () => {
    const written = path({ search: "pain", category: "GROCERY", page: 4 });
    const [, segment, ...rest] = written.slice(shop.length + 1).split("/");
    expect(decodeURIComponent(segment)).toBe("pain");
    expect(parseShopPathFilters(rest)).toEqual({ category: "GROCERY", page: 4 });
  });

  it("sends the search form's query on to the search's address", () => {
    expect(path(parseShopFilters({ q: "  Œufs frais ", categorie: "DAIRY", page: "1" }))).toBe(
      `${shop}/recherche/%C5%92ufs%20frais/dairy`,
    );
    expect(path(parseShopFilters({ q: "   ", categorie: "DAIRY" }))).toBe(`${shop}/dairy`);
  });
});

describe("a name search as the shop reads it", () => {
  it("is trimmed and cut at 80 characters, none when empty", () => {
    expect(shopSearch("  pain ")).toBe("pain");
    expect(shopSearch("x".repeat(100))).toBe("x".repeat(80));
    expect(shopSearch("🍞".repeat(100))).toBe("🍞".repeat(80));
    expect(shopSearch(" \t ")).toBeUndefined();
    expect(shopSearch(null)).toBeUndefined();
    expect(shopSearch("pain\uD83D")).toBe("pain\uFFFD");
  });

  // The search page sends any other spelling to this one, so each search has one address.
  it("reads its own result as it is", () => {
    for (const typed of ["  Pain  de mie ", "x".repeat(90), `${"x".repeat(79)} y`, "café\u0000", "🍞".repeat(81)]) {
      const search = shopSearch(typed)!;
      expect(shopSearch(search)).toBe(search);
    }
  });
});

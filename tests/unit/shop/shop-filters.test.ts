import { expect, it } from "vitest";
import { parseShopFilters } from "@/lib/validation/shop-filters";

// PostgreSQL refuses a query whose text holds U+0000: a search for « pain%00 » must not become a failed page.
it("a NUL character in the shop's search is read as U+FFFD", () => {
  expect(parseShopFilters({ q: "pain\u0000" }).search).toBe("pain\uFFFD");
});

import { describe, expect, it } from "vitest";
import { pageRoutes, ROUTES } from "../../e2e/accessibility/routes";

// The accessibility pass (tests/e2e/accessibility/pages.spec.ts) opens the pages of tests/e2e/accessibility/
// routes.ts: a page the route tree has and that list lacks would go unchecked.
describe("the pages the accessibility pass checks", () => {
  it("are every page of the route tree, and no other", () => {
    const routes = pageRoutes();
    expect(routes.length).toBeGreaterThan(40);
    expect(
      routes.filter((route) => !(route in ROUTES)),
      "routes without an entry in routes.ts",
    ).toEqual([]);
    expect(
      Object.keys(ROUTES).filter((route) => !routes.includes(route)),
      "entries for no route",
    ).toEqual([]);
  });
});

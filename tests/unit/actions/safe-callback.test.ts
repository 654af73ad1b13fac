import { describe, expect, it } from "vitest";
import { safeCallbackPath, withCallback } from "@/lib/actions/form-state";

describe("safeCallbackPath", () => {
  it.each([
    ["/m/bellefontaine", "/m/bellefontaine"],
    [
      "/m/bellefontaine/distributions/d1?categorie=BAKERY#panier",
      "/m/bellefontaine/distributions/d1?categorie=BAKERY#panier",
    ],
    ["http://127.0.0.1:3100/producteur?nouveau=1", "/producteur?nouveau=1"],
    ["https://evil.example/steal?x=1", "/steal?x=1"],
    ["/a/../compte", "/compte"],
  ])("keeps the site path of %s → %s", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });

  it.each([
    "//x",
    "//evil.example",
    "/\\evil.example",
    "/\\/evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "\t//evil.example",
    "http://x//evil.example/a",
    "https://x/\\evil.example",
    "/.//evil.example",
    "/%2e//evil.example",
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "data:text/html,hi",
    "evil.example",
    "",
  ])("refuses %j and falls back", (input) => {
    expect(safeCallbackPath(input)).toBe("/");
    expect(safeCallbackPath(input, "/compte")).toBe("/compte");
  });

  it("refuses what is not a string", () => {
    expect(safeCallbackPath(null)).toBe("/");
    expect(safeCallbackPath(new File([], "x"))).toBe("/");
  });
});

describe("withCallback", () => {
  it("carries a page back through the sign-in pages, and nothing for the home page", () => {
    expect(withCallback("/inscription", "/m/bellefontaine")).toBe("/inscription?callbackUrl=%2Fm%2Fbellefontaine");
    expect(withCallback("/mot-de-passe-oublie", "/")).toBe("/mot-de-passe-oublie");
  });
});

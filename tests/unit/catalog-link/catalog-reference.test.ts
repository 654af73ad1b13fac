import { describe, expect, it } from "vitest";
import {
  catalogNumberOf,
  catalogShortcutPath,
  parseCatalogReference,
} from "@/lib/domain/catalog-link/catalog-reference";

describe("parseCatalogReference", () => {
  it.each([
    ["123", { number: 123, key: null }],
    [" 42 ", { number: 42, key: null }],
    ["https://cabas.example/catalogues/123", { number: 123, key: null }],
    ["https://cabas.example/catalogues/123/", { number: 123, key: null }],
    ["/catalogues/7?cle=abc123", { number: 7, key: "abc123" }],
    [`https://cabas.example${catalogShortcutPath(9, "s3cr3t")}`, { number: 9, key: "s3cr3t" }],
    ["https://cabas.example/catalogues/9?cle=", { number: 9, key: null }],
    ["https://cabas.example/catalogues/9/relier?cle=s3cr3t", { number: 9, key: "s3cr3t" }],
    ["https://cabas.example/en/catalogues/9/relier", { number: 9, key: null }],
  ])("%s", (text, expected) => {
    expect(parseCatalogReference(text)).toEqual(expected);
  });

  it.each(["", "abc", "catalogue 12", "https://cabas.example/produits/12", "1234567890", "/catalogues/9/autre"])(
    "refuses %j",
    (text) => {
      expect(parseCatalogReference(text)).toBeNull();
    },
  );
});

describe("catalogNumberOf", () => {
  it("reads a catalog page's number as its address writes it", () => {
    expect(catalogNumberOf("123")).toBe(123);
    expect(catalogNumberOf("2147483647")).toBe(2_147_483_647);
  });

  // Each other spelling would be one more cached copy of the same page.
  it.each(["0", "007", "1e2", "12.0", " 12", "+12", "2147483648", "99999999999", ""])("refuses %j", (segment) => {
    expect(catalogNumberOf(segment)).toBeNull();
  });
});

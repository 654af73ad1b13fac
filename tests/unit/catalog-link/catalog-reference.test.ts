import { describe, expect, it } from "vitest";
import { catalogShortcutPath, parseCatalogReference } from "@/lib/domain/catalog-link/catalog-reference";

describe("parseCatalogReference", () => {
  it.each([
    ["123", { number: 123, key: null }],
    [" 42 ", { number: 42, key: null }],
    ["https://cabas.example/catalogues/123", { number: 123, key: null }],
    ["https://cabas.example/catalogues/123/", { number: 123, key: null }],
    ["/catalogues/7?cle=abc123", { number: 7, key: "abc123" }],
    [`https://cabas.example${catalogShortcutPath(9, "s3cr3t")}`, { number: 9, key: "s3cr3t" }],
    ["https://cabas.example/catalogues/9?cle=", { number: 9, key: null }],
  ])("%s", (text, expected) => {
    expect(parseCatalogReference(text)).toEqual(expected);
  });

  it.each(["", "abc", "catalogue 12", "https://cabas.example/produits/12", "1234567890"])("refuses %j", (text) => {
    expect(parseCatalogReference(text)).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { listHref, matchesText, parseListQuery, sortLink, sortRows } from "@/lib/list-query";

const options = { columns: ["nom", "solde"] as const, filters: ["dette"] as const, defaultSort: "nom" as const };

describe("admin list queries", () => {
  it("reads the sort, direction, words and filter from the address, ignoring what it does not know", () => {
    expect(parseListQuery({ tri: "solde", ordre: "desc", q: "  martin ", filtre: "dette" }, options)).toEqual({
      sort: "solde",
      direction: "desc",
      text: "martin",
      filter: "dette",
    });
    expect(parseListQuery({ tri: "motdepasse", ordre: "up", filtre: ["x", "dette"] }, options)).toEqual({
      sort: "nom",
      direction: "asc",
      text: "",
      filter: null,
    });
  });

  it("leaves the defaults out of the address and keeps the rest when a header changes the sort", () => {
    const query = parseListQuery({ q: "é", filtre: "dette" }, options);
    expect(listHref("/admin/m/membres", query, {}, "nom")).toBe("/admin/m/membres?q=%C3%A9&filtre=dette");
    expect(sortLink("/p", query, "nom", "nom")).toEqual({
      sorted: "ascending",
      href: "/p?q=%C3%A9&filtre=dette&ordre=desc",
    });
    expect(sortLink("/p", query, "solde", "nom")).toEqual({
      sorted: undefined,
      href: "/p?q=%C3%A9&filtre=dette&tri=solde",
    });
    expect(sortLink("/p", { ...query, sort: "solde", direction: "desc" }, "solde", "nom").sorted).toBe("descending");
  });

  it("sorts text in the reader's language and numbers as numbers, both ways", () => {
    const rows = [
      { n: "Zoé", c: 10 },
      { n: "élodie", c: -200 },
      { n: "Arthur", c: 9 },
    ];
    expect(sortRows(rows, (r) => r.n, "asc", "fr").map((r) => r.n)).toEqual(["Arthur", "élodie", "Zoé"]);
    expect(sortRows(rows, (r) => r.c, "desc", "fr").map((r) => r.c)).toEqual([10, 9, -200]);
    expect(rows[0].n).toBe("Zoé");
  });

  it("finds every word, whatever its case and accents", () => {
    expect(matchesText("", ["x"])).toBe(true);
    expect(matchesText("elodie MART", ["Élodie", "Martin", null])).toBe(true);
    expect(matchesText("elodie dupont", ["Élodie", "Martin"])).toBe(false);
  });
});

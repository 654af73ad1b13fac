import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/domain/errors";
import { applyDfcImport, previewDfcImport } from "@/lib/domain/dfc/import-dfc-catalog";
import { MAX_DFC_BYTES } from "@/lib/domain/dfc/read-dfc-catalog";
import { dfcFixture, producerWithEmptyCatalog } from "./support";

const productsOf = (catalogId: string) =>
  db().product.findMany({
    where: { catalogId },
    orderBy: { name: "asc" },
    select: {
      name: true,
      unit: true,
      quantityPerUnit: true,
      priceCents: true,
      vatRateBp: true,
      stock: true,
      dfcId: true,
    },
  });

const row = (p: Awaited<ReturnType<typeof productsOf>>[number]) => [
  p.name,
  p.unit,
  p.quantityPerUnit.toString(),
  p.priceCents,
  p.vatRateBp,
  p.stock?.toString() ?? null,
];

const FDC = "https://env-0105831.jcloud-ver-jpe.ik-server.com/api/dfc/Enterprises/test-hodmedod/SuppliedProducts/";

describe("importing a DFC catalog", () => {
  it("reads the Food Data Collaboration's catalog as the file says, then updates rather than duplicates", async () => {
    const { actor, catalogId } = await producerWithEmptyCatalog();
    const text = dfcFixture("fdc-catalog.json");
    const preview = await previewDfcImport({ actor, catalogId, text });
    expect(preview.map((l) => l.action)).toEqual(Array(8).fill("create"));
    // Its prices are in pounds sterling: imported as they are, and said so.
    expect(preview.every((l) => l.warnings.includes("CURRENCY_NOT_EURO"))).toBe(true);
    expect(await db().product.count({ where: { catalogId } })).toBe(0);

    expect(await applyDfcImport({ actor, catalogId, text })).toEqual({ created: 8, updated: 0, refused: 0 });
    // Read by hand from the file: each SuppliedProduct's hasQuantity (dfc-m:Kilogram and its value; a value of 0
    // is a weight the peer does not know, sold by the piece), its Offer's Price (value, VATrate 0) and its
    // CatalogItem's stockLimitation (-1: not limited).
    expect((await productsOf(catalogId)).map(row)).toEqual([
      ["Apple Balsamic Vinegar - Case, 6 x 40ml", "KG", "0.24", 3020, 0, "5"],
      ["Apple Balsamic Vinegar - Retail bottle, 40ml", "KG", "0.04", 625, 0, null],
      ["Baked British Beans - Case, 12 x 400g (can)", "KG", "4.8", 1885, 0, null],
      ["Baked British Beans - Retail can, 400g (can)", "KG", "0.4", 209, 0, null],
      ["Chia Seed, Organic - Case, 8 x 300g", "KG", "2.4", 2395, 0, null],
      ["Chia Seed, Organic - Retail pack, 300g", "KG", "0.3", 399, 0, null],
      ["Dulse Flakes - Case, 10 x 30g", "PIECE", "1", 4500, 0, "2"],
      ["Dulse Flakes - Retail pouch, 30g", "PIECE", "1", 595, 0, "5"],
    ]);
    const vinegar = await db().product.findFirstOrThrow({ where: { catalogId, name: { startsWith: "Apple" } } });
    expect(vinegar.description).toMatch(/^This rich, intense and deeply flavoured 6-year old apple balsamic/);
    expect(vinegar.description).not.toContain("<");

    // The same file again, with a new price and stock for one product: updated in place, nothing duplicated.
    const changed = text
      .replace('"dfc-b:value" : "6.25"', '"dfc-b:value" : "6.50"')
      .replace(
        '"dfc-b:sku" : "LIB/NABVI/C6",\n         "dfc-b:stockLimitation" : "5"',
        '"dfc-b:sku" : "LIB/NABVI/C6",\n         "dfc-b:stockLimitation" : "7"',
      );
    expect(changed).not.toBe(text);
    expect((await previewDfcImport({ actor, catalogId, text: changed })).map((l) => l.action)).toEqual(
      Array(8).fill("update"),
    );
    expect(await applyDfcImport({ actor, catalogId, text: changed })).toEqual({ created: 0, updated: 8, refused: 0 });
    const after = await productsOf(catalogId);
    expect(after).toHaveLength(8);
    expect(after.map(row)[1]).toEqual(["Apple Balsamic Vinegar - Retail bottle, 40ml", "KG", "0.04", 650, 0, null]);
    expect(after.map(row)[0][5]).toBe("7");
    expect(after[1].dfcId).toBe(`${FDC}44519466238259`);
  });

  it("imports one product as Open Food Network serves it", async () => {
    const { actor, catalogId } = await producerWithEmptyCatalog();
    const text = dfcFixture("ofn-product.GET.json");
    const [line] = await previewDfcImport({ actor, catalogId, text });
    // VATrate « 1 » is no French rate: the default one is applied, and the preview says so.
    expect(line).toMatchObject({ name: "Fillet Steak - 201g x 1 Steak", action: "create", reason: null });
    expect(line.warnings).toEqual(["VAT_RATE_UNKNOWN"]);
    expect(await applyDfcImport({ actor, catalogId, text })).toEqual({ created: 1, updated: 0, refused: 0 });
    expect((await productsOf(catalogId)).map(row)).toEqual([
      ["Fillet Steak - 201g x 1 Steak", "PIECE", "1", 1206, 550, "11"],
    ]);
  });

  it("refuses a product with an unknown unit or without a price, and imports the others", async () => {
    const { actor, catalogId } = await producerWithEmptyCatalog();
    const product = (id: string, unit: string, price: object | null) => [
      {
        "@id": `https://peer.example/p/${id}`,
        "@type": "dfc-b:SuppliedProduct",
        "dfc-b:name": `Produit ${id}`,
        "dfc-b:hasQuantity": { "@type": "dfc-b:QuantitativeValue", "dfc-b:hasUnit": unit, "dfc-b:value": 2 },
        "dfc-b:hasType": "dfc-pt:carrot",
        "dfc-b:referencedBy": `https://peer.example/i/${id}`,
      },
      {
        "@id": `https://peer.example/i/${id}`,
        "@type": "dfc-b:CatalogItem",
        "dfc-b:offeredThrough": `https://peer.example/o/${id}`,
      },
      { "@id": `https://peer.example/o/${id}`, "@type": "dfc-b:Offer", ...(price ? { "dfc-b:hasPrice": price } : {}) },
    ];
    const price = {
      "@type": "dfc-b:Price",
      "dfc-b:value": "3.20",
      "dfc-b:VATrate": "5.5",
      "dfc-b:hasUnit": "dfc-m:Euro",
    };
    const text = JSON.stringify({
      "@context": "https://w3id.org/dfc/ontology/context/context_1.16.0.json",
      "@graph": [
        ...product("a", "dfc-m:Kilogram", price),
        ...product("b", "dfc-m:Metre", price),
        ...product("c", "dfc-m:Gram", null),
        ...product("d", "dfc-m:Dozen", price),
        ...product("e", "dfc-m:GrainBulk", price),
      ],
    });
    expect(
      (await previewDfcImport({ actor, catalogId, text })).map((l) => [l.name, l.action, l.reason, l.warnings]),
    ).toEqual([
      ["Produit a", "create", null, []],
      ["Produit b", "refuse", "UNIT_UNKNOWN", []],
      ["Produit c", "refuse", "PRICE_MISSING", []],
      ["Produit d", "create", null, []],
      ["Produit e", "create", null, []],
    ]);
    expect(await applyDfcImport({ actor, catalogId, text })).toEqual({ created: 3, updated: 0, refused: 2 });
    const products = await db().product.findMany({ where: { catalogId }, orderBy: { name: "asc" } });
    expect(
      products.map((p) => [p.name, p.unit, p.quantityPerUnit.toString(), p.bulk, p.step?.toString() ?? null]),
    ).toEqual([
      ["Produit a", "KG", "2", false, null],
      // A dozen is twelve pieces; grain in bulk is sold by the kilo in steps of 100 g.
      ["Produit d", "PIECE", "24", false, null],
      ["Produit e", "KG", "2", true, "0.1"],
    ]);
    // dfc-pt:carrot is a vegetable; 5.5 % is 550 basis points.
    expect(products.every((p) => p.category === "FRUITS_VEGETABLES" && p.vatRateBp === 550)).toBe(true);
  });

  it.each([
    ["a malformed file", '{"@context": "https://www.datafoodconsortium.org", "@graph": [', "DFC_MALFORMED"],
    ["a JSON that is not DFC", JSON.stringify({ products: [{ name: "Pommes", price: 3 }] }), "DFC_NOT_DFC"],
    [
      "a context Cabas does not know",
      JSON.stringify({ "@context": "https://schema.org/", "@type": "Product", name: "Pommes" }),
      "DFC_CONTEXT_UNKNOWN",
    ],
    [
      "a DFC 2.0 catalog",
      dfcFixture("fdc-catalog.json").replace(
        '"https://www.datafoodconsortium.org"',
        '"https://w3id.org/dfc/ontology/context/context_2.0.0.json"',
      ),
      "DFC_VERSION_2",
    ],
    [
      "a file over 20 MB",
      dfcFixture("fdc-catalog.json").replace('"@graph"', `"padding": "${"x".repeat(MAX_DFC_BYTES)}", "@graph"`),
      "DFC_TOO_LARGE",
    ],
  ])("refuses %s with a clear error and writes nothing", async (_name, text, code) => {
    const { actor, catalogId } = await producerWithEmptyCatalog();
    await expect(previewDfcImport({ actor, catalogId, text })).rejects.toEqual(new DomainError(code));
    await expect(applyDfcImport({ actor, catalogId, text })).rejects.toEqual(new DomainError(code));
    expect(await db().product.count({ where: { catalogId } })).toBe(0);
  });

  it("writes all the products or none: a failure on the last one leaves none of the others", async () => {
    const { actor, catalogId } = await producerWithEmptyCatalog();
    // A name only the database refuses (a NUL byte in a text column), on the last product of the file.
    const text = dfcFixture("fdc-catalog.json").replace(
      '"Dulse Flakes - Case, 10 x 30g"',
      '"Dulse Flakes - Case, 10 x 30g\\u0000"',
    );
    await expect(applyDfcImport({ actor, catalogId, text })).rejects.toThrow();
    expect(await db().product.count({ where: { catalogId } })).toBe(0);
  });

  it("imports into the actor's own catalogs only", async () => {
    const mine = await producerWithEmptyCatalog("Ferme A");
    const theirs = await producerWithEmptyCatalog("Ferme B");
    const text = dfcFixture("ofn-product.GET.json");
    await expect(applyDfcImport({ actor: mine.actor, catalogId: theirs.catalogId, text })).rejects.toEqual(
      new DomainError("NOT_FOUND"),
    );
    expect(await db().product.count({ where: { catalogId: theirs.catalogId } })).toBe(0);
  });
});

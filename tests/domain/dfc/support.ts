import { readFileSync } from "node:fs";
import path from "node:path";
import { loadActor } from "@/lib/domain/access/actor";
import { createCatalog } from "@/lib/domain/catalog/producer-catalogs";
import { createProducer } from "@/lib/domain/producer/create-producer";
import { createUser } from "../../support/factories";
import { townGeocoder } from "../../support/fake-geocoder";

// The reference files of ../shared/fixtures/dfc (README there): real documents no one on this project wrote.
export const DFC_FIXTURES = path.resolve(process.cwd(), "../shared/fixtures/dfc");
export const dfcFixture = (name: string) => readFileSync(path.join(DFC_FIXTURES, name), "utf8");

// A producer of its own with one empty catalog, and its owner as actor.
export async function producerWithEmptyCatalog(name = "Ferme DFC") {
  const userId = (await createUser()).id;
  const { id: producerId } = await createProducer({
    actor: await loadActor(userId),
    input: {
      name,
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
  const catalog = await createCatalog({ actor, producerId, name: "Catalogue importé", description: null });
  return { actor, producerId, catalogId: catalog.id };
}

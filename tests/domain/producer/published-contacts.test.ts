import { describe, expect, it } from "vitest";
import { loadActor } from "@/lib/domain/access/actor";
import { createProducer } from "@/lib/domain/producer/create-producer";
import { getPublicProducerOrThrow } from "@/lib/domain/producer/get-public-producer";
import { getProducerProfileOrThrow, updateProducer } from "@/lib/domain/producer/update-producer";
import { producerSchema } from "@/lib/validation/producer";
import { createUser } from "../../support/factories";
import { townGeocoder } from "../../support/fake-geocoder";

const details = {
  name: "Ferme des Noyers",
  description: "",
  address: "4 chemin des Noyers",
  zipCode: "69780",
  city: "Mions",
  phone: "06 12 34 56 78",
  email: "noyers@exemple.fr",
  website: "www.noyers.fr",
};

describe("a producer's published contact details", () => {
  it("keeps phone, e-mail and street private until the producer chooses to show each", async () => {
    const userId = (await createUser()).id;
    const { id: producerId } = await createProducer({
      actor: await loadActor(userId),
      input: details,
      geocoder: townGeocoder,
    });
    const actor = await loadActor(userId);
    const { slug } = await getProducerProfileOrThrow({ actor, producerId });

    // Created without a choice: only the town (in the page's header) and the website are public.
    expect((await getPublicProducerOrThrow(slug)).contact).toEqual({
      phone: null,
      email: null,
      address: null,
      website: "www.noyers.fr",
    });
    expect(JSON.stringify(await getPublicProducerOrThrow(slug))).not.toMatch(/06 12 34|noyers@|chemin/);

    // The profile form: the phone shown, the e-mail and the street kept private (boxes left unticked).
    const form = producerSchema.parse({ ...details, publishPhone: "on" });
    await updateProducer({ actor, producerId, input: form, photos: [], geocoder: townGeocoder });
    const published = await getPublicProducerOrThrow(slug);
    expect(published.contact).toEqual({
      phone: "06 12 34 56 78",
      email: null,
      address: null,
      website: "www.noyers.fr",
    });
    expect(JSON.stringify(published)).not.toMatch(/noyers@|chemin/);
    expect(await getProducerProfileOrThrow({ actor, producerId })).toMatchObject({
      publishPhone: true,
      publishEmail: false,
      publishAddress: false,
    });

    // Every box ticked, then the phone taken back: it is private again.
    const all = producerSchema.parse({ ...details, publishPhone: "on", publishEmail: "on", publishAddress: "on" });
    await updateProducer({ actor, producerId, input: all, photos: [], geocoder: townGeocoder });
    expect((await getPublicProducerOrThrow(slug)).contact).toEqual({
      phone: "06 12 34 56 78",
      email: "noyers@exemple.fr",
      address: "4 chemin des Noyers",
      website: "www.noyers.fr",
    });
    const withdrawn = producerSchema.parse({ ...details, publishEmail: "on", publishAddress: "on" });
    await updateProducer({ actor, producerId, input: withdrawn, photos: [], geocoder: townGeocoder });
    expect((await getPublicProducerOrThrow(slug)).contact.phone).toBeNull();
  });

  it("refuses a publishing choice that no checkbox sends", () => {
    const parsed = producerSchema.safeParse({ ...details, publishPhone: "yes" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["publishPhone"], message: "choiceInvalid" });
  });
});

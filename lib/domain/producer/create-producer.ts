import { db } from "@/lib/db/client";
import type { ProducerInput } from "@/lib/validation/producer";
import type { Actor } from "../access/actor";
import { type Geocoder, locateAddress } from "../geocoding/geocoder";
import { createWithFreeSlug } from "../slug";

// A free producer account: its creator is the owner; more users can be added later.
// The farm's address, when given, is placed by the geocoder before anything is written.
export async function createProducer({
  actor,
  input,
  geocoder,
}: {
  actor: Actor;
  input: ProducerInput;
  geocoder: Geocoder;
}) {
  const position = await locateAddress(geocoder, input);
  return createWithFreeSlug(input.name, {
    taken: async (base) =>
      (await db().producer.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map(
        (p) => p.slug,
      ),
    create: (slug) =>
      db().producer.create({
        data: { ...input, ...position, slug, users: { create: { userId: actor.userId, role: "OWNER" } } },
        select: { id: true },
      }),
  });
}

export async function listMyProducers({ actor }: { actor: Actor }) {
  return db().producer.findMany({
    where: { id: { in: actor.producerIds } },
    select: { id: true, name: true, slug: true },
    orderBy: { name: "asc" },
  });
}

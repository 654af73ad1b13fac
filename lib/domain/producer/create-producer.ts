import { db } from "@/lib/db/client";
import type { ProducerInput } from "@/lib/validation/producer";
import type { Actor } from "../access/actor";
import { createWithFreeSlug } from "../slug";

// A free producer account: its creator is the owner; more users can be added later.
export async function createProducer({ actor, input }: { actor: Actor; input: ProducerInput }) {
  return createWithFreeSlug(input.name, {
    taken: async (base) =>
      (await db().producer.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map(
        (p) => p.slug,
      ),
    create: (slug) =>
      db().producer.create({
        data: { ...input, slug, users: { create: { userId: actor.userId, role: "OWNER" } } },
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

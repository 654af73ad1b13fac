import { db, isUniqueViolation } from "@/lib/db/client";
import type { ProducerInput } from "@/lib/validation/producer";
import type { Actor } from "../access/actor";
import { slugify } from "../market-admin/create-market";

// A free producer account: its creator is the owner; more users can be added later.
export async function createProducer({ actor, input }: { actor: Actor; input: ProducerInput }) {
  const base = slugify(input.name);
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      return await db().producer.create({
        data: {
          ...input,
          slug: attempt === 0 ? base : `${base}-${attempt + 1}`,
          users: { create: { userId: actor.userId, role: "OWNER" } },
        },
        select: { id: true },
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new Error("could not find a free slug");
}

export async function listMyProducers({ actor }: { actor: Actor }) {
  return db().producer.findMany({
    where: { id: { in: actor.producerIds } },
    select: { id: true, name: true, slug: true },
    orderBy: { name: "asc" },
  });
}

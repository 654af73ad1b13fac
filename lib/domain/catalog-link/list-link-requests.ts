import { db } from "@/lib/db/client";
import { requireProducerUser, type Actor } from "../access/actor";

// What a producer's space shows under « Demandes des marchés »: requests still waiting for an answer.
export async function listLinkRequests({ actor, producerId }: { actor: Actor; producerId: string }) {
  requireProducerUser(actor, producerId);
  return db().catalogLinkRequest.findMany({
    where: { status: "PENDING", catalog: { producerId } },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      createdAt: true,
      catalog: { select: { name: true, number: true } },
      market: {
        select: {
          name: true,
          slug: true,
          timeZone: true,
          places: { where: { archivedAt: null }, select: { city: true }, take: 1 },
        },
      },
      requestedBy: { select: { firstName: true, lastName: true } },
    },
  });
}

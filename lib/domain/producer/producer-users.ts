import { db } from "@/lib/db/client";
import { requireProducerOwner, requireProducerUser, type Actor } from "../access/actor";
import { DomainError } from "../errors";

// Several people can run one producer account; only its owners add others (who need a Cabas account) or
// remove them. An owner is never removed here: the account always keeps the person who answers for it.
export async function addProducerUser({
  actor,
  producerId,
  email,
}: {
  actor: Actor;
  producerId: string;
  email: string;
}) {
  requireProducerOwner(actor, producerId);
  const user = await db().user.findUnique({ where: { email }, select: { id: true } });
  if (!user) throw new DomainError("USER_UNKNOWN", "email");
  await db().producerUser.upsert({
    where: { producerId_userId: { producerId, userId: user.id } },
    create: { producerId, userId: user.id, role: "MEMBER" },
    update: {},
  });
}

export async function removeProducerUser({
  actor,
  producerId,
  userId,
}: {
  actor: Actor;
  producerId: string;
  userId: string;
}) {
  requireProducerOwner(actor, producerId);
  const removed = await db().producerUser.deleteMany({ where: { producerId, userId, role: "MEMBER" } });
  if (removed.count === 0) throw new DomainError("NOT_FOUND");
}

export async function listProducerUsers({ actor, producerId }: { actor: Actor; producerId: string }) {
  requireProducerUser(actor, producerId);
  return db().producerUser.findMany({
    where: { producerId },
    orderBy: { createdAt: "asc" },
    select: { role: true, user: { select: { id: true, firstName: true, lastName: true, email: true } } },
  });
}

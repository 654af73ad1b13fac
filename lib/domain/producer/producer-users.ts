import { db } from "@/lib/db/client";
import { requireProducerUser, type Actor } from "../access/actor";
import { DomainError } from "../errors";

// Several people can run one producer account; only its owners add others (who need a Cabas account).
export async function addProducerUser({
  actor,
  producerId,
  email,
}: {
  actor: Actor;
  producerId: string;
  email: string;
}) {
  requireProducerUser(actor, producerId);
  const me = await db().producerUser.findUnique({
    where: { producerId_userId: { producerId, userId: actor.userId } },
    select: { role: true },
  });
  if (me?.role !== "OWNER" && !actor.isOperator) throw new DomainError("FORBIDDEN");
  const user = await db().user.findUnique({ where: { email }, select: { id: true } });
  if (!user) throw new DomainError("USER_UNKNOWN", "email");
  await db().producerUser.upsert({
    where: { producerId_userId: { producerId, userId: user.id } },
    create: { producerId, userId: user.id, role: "MEMBER" },
    update: {},
  });
}

export async function listProducerUsers({ actor, producerId }: { actor: Actor; producerId: string }) {
  requireProducerUser(actor, producerId);
  return db().producerUser.findMany({
    where: { producerId },
    orderBy: { createdAt: "asc" },
    select: { role: true, user: { select: { firstName: true, lastName: true, email: true } } },
  });
}

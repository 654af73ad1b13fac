import { db } from "@/lib/db/client";
import type { Actor } from "../access/actor";
import { DomainError } from "../errors";
import { findOpenDayOrThrow } from "./referent-distribution";

// An admin names a referent for one distribution: a member of the market who joined it (nobody is given a role
// in a market they did not choose). Naming someone already named changes nothing.
export async function nameReferent({
  actor,
  marketId,
  distributionId,
  userId,
}: {
  actor: Actor;
  marketId: string;
  distributionId: string;
  userId: string;
}) {
  await db().$transaction(async (tx) => {
    await findOpenDayOrThrow(tx, actor, { marketId, distributionId });
    const member = await tx.membership.findFirst({
      where: { marketId, userId, leftAt: null, user: { deletedAt: null } },
      select: { id: true },
    });
    if (!member) throw new DomainError("REFERENT_NOT_MEMBER", "userId");
    await tx.distributionReferent.createMany({
      data: [{ distributionId, userId, namedById: actor.userId }],
      skipDuplicates: true,
    });
  });
}

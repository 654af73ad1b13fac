import { db } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";

export type MemberRights = {
  isAdmin: boolean;
  canManageCatalogs: boolean;
  canManageMembers: boolean;
  canManageMessages: boolean;
};

// Granting rights needs the members right; making or unmaking an admin needs to be admin. A market always
// keeps at least one admin.
export async function setMemberRights({
  actor,
  marketId,
  userId,
  rights,
}: {
  actor: Actor;
  marketId: string;
  userId: string;
  rights: MemberRights;
}) {
  requireMarketRight(actor, marketId, "members");
  await db().$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({
      where: { marketId, userId, leftAt: null },
      select: { id: true, isAdmin: true },
    });
    if (!membership) throw new DomainError("NOT_FOUND");
    if (membership.isAdmin !== rights.isAdmin) requireMarketRight(actor, marketId, "admin");
    await tx.membership.update({ where: { id: membership.id }, data: rights });
    if (!rights.isAdmin && (await tx.membership.count({ where: { marketId, isAdmin: true, leftAt: null } })) === 0)
      throw new DomainError("LAST_ADMIN");
  });
}

export async function removeMember({
  actor,
  marketId,
  userId,
  now,
}: {
  actor: Actor;
  marketId: string;
  userId: string;
  now: Date;
}) {
  requireMarketRight(actor, marketId, "members");
  await db().$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({
      where: { marketId, userId, leftAt: null },
      select: { id: true, isAdmin: true },
    });
    if (!membership) throw new DomainError("NOT_FOUND");
    if (membership.isAdmin) requireMarketRight(actor, marketId, "admin");
    await tx.membership.update({ where: { id: membership.id }, data: { leftAt: now } });
    if ((await tx.membership.count({ where: { marketId, isAdmin: true, leftAt: null } })) === 0)
      throw new DomainError("LAST_ADMIN");
  });
}

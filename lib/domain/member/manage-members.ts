import { db } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";
import { NO_RIGHTS } from "../membership/enter-market";
import { lockMarketRights, requireAnAdminLeft } from "../membership/keep-an-admin";
import { requireVerifiedEmail } from "../user/require-verified-email";

export type MemberRights = {
  isAdmin: boolean;
  canManageCatalogs: boolean;
  canManageMembers: boolean;
  canManageMessages: boolean;
};

// Granting rights needs the members right; making or unmaking an admin needs to be admin. A market always
// keeps at least one admin. Removal clears every right, so that coming back is a plain membership.
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
  await db().$transaction(async (tx) => {
    const current = await lockMarketRights(tx, actor, marketId);
    requireMarketRight(current, marketId, "members");
    const membership = await tx.membership.findFirst({
      where: { marketId, userId, leftAt: null },
      select: { id: true, isAdmin: true },
    });
    if (!membership) throw new DomainError("NOT_FOUND");
    if (membership.isAdmin !== rights.isAdmin) requireMarketRight(current, marketId, "admin");
    // Rights beyond membership run a market: only for a confirmed address.
    if (Object.values(rights).some(Boolean)) await requireVerifiedEmail(tx, userId);
    await tx.membership.update({ where: { id: membership.id }, data: rights });
    await requireAnAdminLeft(tx, marketId);
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
  await db().$transaction(async (tx) => {
    const current = await lockMarketRights(tx, actor, marketId);
    requireMarketRight(current, marketId, "members");
    const membership = await tx.membership.findFirst({
      where: { marketId, userId, leftAt: null },
      select: { id: true, isAdmin: true },
    });
    if (!membership) throw new DomainError("NOT_FOUND");
    if (membership.isAdmin) requireMarketRight(current, marketId, "admin");
    await tx.membership.update({ where: { id: membership.id }, data: { ...NO_RIGHTS, leftAt: now } });
    await requireAnAdminLeft(tx, marketId);
  });
}

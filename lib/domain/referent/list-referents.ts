import { db } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";

type Person = { userId: string; name: string };

// The referents of one distribution, and whom the admin may name: its volunteers first (the roster's roles at that
// distribution, with their role), then the market's other members, by last name. Only active members.
export async function listReferents({
  actor,
  marketId,
  distributionId,
}: {
  actor: Actor;
  marketId: string;
  distributionId: string;
}) {
  requireMarketRight(actor, marketId, "admin");
  const distribution = await db().distribution.findFirst({
    where: { id: distributionId, marketId },
    select: {
      referents: { select: { userId: true }, orderBy: { createdAt: "asc" } },
      dutyShifts: { where: { userId: { not: null } }, select: { userId: true, role: { select: { name: true } } } },
    },
  });
  if (!distribution) throw new DomainError("NOT_FOUND");
  const members = await db().membership.findMany({
    where: { marketId, leftAt: null, user: { deletedAt: null } },
    select: { user: { select: { id: true, firstName: true, lastName: true } } },
    orderBy: [{ user: { lastName: "asc" } }, { user: { firstName: "asc" } }],
  });
  const people = new Map<string, Person>(
    members.map(({ user }) => [user.id, { userId: user.id, name: `${user.firstName} ${user.lastName}` }]),
  );
  const named = new Set(distribution.referents.map((r) => r.userId));
  const roleOf = new Map(distribution.dutyShifts.map((s) => [s.userId!, s.role.name]));
  const candidates = [...people.values()].filter((p) => !named.has(p.userId));
  return {
    // A referent who left the market is no longer one (canRunDistributionDay): not listed.
    referents: distribution.referents.flatMap((r) => people.get(r.userId) ?? []),
    volunteers: candidates.flatMap((p) => (roleOf.has(p.userId) ? [{ ...p, role: roleOf.get(p.userId)! }] : [])),
    members: candidates.filter((p) => !roleOf.has(p.userId)),
  };
}

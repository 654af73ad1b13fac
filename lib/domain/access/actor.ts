import { db } from "@/lib/db/client";
import { DomainError } from "../errors";

export type MarketRight = "member" | "admin" | "catalogs" | "members" | "messages";

export type Actor = {
  userId: string;
  isOperator: boolean;
  // Active memberships by market id.
  markets: Map<
    string,
    { isAdmin: boolean; canManageCatalogs: boolean; canManageMembers: boolean; canManageMessages: boolean }
  >;
  producerIds: string[];
  // Producers whose account this person owns: only owners manage the team and the payout account.
  ownedProducerIds: string[];
  // Distributions this person was named referent of, still to validate: distribution id → its market's id.
  referentOf: Map<string, string>;
};

// Rights are read from the database on every request (the session holds only the user id), so a right
// that is removed stops working at once.
export async function loadActor(userId: string): Promise<Actor> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      isOperator: true,
      deletedAt: true,
      memberships: {
        where: { leftAt: null },
        select: {
          marketId: true,
          isAdmin: true,
          canManageCatalogs: true,
          canManageMembers: true,
          canManageMessages: true,
        },
      },
      producerUsers: { select: { producerId: true, role: true } },
      // A validated or cancelled distribution has no day left to run.
      referentOf: {
        where: { distribution: { validatedAt: null, cancelledAt: null } },
        select: { distributionId: true, distribution: { select: { marketId: true } } },
      },
    },
  });
  if (!user || user.deletedAt) throw new DomainError("FORBIDDEN");
  return {
    userId: user.id,
    isOperator: user.isOperator,
    markets: new Map(user.memberships.map(({ marketId, ...rights }) => [marketId, rights])),
    producerIds: user.producerUsers.map((p) => p.producerId),
    ownedProducerIds: user.producerUsers.filter((p) => p.role === "OWNER").map((p) => p.producerId),
    referentOf: new Map(user.referentOf.map((r) => [r.distributionId, r.distribution.marketId])),
  };
}

export function hasMarketRight(actor: Actor, marketId: string, right: MarketRight): boolean {
  if (actor.isOperator) return true;
  const m = actor.markets.get(marketId);
  if (!m) return false;
  switch (right) {
    case "member":
      return true;
    case "admin":
      return m.isAdmin;
    case "catalogs":
      return m.isAdmin || m.canManageCatalogs;
    case "members":
      return m.isAdmin || m.canManageMembers;
    case "messages":
      return m.isAdmin || m.canManageMessages;
  }
}

export function requireMarketRight(actor: Actor, marketId: string, right: MarketRight): void {
  if (!hasMarketRight(actor, marketId, right)) throw new DomainError("FORBIDDEN");
}

// The platform's own work: what only Cabas's operators do (pay out by bank transfer what Stripe could not).
export function requireOperator(actor: Actor): void {
  if (!actor.isOperator) throw new DomainError("FORBIDDEN");
}

export function requireProducerUser(actor: Actor, producerId: string): void {
  if (!actor.isOperator && !actor.producerIds.includes(producerId)) throw new DomainError("FORBIDDEN");
}

export function isProducerOwner(actor: Actor, producerId: string): boolean {
  return actor.isOperator || actor.ownedProducerIds.includes(producerId);
}

export function requireProducerOwner(actor: Actor, producerId: string): void {
  if (!isProducerOwner(actor, producerId)) throw new DomainError("FORBIDDEN");
}

// Markets where the actor may open the admin pages (any right beyond plain membership).
export function administeredMarketIds(actor: Actor): string[] {
  return [...actor.markets.entries()]
    .filter(([, m]) => m.isAdmin || m.canManageCatalogs || m.canManageMembers || m.canManageMessages)
    .map(([id]) => id);
}

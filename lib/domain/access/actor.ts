import { sqlRows } from "@/lib/db/client";
import { DomainError } from "../errors";

export type MarketRight = "member" | "admin" | "catalogs" | "members" | "messages";

type MarketRights = {
  isAdmin: boolean;
  canManageCatalogs: boolean;
  canManageMembers: boolean;
  canManageMessages: boolean;
};

export type Actor = {
  userId: string;
  isOperator: boolean;
  // Active memberships by market id.
  markets: Map<string, MarketRights>;
  producerIds: string[];
  // Producers whose account this person owns: only owners manage the team and the payout account.
  ownedProducerIds: string[];
  // Distributions this person was named referent of, still to validate: distribution id → its market's id.
  referentOf: Map<string, string>;
};

// What one statement reads of a user's rights, as JSON: the memberships still active, the producer accounts, and
// the distributions they are referent of that are neither validated nor cancelled (no day left to run).
export type ActorRights = {
  memberships: ({ marketId: string } & MarketRights)[];
  producerUsers: { producerId: string; role: "OWNER" | "MEMBER" }[];
  referentOf: { distributionId: string; marketId: string }[];
};

// The select-list items that read ActorRights of the user whose id is the SQL expression `userId`, for a
// statement that reads them along with other things (loadActor, the personal view of a public page).
export function actorRightsSql(userId: string): string {
  return `coalesce((SELECT json_agg(json_build_object('marketId', ms."marketId", 'isAdmin', ms."isAdmin",
      'canManageCatalogs', ms."canManageCatalogs", 'canManageMembers', ms."canManageMembers",
      'canManageMessages', ms."canManageMessages"))
    FROM "Membership" ms WHERE ms."userId" = ${userId} AND ms."leftAt" IS NULL), '[]') AS "memberships",
  coalesce((SELECT json_agg(json_build_object('producerId', pu."producerId", 'role', pu."role"))
    FROM "ProducerUser" pu WHERE pu."userId" = ${userId}), '[]') AS "producerUsers",
  coalesce((SELECT json_agg(json_build_object('distributionId', dr."distributionId", 'marketId', rd."marketId"))
    FROM "DistributionReferent" dr JOIN "Distribution" rd ON rd."id" = dr."distributionId"
    WHERE dr."userId" = ${userId} AND rd."validatedAt" IS NULL AND rd."cancelledAt" IS NULL), '[]') AS "referentOf"`;
}

export function actorOf(user: { id: string; isOperator: boolean } & ActorRights): Actor {
  return {
    userId: user.id,
    isOperator: user.isOperator,
    markets: new Map(user.memberships.map(({ marketId, ...rights }) => [marketId, rights])),
    producerIds: user.producerUsers.map((p) => p.producerId),
    ownedProducerIds: user.producerUsers.filter((p) => p.role === "OWNER").map((p) => p.producerId),
    referentOf: new Map(user.referentOf.map((r) => [r.distributionId, r.marketId])),
  };
}

// Rights are read from the database on every request (the session holds only the user id), so a right
// that is removed stops working at once. One statement (every server action reads them). `sessionVersion`: the
// session's, checked in the same statement (lib/domain/user/is-session-current.ts) when the caller has not.
export async function loadActor(userId: string, sessionVersion?: number): Promise<Actor> {
  const version = sessionVersion === undefined ? "" : `AND u."sessionVersion" = $2`;
  const [user] = await sqlRows<{ id: string; isOperator: boolean } & ActorRights>(
    `SELECT u."id", u."isOperator", ${actorRightsSql('u."id"')} FROM "User" u
    WHERE u."id" = $1 AND u."deletedAt" IS NULL ${version}`,
    sessionVersion === undefined ? [userId] : [userId, sessionVersion],
  );
  if (!user) throw new DomainError("FORBIDDEN");
  return actorOf(user);
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

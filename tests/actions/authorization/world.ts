import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import {
  createDistribution,
  createMarket,
  createMembership,
  createParticipation,
  createProduct,
  createProducerWithCatalog,
  createUser,
} from "../../support/factories";

// Who calls an action or a route. Relative to the world below: « the market » is M, « the catalog » is C of
// producer P, both linked to M.
export const ROLES = [
  "anonymous",
  "shopperElsewhere", // member of another market O only
  "member", // plain member of M
  "adminElsewhere", // admin of O
  "admin", // admin of M
  "producerTeam", // ProducerUser MEMBER of P (not an owner)
  "producerOwner", // ProducerUser OWNER of P
  "otherProducer", // owner of producer Q, whose catalog CQ is linked to M too
  "referent", // plain member of M named referent of the world's distribution (its day screen, nothing else)
] as const;
export type Role = (typeof ROLES)[number];
export type SignedInRole = Exclude<Role, "anonymous">;
export const SIGNED_IN: readonly SignedInRole[] = ROLES.filter((r): r is SignedInRole => r !== "anonymous");

// Every account has this password, so that the actions asking for it (password change, account deletion) get
// valid input.
export const PASSWORD = "mot-de-passe-du-test";
let hashed: Promise<string> | undefined;
export const passwordHash = () => (hashed ??= hashPassword(PASSWORD));

export type World = Awaited<ReturnType<typeof buildWorld>>;

// A market M and another one O, each with a second admin (so that the admin of either may leave or delete their
// account), producers P (owner + team member) and Q, their catalogs C and CQ linked to M, a distribution of M open
// for orders in which both catalogs take part, with one product each, and a referent named for it.
export async function buildWorld() {
  const now = new Date();
  const hash = await passwordHash();
  const [market, otherMarket] = await Promise.all([
    createMarket({ paymentMethods: ["ON_SITE", "TRANSFER", "CARD", "BALANCE"], deliveryHelpEnabled: true }),
    createMarket(),
  ]);
  const person = (firstName: string) => createUser({ firstName, passwordHash: hash });
  const [
    shopperElsewhere,
    member,
    adminElsewhere,
    admin,
    producerTeam,
    producerOwner,
    otherProducer,
    coAdmin,
    coAdminElsewhere,
    referent,
  ] = await Promise.all(
    ["Sacha", "Camille", "Dominique", "Alix", "Eden", "Noa", "Lou", "Maxime", "Charlie", "Sam"].map(person),
  );
  const [p, q] = await Promise.all([createProducerWithCatalog("Ferme P"), createProducerWithCatalog("Ferme Q")]);
  const distribution = await createDistribution(market, { now, inDays: 4 });
  const [product, otherProduct] = await Promise.all([
    createProduct(p.catalog.id, { name: "Pain de P" }),
    createProduct(q.catalog.id, { name: "Miel de Q" }),
    createMembership(otherMarket.id, shopperElsewhere.id),
    createMembership(market.id, member.id),
    createMembership(otherMarket.id, adminElsewhere.id, { isAdmin: true }),
    createMembership(otherMarket.id, coAdminElsewhere.id, { isAdmin: true }),
    createMembership(market.id, admin.id, { isAdmin: true }),
    createMembership(market.id, coAdmin.id, { isAdmin: true }),
    createMembership(market.id, referent.id),
    db().distributionReferent.create({ data: { distributionId: distribution.id, userId: referent.id } }),
    db().producerUser.createMany({
      data: [
        { producerId: p.producer.id, userId: producerOwner.id, role: "OWNER" },
        { producerId: p.producer.id, userId: producerTeam.id, role: "MEMBER" },
        { producerId: q.producer.id, userId: otherProducer.id, role: "OWNER" },
      ],
    }),
    db().catalogLink.createMany({
      data: [
        { catalogId: p.catalog.id, marketId: market.id },
        { catalogId: q.catalog.id, marketId: market.id },
      ],
    }),
    createParticipation(distribution.id, p.catalog.id),
    createParticipation(distribution.id, q.catalog.id),
  ]);
  const users = {
    shopperElsewhere,
    member,
    adminElsewhere,
    admin,
    producerTeam,
    producerOwner,
    otherProducer,
    referent,
  };
  return {
    now,
    market,
    otherMarket,
    users,
    coAdmin,
    producer: p.producer,
    catalog: p.catalog,
    otherProducer: q.producer,
    otherCatalog: q.catalog,
    distribution,
    product,
    otherProduct,
  };
}

export function userIdOf(world: World, role: Role): string | null {
  return role === "anonymous" ? null : world.users[role].id;
}

// The ids a role holds rights over in place of the world's: an admin of O tries O's id with M's rows, a producer
// of Q tries Q's (and its catalog's) with P's rows.
export function ownIds(world: World, role: Role): Map<string, string> {
  if (role === "adminElsewhere") return new Map([[world.market.id, world.otherMarket.id]]);
  if (role === "otherProducer")
    return new Map([
      [world.producer.id, world.otherProducer.id],
      [world.catalog.id, world.otherCatalog.id],
    ]);
  return new Map();
}

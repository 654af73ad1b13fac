import { expect } from "vitest";
import { db } from "@/lib/db/client";
import { createProducerWithCatalog, createUser } from "../../support/factories";
import { image } from "../../support/files";
import { entry, type Entry } from "./matrix";
import { basketOf, dayIn, invitation, laterDistribution, startedDistribution, uniqueEmail } from "./rows";
import { SIGNED_IN, type World } from "./world";

const ADMIN = "lib/actions/admin.ts";
const PLACES = "lib/actions/places.ts";
const HALL = { placeName: "Halle", address: "2 rue des Halles", zipCode: "33840", city: "Captieux" };

// A second place of the world's market, archived at `archivedAt` if given.
const extraPlace = (world: World, archivedAt?: Date) =>
  db().place.create({
    data: {
      marketId: world.market.id,
      name: "Préau",
      address: "1 rue",
      zipCode: "33840",
      city: "Captieux",
      archivedAt,
    },
  });
const admin = ["admin"] as const;

const png = async (name: string) => new File([await image("png")], name, { type: "image/png" });

// A catalog of a third producer, linked nowhere yet.
async function unlinkedCatalog() {
  const { catalog } = await createProducerWithCatalog("Ferme R");
  const owner = await createUser({ firstName: "René" });
  await db().producerUser.create({ data: { producerId: catalog.producerId, userId: owner.id, role: "OWNER" } });
  return catalog;
}

const linkOf = (world: World, catalogId: string) =>
  db().catalogLink.findUnique({ where: { catalogId_marketId: { catalogId, marketId: world.market.id } } });

const membershipOf = (world: World, userId: string) =>
  db().membership.findUniqueOrThrow({ where: { marketId_userId: { marketId: world.market.id, userId } } });

export const adminRows: Entry<unknown>[] = [
  entry({
    target: `${PLACES}#savePlaceAction`,
    variant: "a new place",
    allowed: admin,
    input: { form: ({ world }) => ({ marketId: world.market.id, ...HALL }) },
    effect: async ({ world }) =>
      expect(await db().place.count({ where: { marketId: world.market.id, name: HALL.placeName } })).toBe(1),
  }),
  entry({
    target: `${PLACES}#savePlaceAction`,
    variant: "an existing place",
    allowed: admin,
    crossTenant: "market",
    setup: (world) => extraPlace(world),
    input: { form: ({ world, fixture: place }) => ({ marketId: world.market.id, placeId: place.id, ...HALL }) },
    effect: async ({ fixture: place }) =>
      expect((await db().place.findUniqueOrThrow({ where: { id: place.id } })).name).toBe(HALL.placeName),
  }),
  entry({
    target: `${PLACES}#archivePlaceAction`,
    allowed: admin,
    crossTenant: "market",
    setup: (world) => extraPlace(world),
    input: { form: ({ world, fixture: place }) => ({ marketId: world.market.id, placeId: place.id }) },
    effect: async ({ fixture: place }) => expect(await db().place.findUnique({ where: { id: place.id } })).toBeNull(),
  }),
  entry({
    target: `${PLACES}#restorePlaceAction`,
    allowed: admin,
    crossTenant: "market",
    setup: (world) => extraPlace(world, new Date()),
    input: { form: ({ world, fixture: place }) => ({ marketId: world.market.id, placeId: place.id }) },
    effect: async ({ fixture: place }) =>
      expect((await db().place.findUniqueOrThrow({ where: { id: place.id } })).archivedAt).toBeNull(),
  }),
  entry({
    target: `${ADMIN}#createMarketAction`,
    allowed: SIGNED_IN,
    sameWorld: true,
    input: {
      form: () => ({ name: "Marché neuf", placeName: "Halle", address: "1 rue", zipCode: "33840", city: "Captieux" }),
    },
    effect: async ({ userId }) => {
      const markets = await db().membership.count({
        where: { userId: userId!, isAdmin: true, market: { name: "Marché neuf" } },
      });
      expect(markets).toBe(1);
    },
  }),
  entry({
    target: `${ADMIN}#updateMarketSettingsAction`,
    allowed: admin,
    setup: async () => ({ logo: await png("logo.png") }),
    input: {
      form: ({ world, fixture }) => ({
        marketId: world.market.id,
        name: "Marché rebaptisé",
        basketMode: "BEFORE",
        deliveryHelpMaxPerVolunteer: "2",
        payOnSite: "on",
        feePercent: "1",
        timeZone: "Europe/Paris",
        logo: fixture.logo,
      }),
    },
    effect: async ({ world }) => {
      const market = await db().market.findUniqueOrThrow({ where: { id: world.market.id } });
      expect(market).toMatchObject({ name: "Marché rebaptisé", feeBp: 100 });
      expect(market.logoImageId).not.toBeNull();
    },
  }),
  entry({
    target: `${ADMIN}#createDistributionAction`,
    allowed: admin,
    crossTenant: "market",
    input: {
      form: ({ world }) => ({
        marketId: world.market.id,
        placeId: world.market.places[0].id,
        day: dayIn(world, 30),
        pickupStart: "18:00",
        pickupEnd: "19:00",
        openDay: dayIn(world, 20),
        openTime: "08:00",
        closeDay: dayIn(world, 29),
        closeTime: "12:00",
      }),
    },
    effect: async ({ world }) => {
      const day = new Date(`${dayIn(world, 30)}T00:00:00Z`);
      expect(await db().distribution.count({ where: { marketId: world.market.id, day } })).toBe(1);
    },
  }),
  entry({
    target: `${ADMIN}#createDistributionAction`,
    variant: "edit",
    allowed: admin,
    crossTenant: "market",
    setup: (world) => laterDistribution(world),
    input: {
      form: ({ world, fixture: d }) => ({
        marketId: world.market.id,
        distributionId: d.id,
        placeId: d.placeId,
        day: dayIn(world, 20),
        pickupStart: "17:00",
        pickupEnd: "19:00",
        openDay: dayIn(world, 10),
        openTime: "08:00",
        closeDay: dayIn(world, 19),
        closeTime: "12:00",
      }),
    },
    effect: async ({ fixture: d }) => {
      const edited = await db().distribution.findUniqueOrThrow({ where: { id: d.id } });
      expect(edited.pickupStartAt.getTime()).toBe(d.pickupStartAt.getTime() - 2 * 3_600_000);
    },
  }),
  entry({
    target: `${ADMIN}#createCycleAction`,
    allowed: admin,
    crossTenant: "market",
    input: {
      form: ({ world }) => ({
        marketId: world.market.id,
        placeId: world.market.places[0].id,
        frequency: "WEEKLY",
        startDay: dayIn(world, 40),
        endDay: dayIn(world, 60),
        pickupStart: "18:00",
        pickupEnd: "19:00",
        openDaysBefore: "7",
        closeHoursBefore: "24",
      }),
    },
    effect: async ({ world }) => {
      const cycle = await db().distributionCycle.findFirstOrThrow({
        where: { marketId: world.market.id },
        include: { _count: { select: { distributions: true } } },
      });
      expect(cycle._count.distributions).toBe(3);
    },
  }),
  entry({
    target: `${ADMIN}#deleteDistributionAction`,
    allowed: admin,
    crossTenant: "market",
    setup: (world) => laterDistribution(world),
    input: { form: ({ world, fixture: d }) => ({ marketId: world.market.id, distributionId: d.id }) },
    effect: async ({ fixture: d }) => expect(await db().distribution.findUnique({ where: { id: d.id } })).toBeNull(),
  }),
  entry({
    target: `${ADMIN}#inviteCatalogsAction`,
    allowed: admin,
    crossTenant: "market",
    setup: (world) => laterDistribution(world),
    input: { form: ({ world, fixture: d }) => ({ marketId: world.market.id, distributionId: d.id }) },
    effect: async ({ world, fixture: d }) => {
      const invited = await db().participation.findMany({ where: { distributionId: d.id, status: "INVITED" } });
      expect(invited.map((p) => p.catalogId).sort()).toEqual([world.catalog.id, world.otherCatalog.id].sort());
      expect(await db().notification.count({ where: { userId: world.users.producerOwner.id } })).toBe(1);
    },
  }),
  entry({
    target: `${ADMIN}#inviteCatalogAction`,
    allowed: admin,
    crossTenant: "market",
    setup: (world) => laterDistribution(world),
    input: {
      form: ({ world, fixture: d }) => ({
        marketId: world.market.id,
        distributionId: d.id,
        catalogId: world.catalog.id,
      }),
    },
    effect: async ({ world, fixture: d }) => {
      const invited = await db().participation.findMany({ where: { distributionId: d.id } });
      expect(invited).toEqual([expect.objectContaining({ catalogId: world.catalog.id, status: "INVITED" })]);
      expect(await db().notification.count({ where: { userId: world.users.producerOwner.id } })).toBe(1);
    },
  }),
  entry({
    target: `${ADMIN}#cancelParticipationAction`,
    allowed: admin,
    crossTenant: "market",
    setup: async (world) => {
      const d = await laterDistribution(world);
      await db().participation.create({
        data: { distributionId: d.id, catalogId: world.catalog.id, status: "ACCEPTED" },
      });
      return d;
    },
    input: {
      form: ({ world, fixture: d }) => ({
        marketId: world.market.id,
        distributionId: d.id,
        catalogId: world.catalog.id,
      }),
    },
    effect: async ({ world, fixture: d }) => {
      expect(await db().participation.count({ where: { distributionId: d.id } })).toBe(0);
      expect(
        await db().notification.count({
          where: { userId: world.users.producerOwner.id, kind: "participation.cancelled" },
        }),
      ).toBe(1);
    },
  }),
  entry({
    target: `${ADMIN}#linkCatalogAction`,
    variant: "shortcut link with its key",
    allowed: admin,
    setup: unlinkedCatalog,
    input: {
      form: ({ world, fixture: c }) => ({
        marketId: world.market.id,
        catalog: `https://cabas.test/catalogues/${c.number}?cle=${c.shareKey}`,
      }),
    },
    effect: async ({ world, fixture: c }) => expect((await linkOf(world, c.id))?.unlinkedAt).toBeNull(),
  }),
  entry({
    target: `${ADMIN}#linkCatalogAction`,
    variant: "number: a request to the producer",
    allowed: admin,
    setup: unlinkedCatalog,
    input: { form: ({ world, fixture: c }) => ({ marketId: world.market.id, catalog: String(c.number) }) },
    effect: async ({ world, fixture: c }) => {
      const requests = await db().catalogLinkRequest.findMany({
        where: { catalogId: c.id, marketId: world.market.id },
      });
      expect(requests.map((r) => r.status)).toEqual(["PENDING"]);
      expect(await linkOf(world, c.id)).toBeNull();
    },
  }),
  entry({
    target: `${ADMIN}#unlinkCatalogAction`,
    allowed: admin,
    crossTenant: "market",
    input: { form: ({ world }) => ({ marketId: world.market.id, catalogId: world.catalog.id }) },
    effect: async ({ world }) => expect((await linkOf(world, world.catalog.id))?.unlinkedAt).not.toBeNull(),
  }),
  // The basket is at the world's distribution, which the referent runs.
  entry({
    target: `${ADMIN}#adjustBasketAction`,
    allowed: ["admin", "referent"],
    crossTenant: "market",
    setup: (world) => basketOf(world, world.users.member.id),
    input: {
      form: ({ world, fixture: order }) => ({
        marketId: world.market.id,
        orderId: order.id,
        [`line-${order.lines[0].id}`]: "0",
      }),
    },
    effect: async ({ fixture: order }) => {
      const line = await db().orderLine.findUniqueOrThrow({ where: { id: order.lines[0].id } });
      expect(line.deliveredQuantity?.toString()).toBe("0");
    },
  }),
  entry({
    target: `${ADMIN}#validateBasketAction`,
    allowed: ["admin", "referent"],
    crossTenant: "market",
    setup: async (world) =>
      basketOf(world, world.users.member.id, {
        distribution: await startedDistribution(world, { referent: true }),
        method: "ON_SITE",
      }),
    input: {
      form: ({ world, fixture: order }) => ({ marketId: world.market.id, orderId: order.id, onSiteMethod: "CASH" }),
    },
    effect: async ({ fixture: order }) => {
      const validated = await db().order.findUniqueOrThrow({ where: { id: order.id }, include: { payments: true } });
      expect(validated.validatedAt).not.toBeNull();
      expect(validated.payments.map((p) => [p.onSiteMethod, p.amountCents])).toEqual([["CASH", 300]]);
    },
  }),
  entry({
    target: `${ADMIN}#validateDistributionAction`,
    allowed: admin,
    crossTenant: "market",
    setup: async (world) => {
      const distribution = await startedDistribution(world);
      const unpaid = await basketOf(world, world.users.member.id, { distribution, method: "ON_SITE" });
      return { id: distribution.id, unpaidId: unpaid.id };
    },
    input: {
      form: ({ world, fixture: d }) => ({
        marketId: world.market.id,
        distributionId: d.id,
        [`unpaid-${d.unpaidId}`]: "DEBT",
      }),
    },
    effect: async ({ fixture: d }) => {
      expect((await db().distribution.findUniqueOrThrow({ where: { id: d.id } })).validatedAt).not.toBeNull();
      expect(await db().order.count({ where: { distributionId: d.id, validatedAt: null } })).toBe(0);
    },
  }),
  entry({
    target: `${ADMIN}#inviteMemberAction`,
    allowed: admin,
    setup: async () => uniqueEmail("invitee"),
    input: { form: ({ world, fixture: email }) => ({ marketId: world.market.id, email }) },
    effect: async ({ world, fixture: email }) =>
      expect(await db().memberInvitation.count({ where: { marketId: world.market.id, email } })).toBe(1),
  }),
  entry({
    target: `${ADMIN}#setMemberRightsAction`,
    allowed: admin,
    crossTenant: "market",
    input: {
      form: ({ world }) => ({ marketId: world.market.id, userId: world.users.member.id, canManageCatalogs: "on" }),
    },
    effect: async ({ world }) =>
      expect((await membershipOf(world, world.users.member.id)).canManageCatalogs).toBe(true),
  }),
  entry({
    target: `${ADMIN}#removeMemberAction`,
    allowed: admin,
    crossTenant: "market",
    input: { form: ({ world }) => ({ marketId: world.market.id, userId: world.users.member.id }) },
    effect: async ({ world }) => expect((await membershipOf(world, world.users.member.id)).leftAt).not.toBeNull(),
  }),
  entry({
    target: `${ADMIN}#acceptInvitationAction`,
    // The invitation went to the address of the shopper of the other market: only they may take it.
    allowed: ["shopperElsewhere"],
    refusals: ["INVITATION_OTHER_ADDRESS"],
    setup: (world) => invitation(world, world.users.shopperElsewhere.email),
    input: { form: ({ fixture: token }) => ({ token }) },
    effect: async ({ world, userId }, answer) => {
      expect(answer).toEqual({ location: `/m/${world.market.slug}` });
      expect((await membershipOf(world, userId!)).leftAt).toBeNull();
    },
  }),
  entry({
    target: `${ADMIN}#importMembersAction`,
    allowed: admin,
    setup: async () => uniqueEmail("lea"),
    input: {
      form: ({ world, fixture: email }) => ({
        marketId: world.market.id,
        csv: `Léa;Martin;${email}`,
        intent: "import",
      }),
    },
    effect: async ({ world, fixture: email }) =>
      expect(await db().memberInvitation.count({ where: { marketId: world.market.id, email } })).toBe(1),
  }),
  entry({
    target: `${ADMIN}#importMembersAction`,
    variant: "preview",
    allowed: admin,
    readOnly: true,
    setup: async () => uniqueEmail("lea"),
    input: {
      form: ({ world, fixture: email }) => ({
        marketId: world.market.id,
        csv: `Léa;Martin;${email}`,
        intent: "preview",
      }),
    },
    effect: async ({ fixture: email }, answer) =>
      expect(answer).toMatchObject({ rows: [{ line: 1, label: `Léa Martin <${email}>`, error: null }] }),
  }),
];

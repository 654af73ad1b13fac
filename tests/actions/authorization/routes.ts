import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { db } from "@/lib/db/client";
import { pdftotext } from "../../support/pdf-text";
import { entry, type Entry } from "./matrix";
import { basketOf, dayIn, scheduledDistribution, SETTLEMENT_REFERENCE, settlementOf } from "./rows";
import { SIGNED_IN, type SignedInRole, type World } from "./world";

const team = ["producerTeam", "producerOwner"] as const;
// Wide enough for the world's distribution, whatever the day the tests run.
const REPORT_RANGE = { du: "2000-01-01", au: "2100-12-31", format: "csv" };

const body = (answer: unknown) => (answer as Response).text();

// The market's distribution closed today, P paid by the market by transfer.
const settledDistribution = async (world: World) => settlementOf(world, await scheduledDistribution(world));

// A journal download as FEC, over the weeks around the world's today.
const fecOfTheMonth = ({ world }: { world: World }) => ({ format: "fec", du: dayIn(world, -15), au: dayIn(world, 15) });

// P's fee invoice for the market's distribution closed today, at a 5 % fee.
async function invoiceOfProducer(world: World) {
  await db().market.update({ where: { id: world.market.id }, data: { feeBp: 500 } });
  const distribution = await scheduledDistribution(world);
  return db().invoice.findFirstOrThrow({ where: { distributionId: distribution.id, producerId: world.producer.id } });
}

// Route handlers answer a refusal with 401 (nobody signed in) or 404, and only read.
export const routeRows: Entry<unknown>[] = [
  entry({
    // Whoever may open the market's admin space (getMarketPoster decides).
    target: "app/[locale]/(site)/(admin)/admin/[marketId]/affiche/route.ts#GET",
    allowed: ["admin"],
    readOnly: true,
    input: { route: ({ world }) => ({ locale: "fr", marketId: world.market.id }) },
    effect: async ({ world }, answer) => {
      expect((answer as Response).headers.get("Content-Type")).toBe("application/pdf");
      const pdf = Buffer.from(await (answer as Response).arrayBuffer());
      expect(pdftotext(pdf)()).toContain(world.market.name);
    },
  }),
  entry({
    // Whoever may open the distribution's day screen (getDistributionDay decides).
    target: "app/[locale]/(site)/(admin)/admin/[marketId]/distributions/[distributionId]/emargement/pdf/route.ts#GET",
    allowed: ["admin"],
    readOnly: true,
    crossTenant: "market",
    setup: (world) => basketOf(world, world.users.member.id, { method: "ON_SITE" }),
    input: {
      route: ({ world }) => ({ locale: "fr", marketId: world.market.id, distributionId: world.distribution.id }),
    },
    effect: async ({ world }, answer) => {
      const pdf = Buffer.from(await (answer as Response).arrayBuffer());
      const { lastName, firstName } = world.users.member;
      expect(pdftotext(pdf)()).toContain(`${lastName.toUpperCase()} ${firstName}`);
    },
  }),
  entry({
    target: "app/api/attachments/[id]/route.ts#GET",
    // Its recipient (the member) and the market's message managers.
    allowed: ["member", "admin"],
    readOnly: true,
    setup: (world) =>
      db().messageAttachment.create({
        data: {
          filename: "horaires.txt",
          mimeType: "text/plain",
          size: 7,
          data: Buffer.from("Bonjour"),
          message: {
            create: {
              marketId: world.market.id,
              senderUserId: world.users.admin.id,
              audience: "ALL_MEMBERS",
              subject: "Horaires",
              bodyHtml: "<p>Ci-joint.</p>",
              recipients: { create: { userId: world.users.member.id } },
            },
          },
        },
      }),
    input: { route: ({ fixture: attachment }) => ({ id: attachment.id }) },
    effect: async (_cell, answer) => expect(await body(answer)).toBe("Bonjour"),
  }),
  // The bearer token Vercel sends is the only way in: no session opens it.
  entry({
    target: "app/api/cron/[job]/route.ts#GET",
    allowed: [],
    readOnly: true,
    input: { route: () => ({ job: "deliver-emails" }) },
  }),
  // The day screen's queue, replayed by a phone: the distribution's day is its market's admins' and its referents'.
  entry({
    target: "app/api/distributions/[distributionId]/operations/route.ts#POST",
    allowed: ["admin", "referent"],
    setup: (world) => basketOf(world, world.users.member.id, { method: "ON_SITE" }),
    input: {
      args: ({ world, fixture: basket }) => [
        new Request("http://cabas.test/", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({
            operations: [
              {
                id: randomUUID(),
                type: "payment",
                takenAt: world.now.toISOString(),
                orderId: basket.id,
                method: "CASH",
                amountCents: 300,
              },
            ],
          }),
        }),
        { params: Promise.resolve({ distributionId: world.distribution.id }) },
      ],
    },
    effect: async ({ fixture: basket }, answer) => {
      const { results } = (await (answer as Response).json()) as { results: { status: string }[] };
      expect(results.map((r) => r.status)).toEqual(["applied"]);
      expect(await db().payment.count({ where: { orderId: basket.id, onSiteMethod: "CASH" } })).toBe(1);
    },
  }),
  entry({
    target: "app/api/exports/catalog/[catalogId]/route.ts#GET",
    allowed: team,
    readOnly: true,
    input: { route: ({ world }) => ({ catalogId: world.catalog.id }) },
    effect: async ({ world }, answer) => expect(await body(answer)).toContain(world.product.name),
  }),
  entry({
    target: "app/api/exports/orders/[marketId]/[distributionId]/route.ts#GET",
    allowed: ["admin"],
    readOnly: true,
    crossTenant: "market",
    setup: (world) => basketOf(world, world.users.member.id, { method: "ON_SITE" }),
    input: { route: ({ world }) => ({ marketId: world.market.id, distributionId: world.distribution.id }) },
    effect: async ({ world }, answer) => expect(await body(answer)).toContain(world.product.name),
  }),
  entry({
    target: "app/api/exports/personal-data/route.ts#GET",
    // Everyone signed in gets their own data, and nobody else's.
    allowed: SIGNED_IN,
    readOnly: true,
    input: { route: () => ({}) },
    effect: async ({ world, role }, answer) => {
      const data = JSON.parse(await body(answer));
      expect(data.profile.email).toBe(world.users[role as SignedInRole].email);
    },
  }),
  entry({
    target: "app/api/exports/producer-orders/[producerId]/[distributionId]/route.ts#GET",
    allowed: team,
    readOnly: true,
    setup: (world) => basketOf(world, world.users.member.id, { method: "ON_SITE" }),
    input: { route: ({ world }) => ({ producerId: world.producer.id, distributionId: world.distribution.id }) },
    effect: async ({ world }, answer) => expect(await body(answer)).toContain(world.product.name),
  }),
  entry({
    target: "app/api/invoices/[invoiceId]/route.ts#GET",
    // P's fee invoice: for the market's admins and P's team, not the other producer's.
    allowed: ["admin", ...team],
    readOnly: true,
    setup: invoiceOfProducer,
    input: { route: ({ fixture }) => ({ invoiceId: fixture.id }) },
    effect: async ({ world }, answer) => {
      expect((answer as Response).headers.get("Content-Type")).toBe("application/pdf");
      expect(pdftotext(Buffer.from(await (answer as Response).arrayBuffer()))()).toContain(world.producer.name);
    },
  }),
  entry({
    target: "app/api/statements/market/[marketId]/route.ts#GET",
    allowed: ["admin"],
    readOnly: true,
    setup: scheduledDistribution,
    input: { route: ({ world }) => ({ marketId: world.market.id }) },
    effect: async ({ world }, answer) => {
      const statements = await body(answer);
      expect(statements).toContain(world.producer.name);
      expect(statements).toContain(world.otherProducer.name);
    },
  }),
  entry({
    target: "app/api/statements/producer/[producerId]/route.ts#GET",
    // The producer's own statements, not those of the other producer paid at the same distribution.
    allowed: team,
    readOnly: true,
    setup: scheduledDistribution,
    input: { route: ({ world }) => ({ producerId: world.producer.id }) },
    effect: async ({ world }, answer) => {
      const statements = await body(answer);
      expect(statements).toContain(world.market.name);
      expect(statements).not.toContain(world.otherProducer.name);
    },
  }),
  entry({
    target: "app/api/receipts/[orderId]/route.ts#GET",
    // The member's receipt for their own confirmed basket: nobody else's, not even the market's admins.
    allowed: ["member"],
    readOnly: true,
    setup: (world) => basketOf(world, world.users.member.id, { method: "ON_SITE" }),
    input: { route: ({ fixture: basket }) => ({ orderId: basket.id }) },
    effect: async ({ world }, answer) => {
      expect((answer as Response).headers.get("Content-Type")).toBe("application/pdf");
      expect(pdftotext(Buffer.from(await (answer as Response).arrayBuffer()))()).toContain(world.product.name);
    },
  }),
  // Issue 19's documents: the producer's sales statement of a month, and of one distribution.
  entry({
    target: "app/api/statements/producer/[producerId]/pdf/route.ts#GET",
    // The producer's own sales, not the other producer's sold in the same basket.
    allowed: team,
    readOnly: true,
    setup: scheduledDistribution,
    input: {
      route: ({ world }) => ({ producerId: world.producer.id }),
      query: ({ world }) => ({ mois: dayIn(world, 0).slice(0, 7) }),
    },
    effect: async ({ world }, answer) => {
      expect((answer as Response).headers.get("Content-Type")).toBe("application/pdf");
      const text = pdftotext(Buffer.from(await (answer as Response).arrayBuffer()))();
      expect(text).toContain(world.product.name);
      expect(text).not.toContain(world.otherProduct.name);
    },
  }),
  entry({
    // Its FEC over a period (the CSV is the same journal, read under the same right).
    target: "app/api/statements/market/[marketId]/journal/route.ts#GET",
    allowed: ["admin"],
    readOnly: true,
    setup: settledDistribution,
    input: { route: ({ world }) => ({ marketId: world.market.id }), query: fecOfTheMonth },
    effect: async ({ world }, answer) => {
      expect((answer as Response).headers.get("Content-Disposition")).toContain(`${world.market.slug}FEC`);
      const journal = await body(answer);
      expect(journal).toMatch(/^JournalCode\tJournalLib\t/);
      for (const line of [SETTLEMENT_REFERENCE, world.producer.name, world.otherProducer.name])
        expect(journal).toContain(line);
    },
  }),
  entry({
    target: "app/api/statements/producer/[producerId]/journal/route.ts#GET",
    // The producer's own accounts, not those of the other producer paid at the same distribution.
    allowed: team,
    readOnly: true,
    setup: settledDistribution,
    input: { route: ({ world }) => ({ producerId: world.producer.id }), query: fecOfTheMonth },
    effect: async ({ world }, answer) => {
      const journal = await body(answer);
      expect(journal).toMatch(/^JournalCode\tJournalLib\t/);
      expect(journal).toContain(SETTLEMENT_REFERENCE);
      expect(journal).toContain(world.producer.name);
      expect(journal).not.toContain(world.otherProducer.name);
    },
  }),
  entry({
    target: "app/api/reports/market/[marketId]/route.ts#GET",
    // Sales and who bought what: the admins' (a co-admin for catalogs, members or messages is refused).
    allowed: ["admin"],
    readOnly: true,
    setup: (world) =>
      basketOf(world, world.users.member.id, { method: "ON_SITE", products: [world.product, world.otherProduct] }),
    input: { route: ({ world }) => ({ marketId: world.market.id }), query: () => REPORT_RANGE },
    effect: async ({ world }, answer) => {
      const lines = await body(answer);
      expect(lines).toContain(world.product.name);
      expect(lines).toContain(world.otherProduct.name);
    },
  }),
  entry({
    target: "app/api/reports/producer/[producerId]/route.ts#GET",
    // The producer's own lines, not the other producer's sold in the same basket.
    allowed: team,
    readOnly: true,
    setup: (world) =>
      basketOf(world, world.users.member.id, { method: "ON_SITE", products: [world.product, world.otherProduct] }),
    input: { route: ({ world }) => ({ producerId: world.producer.id }), query: () => REPORT_RANGE },
    effect: async ({ world }, answer) => {
      const lines = await body(answer);
      expect(lines).toContain(world.product.name);
      expect(lines).not.toContain(world.otherProduct.name);
    },
  }),
];

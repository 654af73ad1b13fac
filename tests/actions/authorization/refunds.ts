import { expect } from "vitest";
import { db } from "@/lib/db/client";
import { createParticipation } from "../../support/factories";
import { entry, type Entry } from "./matrix";
import { basketOf, laterDistribution } from "./rows";

const REFUNDS = "lib/actions/refunds.ts";
const admin = ["admin"] as const;

// Cancelling moves money (refunds, credits) and e-mails everyone: the market's admins only.
export const refundRows: Entry<unknown>[] = [
  entry({
    target: `${REFUNDS}#cancelDistributionAction`,
    allowed: admin,
    crossTenant: "market",
    setup: async (world) => {
      const distribution = await laterDistribution(world);
      await createParticipation(distribution.id, world.catalog.id);
      const order = await basketOf(world, world.users.member.id, { distribution, method: "ON_SITE" });
      return { distribution, order };
    },
    input: { form: ({ world, fixture }) => ({ marketId: world.market.id, distributionId: fixture.distribution.id }) },
    effect: async ({ fixture }) => {
      const cancelled = await db().distribution.findUniqueOrThrow({ where: { id: fixture.distribution.id } });
      expect(cancelled.cancelledAt).not.toBeNull();
      expect(await db().orderLine.count({ where: { orderId: fixture.order.id } })).toBe(0);
    },
  }),
  entry({
    target: `${REFUNDS}#withdrawCatalogFromSaleAction`,
    allowed: admin,
    crossTenant: "market",
    setup: (world) => basketOf(world, world.users.member.id, { method: "ON_SITE" }),
    input: {
      form: ({ world }) => ({
        marketId: world.market.id,
        distributionId: world.distribution.id,
        catalogId: world.catalog.id,
      }),
    },
    effect: async ({ world, fixture: order }) => {
      expect(await db().orderLine.count({ where: { orderId: order.id } })).toBe(0);
      const participation = await db().participation.findUniqueOrThrow({
        where: { distributionId_catalogId: { distributionId: world.distribution.id, catalogId: world.catalog.id } },
      });
      expect(participation.status).toBe("DECLINED");
    },
  }),
];

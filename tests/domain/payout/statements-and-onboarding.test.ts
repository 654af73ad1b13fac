import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { DomainError } from "@/lib/domain/errors";
import { handleStripeEvent } from "@/lib/domain/payment/handle-stripe-event";
import { listMarketPayouts, listProducerPayouts } from "@/lib/domain/payout/list-payout-statements";
import { startStripeOnboarding } from "@/lib/domain/payout/start-stripe-onboarding";
import type Stripe from "stripe";
import { withFakeStripe } from "../../support/fake-stripe";
import {
  createDistribution,
  createMarket,
  createMembership,
  createProducerWithCatalog,
  createUser,
} from "../../support/factories";

const fake = withFakeStripe();

describe("payout statements", () => {
  it("show a producer its own payouts and an admin its market's, nobody else's", async () => {
    const now = new Date("2026-03-01T10:00:00Z");
    const market = await createMarket();
    const d = await createDistribution(market, { now, inDays: -5 });
    const mine = await createProducerWithCatalog("Ferme A");
    const theirs = await createProducerWithCatalog("Ferme B");
    const farmer = await createUser();
    await db().producerUser.create({ data: { producerId: mine.producer.id, userId: farmer.id } });
    const admin = await createUser();
    await createMembership(market.id, admin.id, { isAdmin: true });
    for (const p of [mine.producer, theirs.producer]) {
      await db().payout.create({
        data: {
          producerId: p.id,
          marketId: market.id,
          distributionId: d.id,
          grossCents: 10_000,
          feeCents: 250,
          onlineCents: 10_000,
          amountCents: 9_750,
          availableOn: new Date("2026-03-02"),
          scheduledFor: new Date("2026-03-02"),
        },
      });
    }
    const farmerActor = await loadActor(farmer.id);
    expect(
      (await listProducerPayouts({ actor: farmerActor, producerId: mine.producer.id })).map((r) => [
        r.producerName,
        r.netCents,
      ]),
    ).toEqual([["Ferme A", 9_750]]);
    await expect(listProducerPayouts({ actor: farmerActor, producerId: theirs.producer.id })).rejects.toEqual(
      new DomainError("FORBIDDEN"),
    );
    await expect(listMarketPayouts({ actor: farmerActor, marketId: market.id })).rejects.toEqual(
      new DomainError("FORBIDDEN"),
    );
    expect(await listMarketPayouts({ actor: await loadActor(admin.id), marketId: market.id })).toHaveLength(2);
  });
});

describe("Stripe Connect onboarding", () => {
  it("creates the account once, returns Stripe's link, and the account.updated event marks the producer onboarded", async () => {
    const { producer } = await createProducerWithCatalog();
    const farmer = await createUser();
    await db().producerUser.create({ data: { producerId: producer.id, userId: farmer.id, role: "OWNER" } });
    const actor = await loadActor(farmer.id);
    const first = await startStripeOnboarding({ actor, producerId: producer.id, appUrl: "http://cabas.test" });
    await startStripeOnboarding({ actor, producerId: producer.id, appUrl: "http://cabas.test" });
    expect(fake.requests.filter((r) => r.path === "/v1/accounts")).toHaveLength(1);
    const { stripeAccountId } = await db().producer.findUniqueOrThrow({ where: { id: producer.id } });
    expect(first.url).toBe(`http://fake-stripe.test/onboard/${stripeAccountId}`);
    const outsider = await loadActor((await createUser()).id);
    const teamMember = await createUser();
    await db().producerUser.create({ data: { producerId: producer.id, userId: teamMember.id, role: "MEMBER" } });
    for (const refused of [outsider, await loadActor(teamMember.id)])
      await expect(startStripeOnboarding({ actor: refused, producerId: producer.id, appUrl: "" })).rejects.toEqual(
        new DomainError("FORBIDDEN"),
      );

    const event = {
      id: "evt_acct",
      type: "account.updated",
      created: 1_790_000_000,
      data: { object: { id: stripeAccountId, charges_enabled: true, payouts_enabled: true } },
    } as unknown as Stripe.Event;
    expect(await handleStripeEvent(event, new Date())).toBe("processed");
    expect((await db().producer.findUniqueOrThrow({ where: { id: producer.id } })).stripeOnboardedAt).not.toBeNull();
  });
});

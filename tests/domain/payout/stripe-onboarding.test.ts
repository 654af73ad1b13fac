import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { DomainError } from "@/lib/domain/errors";
import { handleStripeEvent } from "@/lib/domain/payment/handle-stripe-event";
import { startStripeOnboarding } from "@/lib/domain/payout/start-stripe-onboarding";
import type Stripe from "stripe";
import { withFakeStripe } from "../../support/fake-stripe";
import { createProducerWithCatalog, createUser } from "../../support/factories";

const fake = withFakeStripe();

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

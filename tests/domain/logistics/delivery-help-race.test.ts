import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { acceptDeliveryOffer } from "@/lib/domain/delivery-help/accept-delivery-offer";
import { chooseDeliveryHelp } from "@/lib/domain/delivery-help/choose-delivery-help";
import { offerDelivery } from "@/lib/domain/delivery-help/offer-delivery";
import { deliveryHelpSchema } from "@/lib/validation/logistics";
import { createConfirmedOrderFor, createDistribution, createMarket } from "../../support/factories";
import { onRealPostgres } from "../../support/on-real-postgres";

const available = onRealPostgres("cabas_delivery_help_race");
const now = new Date("2026-06-01T10:00:00Z");
const needs = deliveryHelpSchema.parse({
  choice: "NEEDS_DELIVERY",
  phone: "06 06 06 06 06",
  address: "12 rue Georges Lyvet, Vénissieux",
  consent: "on",
});

async function setUp(people: number, volunteers: number) {
  const market = await createMarket({ deliveryHelpEnabled: true });
  const distribution = await createDistribution(market, { now, inDays: 3 });
  const requests = [];
  for (let i = 0; i < people; i++) {
    const o = await createConfirmedOrderFor(distribution, { firstName: `Personne${i}` });
    await chooseDeliveryHelp({ actor: await loadActor(o.user.id), orderId: o.order.id, input: needs, now });
    requests.push({ ...o, actor: await loadActor(o.user.id) });
  }
  const helpers = [];
  for (let i = 0; i < volunteers; i++) {
    const o = await createConfirmedOrderFor(distribution, { firstName: `Bénévole${i}` });
    const actor = await loadActor(o.user.id);
    await chooseDeliveryHelp({ actor, orderId: o.order.id, input: { choice: "CAN_DELIVER" }, now });
    helpers.push({ ...o, actor });
  }
  return { requests, helpers };
}

describe.skipIf(!available)("delivery help on PostgreSQL", () => {
  it("one volunteer offering to twelve people at once gets exactly the market's limit (2) through", async () => {
    const { requests, helpers } = await setUp(12, 1);
    const [volunteer] = helpers;
    const results = await Promise.allSettled(
      requests.map((r) => offerDelivery({ actor: volunteer.actor, requestOrderId: r.order.id, now })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    expect(
      results
        .filter((r) => r.status === "rejected")
        .map((r) => (r as PromiseRejectedResult).reason.code)
        .every((code) => code === "DELIVERY_VOLUNTEER_LIMIT"),
    ).toBe(true);
    expect(await db().deliveryOffer.count({ where: { volunteerOrderId: volunteer.order.id } })).toBe(2);
    expect(await db().emailOutbox.count({ where: { template: "delivery-offered" } })).toBe(2);
  });

  it("a person accepting two offers at once ends with one match", async () => {
    const { requests, helpers } = await setUp(1, 6);
    const [person] = requests;
    const offers = [];
    for (const h of helpers) offers.push(await offerDelivery({ actor: h.actor, requestOrderId: person.order.id, now }));
    const results = await Promise.allSettled(
      offers.map((o) => acceptDeliveryOffer({ actor: person.actor, offerId: o.offerId, now })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const statuses = await db().deliveryOffer.groupBy({
      by: ["status"],
      where: { requestOrderId: person.order.id },
      _count: true,
    });
    expect(Object.fromEntries(statuses.map((s) => [s.status, s._count]))).toEqual({ ACCEPTED: 1, NOT_CHOSEN: 5 });
  });
});

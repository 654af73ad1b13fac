import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { chooseDeliveryHelp, withdrawDeliveryHelp } from "@/lib/domain/delivery-help/choose-delivery-help";
import { listDeliveryRequests } from "@/lib/domain/delivery-help/list-delivery-requests";
import { volunteerToDeliver } from "@/lib/domain/delivery-help/volunteer-to-deliver";
import { DomainError } from "@/lib/domain/errors";
import { deliveryHelpSchema } from "@/lib/validation/logistics";
import { createDistribution, createMarket, createOrderFor } from "../../support/factories";

const now = new Date("2026-06-01T10:00:00Z");

describe("delivery help between members", () => {
  it("a person in need is matched by a volunteer; contacts stay hidden until then, and both get them by e-mail", async () => {
    const market = await createMarket({ deliveryHelpEnabled: true, name: "VRAC Minguettes" });
    const distribution = await createDistribution(market, { now, inDays: 3 });
    const need = await createOrderFor(distribution, {
      firstName: "Fatou",
      lastName: "Diallo",
      email: "fatou@example.test",
      city: "Vénissieux",
    });
    const helper = await createOrderFor(distribution, {
      firstName: "Louis",
      lastName: "Perrin",
      email: "louis@example.test",
      phone: "06 55 44 33 22",
    });
    const other = await createOrderFor(distribution, { email: "autre@example.test" });
    const needActor = await loadActor(need.user.id);
    const helperActor = await loadActor(helper.user.id);

    expect(
      deliveryHelpSchema.safeParse({
        choice: "NEEDS_DELIVERY",
        phone: "0606060606",
        address: "12 rue Lyvet, Vénissieux",
      }).error?.issues[0].message,
    ).toBe("consentRequired");
    const input = deliveryHelpSchema.parse({
      choice: "NEEDS_DELIVERY",
      phone: "06 06 06 06 06",
      address: "12 rue Georges Lyvet, Vénissieux",
      consent: "on",
    });
    await chooseDeliveryHelp({ actor: needActor, orderId: need.order.id, input, now });
    await expect(
      chooseDeliveryHelp({ actor: needActor, orderId: need.order.id, input: { choice: "PICKUP_ONLY" }, now }),
    ).rejects.toEqual(new DomainError("DELIVERY_STATUS_ALREADY_CHOSEN", "choice"));
    await chooseDeliveryHelp({ actor: helperActor, orderId: helper.order.id, input: { choice: "CAN_DELIVER" }, now });

    await expect(
      listDeliveryRequests({ actor: await loadActor(other.user.id), distributionId: distribution.id }),
    ).rejects.toEqual(new DomainError("FORBIDDEN"));
    const seen = await listDeliveryRequests({ actor: helperActor, distributionId: distribution.id });
    expect(seen).toEqual([
      expect.objectContaining({
        orderId: need.order.id,
        firstName: "Fatou",
        lastName: null,
        city: "Vénissieux",
        matched: false,
      }),
    ]);
    expect(JSON.stringify(seen)).not.toContain("06 06");

    await volunteerToDeliver({ actor: helperActor, requestOrderId: need.order.id, now });
    await expect(volunteerToDeliver({ actor: helperActor, requestOrderId: need.order.id, now })).rejects.toEqual(
      new DomainError("DELIVERY_ALREADY_MATCHED"),
    );
    await expect(withdrawDeliveryHelp({ actor: needActor, orderId: need.order.id })).rejects.toEqual(
      new DomainError("DELIVERY_ALREADY_MATCHED"),
    );

    const toHelper = await db().emailOutbox.findFirstOrThrow({ where: { toEmail: "louis@example.test" } });
    expect(toHelper.text).toContain("06 06 06 06 06");
    expect(toHelper.text).toContain("12 rue Georges Lyvet");
    const toPerson = await db().emailOutbox.findFirstOrThrow({ where: { toEmail: "fatou@example.test" } });
    expect(toPerson.text).toContain("06 55 44 33 22");
    expect(toPerson.fromName).toBe("VRAC Minguettes");
  });

  it("is refused where the market does not offer it", async () => {
    const market = await createMarket({ deliveryHelpEnabled: false });
    const distribution = await createDistribution(market, { now, inDays: 3 });
    const { user, order } = await createOrderFor(distribution);
    await expect(
      chooseDeliveryHelp({ actor: await loadActor(user.id), orderId: order.id, input: { choice: "PICKUP_ONLY" }, now }),
    ).rejects.toEqual(new DomainError("DELIVERY_HELP_DISABLED"));
  });
});

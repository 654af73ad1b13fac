import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { acceptDeliveryOffer } from "@/lib/domain/delivery-help/accept-delivery-offer";
import { chooseDeliveryHelp } from "@/lib/domain/delivery-help/choose-delivery-help";
import { getDeliveryHelp } from "@/lib/domain/delivery-help/get-delivery-help";
import { listDeliveryRequests } from "@/lib/domain/delivery-help/list-delivery-requests";
import { offerDelivery } from "@/lib/domain/delivery-help/offer-delivery";
import { refuseDeliveryOffer } from "@/lib/domain/delivery-help/refuse-delivery-offer";
import { undoDeliveryMatch } from "@/lib/domain/delivery-help/undo-delivery-match";
import { withdrawDeliveryHelp } from "@/lib/domain/delivery-help/withdraw-delivery-help";
import { withdrawDeliveryOffer } from "@/lib/domain/delivery-help/withdraw-delivery-offer";
import { updateMarketSettings } from "@/lib/domain/market-admin/update-market-settings";
import { DomainError } from "@/lib/domain/errors";
import { marketSettingsSchema } from "@/lib/validation/admin";
import { deliveryHelpSchema } from "@/lib/validation/logistics";
import {
  createConfirmedOrderFor,
  createDistribution,
  createMarket,
  createMembership,
  createOrderFor,
  createUser,
} from "../../support/factories";

// Distributions are 3 days after `now` in Europe/Paris: Thursday 4 June 2026, 19:00–20:00. Contacts show until
// the end of the day after, Friday 5 June: midnight Paris time is 22:00 UTC.
const now = new Date("2026-06-01T10:00:00Z");
const lastContactInstant = new Date("2026-06-05T21:59:59Z");
const contactDeadline = new Date("2026-06-05T22:00:00Z");

const NEED_PHONE = "06 06 06 06 06";
const NEED_ADDRESS = "12 rue Georges Lyvet, 69200 Vénissieux";
const HELPER_PHONE = "06 55 44 33 22";

const needs = deliveryHelpSchema.parse({
  choice: "NEEDS_DELIVERY",
  phone: NEED_PHONE,
  address: NEED_ADDRESS,
  consent: "on",
});
const canDeliver = { choice: "CAN_DELIVER" } as const;

// A market with delivery help, a person in need (Fatou) who asked with consent, and two volunteers with
// confirmed baskets (Louis, Awa) who said they can deliver; `admin` administers the market.
async function scene(market?: Awaited<ReturnType<typeof createMarket>>) {
  market ??= await createMarket({ deliveryHelpEnabled: true, name: "VRAC Minguettes" });
  const distribution = await createDistribution(market, { now, inDays: 3 });
  const tag = randomUUID().slice(0, 6);
  const need = await createConfirmedOrderFor(distribution, {
    firstName: "Fatou",
    lastName: "Diallo",
    email: `fatou-${tag}@example.test`,
    city: "Vénissieux",
  });
  const louis = await createConfirmedOrderFor(distribution, {
    firstName: "Louis",
    lastName: "Perrin",
    email: `louis-${tag}@example.test`,
    phone: HELPER_PHONE,
  });
  const awa = await createConfirmedOrderFor(distribution, {
    firstName: "Awa",
    lastName: "Sow",
    email: `awa-${tag}@example.test`,
    phone: "07 11 22 33 44",
  });
  const adminUser = await createUser();
  await createMembership(market.id, adminUser.id, { isAdmin: true });
  const actors = {
    need: await loadActor(need.user.id),
    louis: await loadActor(louis.user.id),
    awa: await loadActor(awa.user.id),
    admin: await loadActor(adminUser.id),
  };
  await chooseDeliveryHelp({ actor: actors.need, orderId: need.order.id, input: needs, now });
  await chooseDeliveryHelp({ actor: actors.louis, orderId: louis.order.id, input: canDeliver, now });
  await chooseDeliveryHelp({ actor: actors.awa, orderId: awa.order.id, input: canDeliver, now });
  const view = (who: "need" | "louis" | "awa", at = now) =>
    getDeliveryHelp({ actor: actors[who], orderId: { need, louis, awa }[who].order.id, now: at });
  return { market, distribution, need, louis, awa, adminUser, actors, view };
}

// Every e-mail queued for these people, subject, text and HTML together.
async function mailsTo(...emails: string[]) {
  const rows = await db().emailOutbox.findMany({
    where: { toEmail: { in: emails } },
    select: { toEmail: true, template: true, subject: true, text: true, html: true },
  });
  return rows.map((r) => ({ ...r, all: `${r.subject}\n${r.text}\n${r.html}` }));
}

function expectNoContactIn(text: string, s: Awaited<ReturnType<typeof scene>>) {
  for (const secret of [
    NEED_PHONE,
    "Georges Lyvet",
    s.need.user.email,
    HELPER_PHONE,
    s.louis.user.email,
    "07 11 22 33 44",
    s.awa.user.email,
  ])
    expect(text).not.toContain(secret);
}

describe("delivery help: who may take part", () => {
  it("an account with an empty basket, or one that is not confirmed, can neither volunteer nor ask", async () => {
    const market = await createMarket({ deliveryHelpEnabled: true });
    const distribution = await createDistribution(market, { now, inDays: 3 });
    const empty = await createOrderFor(distribution);
    const draft = await createConfirmedOrderFor(distribution);
    await db().order.update({ where: { id: draft.order.id }, data: { confirmedAt: null } });
    const emptied = await createConfirmedOrderFor(distribution);
    await db().orderLine.deleteMany({ where: { orderId: emptied.order.id } });

    for (const { user, order } of [empty, draft, emptied]) {
      const actor = await loadActor(user.id);
      for (const input of [canDeliver, needs])
        await expect(chooseDeliveryHelp({ actor, orderId: order.id, input, now })).rejects.toEqual(
          new DomainError("DELIVERY_HELP_BASKET_NOT_CONFIRMED", "choice"),
        );
      expect(await db().order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ deliveryHelp: null });
      const view = await getDeliveryHelp({ actor, orderId: order.id, now });
      expect(view).toMatchObject({ kind: "none", basketConfirmed: false });
    }
  });

  it("a volunteer flagged before the rule, with an empty basket, sees nobody and cannot offer", async () => {
    const s = await scene();
    const harvester = await createOrderFor(s.distribution, { firstName: "Nouveau" });
    await db().order.update({ where: { id: harvester.order.id }, data: { deliveryHelp: "CAN_DELIVER" } });
    const actor = await loadActor(harvester.user.id);
    await expect(offerDelivery({ actor, requestOrderId: s.need.order.id, now })).rejects.toEqual(
      new DomainError("DELIVERY_HELP_BASKET_NOT_CONFIRMED"),
    );
    const view = await getDeliveryHelp({ actor, orderId: harvester.order.id, now });
    expect(view).toMatchObject({ kind: "volunteer", basketConfirmed: false, requests: [] });
    expect(await db().deliveryOffer.count({ where: { volunteerOrderId: harvester.order.id } })).toBe(0);
  });

  it("a shopper of the distribution who did not volunteer cannot offer, and nobody sees requests elsewhere", async () => {
    const s = await scene();
    const other = await createConfirmedOrderFor(s.distribution);
    await expect(
      offerDelivery({ actor: await loadActor(other.user.id), requestOrderId: s.need.order.id, now }),
    ).rejects.toEqual(new DomainError("FORBIDDEN"));
    const outsider = await createUser();
    await expect(
      offerDelivery({ actor: await loadActor(outsider.id), requestOrderId: s.need.order.id, now }),
    ).rejects.toEqual(new DomainError("FORBIDDEN"));
    await expect(
      listDeliveryRequests({ actor: s.actors.louis, distributionId: s.distribution.id, now }),
    ).rejects.toEqual(new DomainError("NOT_FOUND"));
  });
});

describe("delivery help: offers, consent and contact details", () => {
  it("a volunteer offers, the person sees « Louis P. » and accepts; only then, and only in the app, both see each other's contacts", async () => {
    const s = await scene();
    expect(
      deliveryHelpSchema.safeParse({ choice: "NEEDS_DELIVERY", phone: NEED_PHONE, address: NEED_ADDRESS }).error
        ?.issues[0].message,
    ).toBe("consentRequired");

    // Before any offer, a volunteer sees a first name and a town, nothing else.
    const before = await s.view("louis");
    expect(before).toMatchObject({
      kind: "volunteer",
      requests: [{ orderId: s.need.order.id, firstName: "Fatou", city: "Vénissieux" }],
      offers: [],
    });
    expectNoContactIn(JSON.stringify(before), s);

    const { offerId: louisOffer } = await offerDelivery({
      actor: s.actors.louis,
      requestOrderId: s.need.order.id,
      now,
    });
    const { offerId: awaOffer } = await offerDelivery({ actor: s.actors.awa, requestOrderId: s.need.order.id, now });
    await expect(offerDelivery({ actor: s.actors.louis, requestOrderId: s.need.order.id, now })).rejects.toEqual(
      new DomainError("DELIVERY_ALREADY_OFFERED"),
    );
    const offered = await s.view("need");
    expect(offered).toMatchObject({
      kind: "person",
      offers: [
        { offerId: louisOffer, status: "OFFERED", volunteer: "Louis P.", contact: null },
        { offerId: awaOffer, status: "OFFERED", volunteer: "Awa S.", contact: null },
      ],
    });
    expectNoContactIn(JSON.stringify(offered), s);
    expectNoContactIn(JSON.stringify(await s.view("louis")), s);

    // Only the person answers their offers.
    await expect(acceptDeliveryOffer({ actor: s.actors.louis, offerId: louisOffer, now })).rejects.toEqual(
      new DomainError("NOT_FOUND"),
    );
    await acceptDeliveryOffer({ actor: s.actors.need, offerId: louisOffer, now });
    await expect(acceptDeliveryOffer({ actor: s.actors.need, offerId: awaOffer, now })).rejects.toEqual(
      new DomainError("DELIVERY_OFFER_GONE"),
    );

    const person = await s.view("need");
    expect(person.kind === "person" && person.offers).toEqual([
      {
        offerId: louisOffer,
        status: "ACCEPTED",
        volunteer: "Louis P.",
        contact: { phone: HELPER_PHONE, email: s.louis.user.email },
      },
      { offerId: awaOffer, status: "NOT_CHOSEN", volunteer: "Awa S.", contact: null },
    ]);
    const volunteer = await s.view("louis");
    expect(volunteer.kind === "volunteer" && volunteer.offers).toEqual([
      {
        offerId: louisOffer,
        status: "ACCEPTED",
        firstName: "Fatou",
        city: "Vénissieux",
        contact: { name: "Fatou Diallo", phone: NEED_PHONE, address: NEED_ADDRESS, email: s.need.user.email },
      },
    ]);
    // The volunteer who was not chosen sees nothing of Fatou's, nor does anyone else.
    const notChosen = await s.view("awa");
    expect(notChosen).toMatchObject({ offers: [{ status: "NOT_CHOSEN", contact: null }], requests: [] });
    expectNoContactIn(JSON.stringify(notChosen), s);
    const admin = await listDeliveryRequests({ actor: s.actors.admin, distributionId: s.distribution.id, now });
    expect(admin.requests).toEqual([
      expect.objectContaining({
        orderId: s.need.order.id,
        contact: { phone: NEED_PHONE, address: NEED_ADDRESS, email: s.need.user.email },
        offers: [
          {
            offerId: louisOffer,
            accepted: true,
            volunteer: "PERRIN Louis",
            contact: { phone: HELPER_PHONE, email: s.louis.user.email },
          },
        ],
      }),
    ]);

    // E-mails said what happened, with a link, and never a contact detail.
    const mails = await mailsTo(s.need.user.email, s.louis.user.email, s.awa.user.email);
    expect(mails.map((m) => `${m.toEmail.split("-")[0]}:${m.template}`).sort()).toEqual([
      "awa:delivery-notChosen",
      "fatou:delivery-offered",
      "fatou:delivery-offered",
      "louis:delivery-accepted",
    ]);
    for (const mail of mails) {
      expectNoContactIn(mail.all, s);
      expect(mail.text).toContain("/retrait/");
      expect(mail.subject).toContain("VRAC Minguettes");
    }
  });

  it("contacts show until the end of the day after the distribution in the market's time zone, admins included", async () => {
    const s = await scene();
    const { offerId } = await offerDelivery({ actor: s.actors.louis, requestOrderId: s.need.order.id, now });
    await acceptDeliveryOffer({ actor: s.actors.need, offerId, now });
    const seen = async (at: Date) => {
      const person = await s.view("need", at);
      const volunteer = await s.view("louis", at);
      const admin = await listDeliveryRequests({ actor: s.actors.admin, distributionId: s.distribution.id, now: at });
      return {
        person: person.kind === "person" && person.offers[0].contact !== null,
        volunteer: volunteer.kind === "volunteer" && volunteer.offers[0].contact !== null,
        adminPerson: admin.requests[0].contact !== null,
        adminVolunteer: admin.requests[0].offers[0].contact !== null,
      };
    };
    const all = { person: true, volunteer: true, adminPerson: true, adminVolunteer: true };
    const none = { person: false, volunteer: false, adminPerson: false, adminVolunteer: false };
    expect(await seen(new Date("2026-06-04T18:00:00Z"))).toEqual(all); // during pick-up
    expect(await seen(lastContactInstant)).toEqual(all); // Friday 23:59:59 in Paris
    expect(await seen(contactDeadline)).toEqual(none); // Saturday 00:00 in Paris
    expect(await seen(new Date("2026-07-01T00:00:00Z"))).toEqual(none);
    const late = await s.view("louis", contactDeadline);
    expect(late).toMatchObject({ offers: [{ status: "ACCEPTED", firstName: "Fatou", contact: null }] });
    expectNoContactIn(JSON.stringify(late), s);
  });

  it("the deadline follows the market's time zone", async () => {
    const market = await createMarket({ deliveryHelpEnabled: true, timeZone: "America/Montreal" });
    const s = await scene(market);
    const { offerId } = await offerDelivery({ actor: s.actors.louis, requestOrderId: s.need.order.id, now });
    await acceptDeliveryOffer({ actor: s.actors.need, offerId, now });
    // Thursday 4 June in Montréal; the end of Friday 5 June there is 04:00 UTC on Saturday 6.
    const at = async (iso: string) => {
      const v = await s.view("louis", new Date(iso));
      return v.kind === "volunteer" && v.offers[0].contact !== null;
    };
    expect(await at("2026-06-06T03:59:59Z")).toBe(true);
    expect(await at("2026-06-06T04:00:00Z")).toBe(false);
  });

  it("the person withdraws after the match: the volunteer is told without contacts and no longer sees them", async () => {
    const s = await scene();
    const { offerId } = await offerDelivery({ actor: s.actors.louis, requestOrderId: s.need.order.id, now });
    const { offerId: awaOffer } = await offerDelivery({ actor: s.actors.awa, requestOrderId: s.need.order.id, now });
    await acceptDeliveryOffer({ actor: s.actors.need, offerId, now });
    await expect(withdrawDeliveryHelp({ actor: s.actors.louis, orderId: s.need.order.id, now })).rejects.toEqual(
      new DomainError("NOT_FOUND"),
    );

    await withdrawDeliveryHelp({ actor: s.actors.need, orderId: s.need.order.id, now });

    expect(await db().order.findUniqueOrThrow({ where: { id: s.need.order.id } })).toMatchObject({
      deliveryHelp: null,
      deliveryConsentAt: null,
    });
    expect(await db().deliveryOffer.findUniqueOrThrow({ where: { id: offerId } })).toMatchObject({
      status: "CANCELLED",
      endedAt: now,
    });
    expect(await db().deliveryOffer.findUniqueOrThrow({ where: { id: awaOffer } })).toMatchObject({
      status: "NOT_CHOSEN",
    });
    const volunteer = await s.view("louis");
    expect(volunteer).toMatchObject({
      offers: [{ status: "CANCELLED", firstName: "Fatou", contact: null }],
      requests: [],
    });
    expectNoContactIn(JSON.stringify(volunteer), s);
    expect(await s.view("need")).toMatchObject({ kind: "none" });
    const admin = await listDeliveryRequests({ actor: s.actors.admin, distributionId: s.distribution.id, now });
    expect(admin.requests).toEqual([]);

    const [told] = (await mailsTo(s.louis.user.email)).filter((m) => m.template === "delivery-requestWithdrawn");
    expect(told.text).toContain("Fatou");
    expectNoContactIn(told.all, s);
    // Awa's offer had already ended: she is not told twice.
    expect((await mailsTo(s.awa.user.email)).map((m) => m.template)).toEqual(["delivery-notChosen"]);

    // She may ask again; Louis may offer again.
    await chooseDeliveryHelp({ actor: s.actors.need, orderId: s.need.order.id, input: needs, now });
    await offerDelivery({ actor: s.actors.louis, requestOrderId: s.need.order.id, now });
  });

  it("a person withdraws before any match, and a volunteer who stops volunteering ends their offers", async () => {
    const s = await scene();
    await offerDelivery({ actor: s.actors.louis, requestOrderId: s.need.order.id, now });
    await withdrawDeliveryHelp({ actor: s.actors.louis, orderId: s.louis.order.id, now });
    expect(await s.view("need")).toMatchObject({ offers: [{ status: "WITHDRAWN", volunteer: "Louis P." }] });
    const mails = await mailsTo(s.need.user.email);
    expect(mails.map((m) => m.template).sort()).toEqual(["delivery-offerWithdrawn", "delivery-offered"]);
    for (const mail of mails) expectNoContactIn(mail.all, s);

    await withdrawDeliveryHelp({ actor: s.actors.need, orderId: s.need.order.id, now });
    expect(await s.view("awa")).toMatchObject({ requests: [] });
  });

  it("the person refuses an offer, or ends a match: the volunteer sees nothing and cannot offer again", async () => {
    const s = await scene();
    const { offerId: louisOffer } = await offerDelivery({
      actor: s.actors.louis,
      requestOrderId: s.need.order.id,
      now,
    });
    await refuseDeliveryOffer({ actor: s.actors.need, offerId: louisOffer, now });
    expect(await s.view("louis")).toMatchObject({ offers: [{ status: "REFUSED", contact: null }], requests: [] });
    await expect(offerDelivery({ actor: s.actors.louis, requestOrderId: s.need.order.id, now })).rejects.toEqual(
      new DomainError("DELIVERY_OFFER_REFUSED"),
    );
    await expect(acceptDeliveryOffer({ actor: s.actors.need, offerId: louisOffer, now })).rejects.toEqual(
      new DomainError("DELIVERY_OFFER_GONE"),
    );

    // Accepted, then refused after all.
    const { offerId: awaOffer } = await offerDelivery({ actor: s.actors.awa, requestOrderId: s.need.order.id, now });
    await acceptDeliveryOffer({ actor: s.actors.need, offerId: awaOffer, now });
    await refuseDeliveryOffer({ actor: s.actors.need, offerId: awaOffer, now });
    const awa = await s.view("awa");
    expect(awa).toMatchObject({ offers: [{ status: "REFUSED", contact: null }] });
    expectNoContactIn(JSON.stringify(awa), s);
    expect(await s.view("need")).toMatchObject({
      kind: "person",
      offers: [
        { status: "REFUSED", contact: null },
        { status: "REFUSED", contact: null },
      ],
    });
    for (const mail of await mailsTo(s.need.user.email, s.louis.user.email, s.awa.user.email))
      expectNoContactIn(mail.all, s);
  });

  it("a volunteer withdraws an accepted offer: the person is told, and may accept someone else", async () => {
    const s = await scene();
    const { offerId } = await offerDelivery({ actor: s.actors.louis, requestOrderId: s.need.order.id, now });
    await acceptDeliveryOffer({ actor: s.actors.need, offerId, now });
    await expect(withdrawDeliveryOffer({ actor: s.actors.awa, offerId, now })).rejects.toEqual(
      new DomainError("NOT_FOUND"),
    );
    await withdrawDeliveryOffer({ actor: s.actors.louis, offerId, now });
    expect(await s.view("need")).toMatchObject({ offers: [{ status: "WITHDRAWN", contact: null }] });
    expect(await s.view("louis")).toMatchObject({ offers: [{ status: "WITHDRAWN", contact: null }] });
    const { offerId: awaOffer } = await offerDelivery({ actor: s.actors.awa, requestOrderId: s.need.order.id, now });
    await acceptDeliveryOffer({ actor: s.actors.need, offerId: awaOffer, now });
    for (const mail of await mailsTo(s.need.user.email, s.louis.user.email, s.awa.user.email))
      expectNoContactIn(mail.all, s);
  });

  it("a market admin undoes a match: both are told, neither sees the other, the volunteer cannot offer again", async () => {
    const s = await scene();
    const { offerId } = await offerDelivery({ actor: s.actors.louis, requestOrderId: s.need.order.id, now });
    await acceptDeliveryOffer({ actor: s.actors.need, offerId, now });
    await expect(undoDeliveryMatch({ actor: s.actors.awa, offerId, now })).rejects.toEqual(
      new DomainError("FORBIDDEN"),
    );
    const otherAdmin = await createUser();
    await createMembership((await createMarket()).id, otherAdmin.id, { isAdmin: true });
    await expect(undoDeliveryMatch({ actor: await loadActor(otherAdmin.id), offerId, now })).rejects.toEqual(
      new DomainError("FORBIDDEN"),
    );

    await undoDeliveryMatch({ actor: s.actors.admin, offerId, now });

    expect(await db().deliveryOffer.findUniqueOrThrow({ where: { id: offerId } })).toMatchObject({
      status: "UNDONE",
      undoneById: s.adminUser.id,
    });
    expect(await s.view("need")).toMatchObject({ offers: [{ status: "UNDONE", contact: null }] });
    const volunteer = await s.view("louis");
    expect(volunteer).toMatchObject({ offers: [{ status: "UNDONE", contact: null }], requests: [] });
    expectNoContactIn(JSON.stringify(volunteer), s);
    await expect(offerDelivery({ actor: s.actors.louis, requestOrderId: s.need.order.id, now })).rejects.toEqual(
      new DomainError("DELIVERY_OFFER_REFUSED"),
    );
    const admin = await listDeliveryRequests({ actor: s.actors.admin, distributionId: s.distribution.id, now });
    expect(admin.requests).toMatchObject([{ orderId: s.need.order.id, offers: [] }]);
    await expect(undoDeliveryMatch({ actor: s.actors.admin, offerId, now })).rejects.toEqual(
      new DomainError("DELIVERY_OFFER_GONE"),
    );

    const mails = await mailsTo(s.need.user.email, s.louis.user.email);
    expect(mails.map((m) => m.template).sort()).toEqual([
      "delivery-accepted",
      "delivery-offered",
      "delivery-undoneForPerson",
      "delivery-undoneForVolunteer",
    ]);
    for (const mail of mails) expectNoContactIn(mail.all, s);
  });

  it("e-mails go out in each recipient's language", async () => {
    const s = await scene();
    await db().user.update({ where: { id: s.louis.user.id }, data: { locale: "en" } });
    const { offerId } = await offerDelivery({ actor: s.actors.louis, requestOrderId: s.need.order.id, now });
    await acceptDeliveryOffer({ actor: s.actors.need, offerId, now });
    const [toPerson] = await mailsTo(s.need.user.email);
    expect(toPerson.text).toContain("Louis P. propose de livrer votre commande");
    const [toVolunteer] = await mailsTo(s.louis.user.email);
    expect(toVolunteer.subject).toBe("VRAC Minguettes: delivery help");
    expect(toVolunteer.text).toContain("Fatou accepts that you deliver their order");
  });
});

describe("delivery help: how many people one volunteer may offer to deliver", () => {
  it("at most the market's setting (2 by default), offers awaiting an answer included", async () => {
    const market = await createMarket({ deliveryHelpEnabled: true });
    const s = await scene(market);
    expect(market.deliveryHelpMaxPerVolunteer).toBe(2);
    const others = [];
    for (const firstName of ["Rose", "Yanis", "Lina"]) {
      const o = await createConfirmedOrderFor(s.distribution, { firstName });
      await chooseDeliveryHelp({ actor: await loadActor(o.user.id), orderId: o.order.id, input: needs, now });
      others.push(o);
    }
    const first = await offerDelivery({ actor: s.actors.louis, requestOrderId: s.need.order.id, now });
    await offerDelivery({ actor: s.actors.louis, requestOrderId: others[0].order.id, now });
    await expect(offerDelivery({ actor: s.actors.louis, requestOrderId: others[1].order.id, now })).rejects.toEqual(
      new DomainError("DELIVERY_VOLUNTEER_LIMIT"),
    );
    expect(await s.view("louis")).toMatchObject({ maxOffers: 2, liveOffers: 2 });

    // An offer that ends frees its place.
    await refuseDeliveryOffer({ actor: s.actors.need, offerId: first.offerId, now });
    await offerDelivery({ actor: s.actors.louis, requestOrderId: others[1].order.id, now });
    await expect(offerDelivery({ actor: s.actors.louis, requestOrderId: others[2].order.id, now })).rejects.toEqual(
      new DomainError("DELIVERY_VOLUNTEER_LIMIT"),
    );

    // The admin raises the limit from the settings page.
    const input = marketSettingsSchema.parse({
      name: market.name,
      basketMode: "BEFORE",
      deliveryHelpEnabled: "on",
      deliveryHelpMaxPerVolunteer: "3",
      payOnSite: "on",
      feePercent: "",
      timeZone: "Europe/Paris",
    });
    await updateMarketSettings({ actor: s.actors.admin, marketId: market.id, input });
    await offerDelivery({ actor: s.actors.louis, requestOrderId: others[2].order.id, now });
    expect(await db().deliveryOffer.count({ where: { volunteerOrderId: s.louis.order.id, status: "OFFERED" } })).toBe(
      3,
    );
  });

  it("the setting is a whole number from 1 to 10", async () => {
    const base = { name: "Marché", basketMode: "BEFORE", payOnSite: "on", feePercent: "", timeZone: "Europe/Paris" };
    for (const bad of ["0", "11", "2,5", "", "deux", "-1"]) {
      const parsed = marketSettingsSchema.safeParse({ ...base, deliveryHelpMaxPerVolunteer: bad });
      expect(parsed.error?.issues.map((i) => `${String(i.path[0])}:${i.message}`)).toEqual([
        "deliveryHelpMaxPerVolunteer:deliveryHelpMaxInvalid",
      ]);
    }
    for (const [good, value] of [
      ["1", 1],
      [" 10 ", 10],
    ] as const)
      expect(
        marketSettingsSchema.parse({ ...base, deliveryHelpMaxPerVolunteer: good }).deliveryHelpMaxPerVolunteer,
      ).toBe(value);
    // The database holds the same range, whatever the caller.
    const market = await createMarket();
    await expect(
      db().market.update({ where: { id: market.id }, data: { deliveryHelpMaxPerVolunteer: 11 } }),
    ).rejects.toThrow(/Market_delivery_help_max_per_volunteer_range/);
  });
});

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/domain/email/enqueue-email";
import { getClosingReminderHours, setClosingReminderHours } from "@/lib/domain/notice/closing-reminder-hours";
import { closingReminderKey, queueClosingReminders } from "@/lib/domain/notice/queue-closing-reminders";
import { loadActor } from "@/lib/domain/access/actor";
import { createMembership, createUser } from "../../support/factories";
import { openSale, shopperWithBasket, type Sale } from "../../support/sale";

const appUrl = "http://cabas.test";
// The mails these jobs write (a confirmed basket also gets its order confirmation, which is not what this is about).
const mailsTo = (email: string) =>
  db().emailOutbox.findMany({
    where: { toEmail: email, template: { not: "order-confirmation" } },
    orderBy: { createdAt: "asc" },
  });
const hoursBeforeClose = (sale: Sale, h: number) => new Date(sale.distribution.ordersCloseAt.getTime() - h * 3_600_000);

async function member(sale: Sale, data: Parameters<typeof createUser>[0] = {}) {
  const user = await createUser(data);
  await createMembership(sale.market.id, user.id);
  return user;
}

describe("« finissez votre panier » before close", () => {
  it("mails each idle draft once, in the shopper's language, with a link to it; never an order, a busy draft or an early sale", async () => {
    // Pick-up in 2 days at 19:00 Paris: orders close tomorrow at 19:00 (17:00 UTC).
    const sale = await openSale({ inDays: 2 });
    const bread = await sale.product({ name: "Pain" });
    const idle = await shopperWithBasket(sale, bread.id, "1", { user: { email: "idle@example.test", locale: "en" } });
    await shopperWithBasket(sale, bread.id, "1", { confirm: true, user: { email: "ordered@example.test" } });

    // More than 24 h before close: too early.
    expect(await queueClosingReminders({ now: hoursBeforeClose(sale, 25), appUrl })).toMatchObject({ queued: 0 });
    // A draft being filled right now (its hold still runs) is left alone.
    await shopperWithBasket(sale, bread.id, "1", {
      now: hoursBeforeClose(sale, 10),
      user: { email: "busy@example.test" },
    });
    const run = await queueClosingReminders({ now: hoursBeforeClose(sale, 10), appUrl });
    expect(run.failures).toEqual([]);
    const [mail] = await mailsTo("idle@example.test");
    expect(mail).toMatchObject({ subject: "La Cagette: your basket is not an order yet", template: "finish-basket" });
    expect(mail.html).toContain(`${appUrl}/commande/${idle.orderId}`);
    expect(mail.text).toContain("at 19:00"); // the close, in the market's time
    expect(await mailsTo("ordered@example.test")).toHaveLength(0);
    expect(await mailsTo("busy@example.test")).toHaveLength(0);

    // Later runs: the busy draft, idle by now, gets its mail; nobody gets a second one.
    const later = await queueClosingReminders({ now: hoursBeforeClose(sale, 9), appUrl });
    expect(later).toMatchObject({ queued: 1, failures: [] });
    expect((await mailsTo("busy@example.test")).map((m) => m.template)).toEqual(["finish-basket"]);
    expect(await queueClosingReminders({ now: hoursBeforeClose(sale, 1), appUrl })).toMatchObject({ queued: 0 });
  });
});

describe("« les commandes ferment bientôt »", () => {
  it("tells each member with no basket once, with the sale's link and an opt-out; never one who ordered, a draft's shopper twice, or one who turned reminders off", async () => {
    const sale = await openSale({ inDays: 2 });
    const bread = await sale.product({});
    const idle = await member(sale, { email: "rien@example.test" });
    const quiet = await member(sale, { email: "silence@example.test", notifyReminder: false });
    const gone = await member(sale, { email: "parti@example.test" });
    await db().membership.updateMany({ where: { userId: gone.id }, data: { leftAt: new Date("2026-05-01") } });
    await shopperWithBasket(sale, bread.id, "1", { confirm: true, user: { email: "commande@example.test" } });
    await shopperWithBasket(sale, bread.id, "1", { user: { email: "brouillon@example.test" } });

    const run = await queueClosingReminders({ now: hoursBeforeClose(sale, 12), appUrl });
    expect(run.failures).toEqual([]);
    const [mail, ...more] = await mailsTo(idle.email);
    expect(more).toEqual([]);
    expect(mail).toMatchObject({
      template: "orders-close-soon",
      subject: "La Cagette : les commandes ferment bientôt",
      dedupeKey: closingReminderKey(sale.distribution.id, idle.id),
    });
    expect(mail.html).toContain(`${appUrl}/m/${sale.market.slug}/distributions/${sale.distribution.id}`);
    expect(mail.text).toContain("à 19:00");
    expect(mail.listUnsubscribeUrl).toContain(appUrl);
    expect(await mailsTo(quiet.email)).toEqual([]);
    expect(await mailsTo(gone.email)).toEqual([]);
    expect(await mailsTo("commande@example.test")).toEqual([]);
    expect((await mailsTo("brouillon@example.test")).map((m) => m.template)).toEqual(["finish-basket"]);

    // Again, or once the draft is confirmed after all: nothing more.
    expect(await queueClosingReminders({ now: hoursBeforeClose(sale, 2), appUrl })).toMatchObject({ queued: 0 });
    expect(await mailsTo(idle.email)).toHaveLength(1);
  });

  it("waits for the market's choice: 48 hours when the admins ask for it, 24 by default", async () => {
    const sale = await openSale({ inDays: 3 });
    const idle = await member(sale);
    expect(await getClosingReminderHours({ actor: sale.admin, marketId: sale.market.id })).toBe(24);
    expect(await queueClosingReminders({ now: hoursBeforeClose(sale, 30), appUrl })).toMatchObject({ queued: 0 });

    await setClosingReminderHours({ actor: sale.admin, marketId: sale.market.id, hours: 48 });
    expect(await queueClosingReminders({ now: hoursBeforeClose(sale, 49), appUrl })).toMatchObject({ queued: 0 });
    await queueClosingReminders({ now: hoursBeforeClose(sale, 30), appUrl });
    expect((await mailsTo(idle.email)).map((m) => m.template)).toEqual(["orders-close-soon"]);
  });

  it("calls nobody to a shop no catalog has joined", async () => {
    const sale = await openSale({ inDays: 2 });
    await db().participation.updateMany({
      where: { distributionId: sale.distribution.id },
      data: { status: "DECLINED" },
    });
    const idle = await member(sale);
    await queueClosingReminders({ now: hoursBeforeClose(sale, 3), appUrl });
    expect(await mailsTo(idle.email)).toEqual([]);
  });

  it("one e-mail per person and distribution: someone already sent a closing reminder gets no other", async () => {
    const sale = await openSale({ inDays: 2 });
    const bread = await sale.product({});
    const { user } = await shopperWithBasket(sale, bread.id, "1", { user: { email: "deja@example.test" } });
    await db().$transaction((tx) =>
      enqueueEmail(tx, {
        dedupeKey: closingReminderKey(sale.distribution.id, user.id),
        to: user.email,
        fromName: "La Cagette",
        subject: "Les commandes ferment bientôt",
        html: "<p>…</p>",
        text: "…",
        template: "orders-close-soon",
      }),
    );
    const run = await queueClosingReminders({ now: hoursBeforeClose(sale, 1), appUrl });
    expect(run.failures).toEqual([]);
    expect((await mailsTo("deja@example.test")).map((m) => m.template)).toEqual(["orders-close-soon"]);
  });
});

describe("choosing when", () => {
  it("is for whoever writes the market's messages, and only 24 or 48 hours", async () => {
    const sale = await openSale();
    const writer = await createUser();
    await createMembership(sale.market.id, writer.id, { canManageMessages: true });
    const plain = await member(sale);
    const marketId = sale.market.id;
    await setClosingReminderHours({ actor: await loadActor(writer.id), marketId, hours: 48 });
    expect(await getClosingReminderHours({ actor: sale.admin, marketId })).toBe(48);
    await expect(setClosingReminderHours({ actor: await loadActor(plain.id), marketId, hours: 24 })).rejects.toThrow(
      "FORBIDDEN",
    );
    await expect(getClosingReminderHours({ actor: sale.farmer, marketId })).rejects.toThrow("FORBIDDEN");
    await expect(setClosingReminderHours({ actor: sale.admin, marketId, hours: 12 })).rejects.toMatchObject({
      code: "CLOSING_REMINDER_HOURS_INVALID",
      field: "closingReminderHours",
    });
    expect(await getClosingReminderHours({ actor: sale.admin, marketId })).toBe(48);
  });
});

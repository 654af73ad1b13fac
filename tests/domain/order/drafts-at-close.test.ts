import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { validateDistribution } from "@/lib/domain/distribution-day/validate-distribution";
import { enqueueEmail } from "@/lib/domain/email/enqueue-email";
import { queueCloseNotices } from "@/lib/domain/notice/queue-close-notices";
import { closingReminderKey, queueClosingReminders } from "@/lib/domain/notice/queue-closing-reminders";
import { setBasketQuantity } from "@/lib/domain/order/set-basket-quantity";
import { schedulePayouts } from "@/lib/domain/payout/schedule-payouts";
import { payByCard, unbalancedTransactions } from "../../support/factories";
import { addToBasket, openSale, SALE_NOW, shopperWithBasket, stockOf } from "../../support/sale";

const appUrl = "http://cabas.test";
// The mails about drafts (a confirmed basket also gets its order confirmation, which is not what this is about).
const mailsTo = (email: string) =>
  db().emailOutbox.findMany({
    where: { toEmail: email, template: { not: "order-confirmation" } },
    orderBy: { createdAt: "asc" },
  });

describe("« finissez votre panier » before close", () => {
  it("mails each idle draft once, in the shopper's language, with a link to it; never an order, a busy draft or an early sale", async () => {
    // Pick-up in 2 days at 19:00 Paris: orders close tomorrow at 19:00 (17:00 UTC).
    const sale = await openSale({ inDays: 2 });
    const closeAt = sale.distribution.ordersCloseAt;
    const hoursBeforeClose = (h: number) => new Date(closeAt.getTime() - h * 3_600_000);
    const bread = await sale.product({ name: "Pain" });
    const idle = await shopperWithBasket(sale, bread.id, "1", { user: { email: "idle@example.test", locale: "en" } });
    await shopperWithBasket(sale, bread.id, "1", { confirm: true, user: { email: "ordered@example.test" } });

    // More than 24 h before close: too early.
    expect(await queueClosingReminders({ now: hoursBeforeClose(25), appUrl })).toMatchObject({ queued: 0 });
    // A draft being filled right now (its hold still runs) is left alone.
    await shopperWithBasket(sale, bread.id, "1", {
      now: hoursBeforeClose(10),
      user: { email: "busy@example.test" },
    });
    const run = await queueClosingReminders({ now: hoursBeforeClose(10), appUrl });
    expect(run).toEqual({ queued: 1, succeeded: 1, failures: [] });
    const [mail] = await mailsTo("idle@example.test");
    expect(mail).toMatchObject({ subject: "La Cagette: your basket is not an order yet", template: "finish-basket" });
    expect(mail.html).toContain(`${appUrl}/commande/${idle.orderId}`);
    expect(mail.text).toContain("at 19:00"); // the close, in the market's time
    expect(await mailsTo("ordered@example.test")).toHaveLength(0);
    expect(await mailsTo("busy@example.test")).toHaveLength(0);

    // Later runs: the busy draft, idle by now, gets its mail; nobody gets a second one.
    const later = await queueClosingReminders({ now: hoursBeforeClose(9), appUrl });
    expect(later).toMatchObject({ queued: 1, failures: [] });
    expect(await mailsTo("busy@example.test")).toHaveLength(1);
    expect(await queueClosingReminders({ now: hoursBeforeClose(1), appUrl })).toMatchObject({ queued: 0 });
  });

  it("one e-mail per person and distribution: someone already sent the closing reminder gets no other", async () => {
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
    const run = await queueClosingReminders({
      now: new Date(sale.distribution.ordersCloseAt.getTime() - 3_600_000),
      appUrl,
    });
    expect(run.failures).toEqual([]);
    expect((await mailsTo("deja@example.test")).map((m) => m.template)).toEqual(["orders-close-soon"]);
  });
});

describe("at close, drafts are dropped", () => {
  it("lines deleted, stock given back, row kept with its number, the shopper told in their language; orders untouched", async () => {
    const sale = await openSale({ inDays: 2 });
    const honey = await sale.product({ name: "Miel", stock: 10 });
    const draft = await shopperWithBasket(sale, honey.id, "3", {
      now: new Date(sale.distribution.ordersCloseAt.getTime() - 60_000), // still held when orders close
      user: { email: "draft@example.test", locale: "en" },
    });
    const order = await shopperWithBasket(sale, honey.id, "2", { confirm: true, user: { email: "ok@example.test" } });
    const emptied = await shopperWithBasket(sale, honey.id, "1", { user: { email: "empty@example.test" } });
    await setBasketQuantity({
      actor: emptied.actor,
      distributionId: sale.distribution.id,
      productId: honey.id,
      quantityText: "0",
      mode: "set",
      now: SALE_NOW,
    });
    expect(await stockOf(honey.id)).toBe("5");
    const numbers = await db().distribution.findUniqueOrThrow({ where: { id: sale.distribution.id } });

    const close = await queueCloseNotices({ now: sale.distribution.ordersCloseAt, appUrl });
    expect(close.failures).toEqual([]);
    expect(await stockOf(honey.id)).toBe("8");
    const dropped = await db().order.findUniqueOrThrow({
      where: { id: draft.orderId },
      select: { droppedAt: true, basketNumber: true, stockHeldUntil: true, _count: { select: { lines: true } } },
    });
    expect(dropped).toMatchObject({ droppedAt: sale.distribution.ordersCloseAt, stockHeldUntil: null });
    expect(dropped._count.lines).toBe(0);
    expect((await db().distribution.findUniqueOrThrow({ where: { id: sale.distribution.id } })).lastBasketNumber).toBe(
      numbers.lastBasketNumber,
    );
    const [mail] = await mailsTo("draft@example.test");
    expect(mail).toMatchObject({
      template: "draft-dropped",
      subject: "La Cagette: your unconfirmed basket was cancelled",
    });
    expect(await mailsTo("empty@example.test")).toHaveLength(0); // nothing in it: nothing to tell
    const kept = await db().order.findUniqueOrThrow({ where: { id: order.orderId }, include: { lines: true } });
    expect(kept.droppedAt).toBeNull();
    expect(kept.lines.map((l) => l.quantity.toString())).toEqual(["2"]);
    // The farm's e-mail lists the order only.
    const [farmMail] = await mailsTo(`ferme-${sale.market.slug}@example.test`);
    expect(farmMail.text).toMatch(/Miel\s+2/);

    // Run again: nothing more, no second e-mail.
    expect(await queueCloseNotices({ now: sale.distribution.ordersCloseAt, appUrl })).toMatchObject({ queued: 0 });
    expect(await mailsTo("draft@example.test")).toHaveLength(1);
  });

  it("a card payment that settles after the draft was dropped confirms nothing: the money stays as credit", async () => {
    const sale = await openSale({ inDays: 2 });
    const honey = await sale.product({ priceCents: 700, stock: 10 });
    const draft = await shopperWithBasket(sale, honey.id, "2");
    await queueCloseNotices({ now: sale.distribution.ordersCloseAt, appUrl });
    await payByCard({ id: draft.orderId, marketId: sale.market.id, userId: draft.user.id }, 1400);
    const order = await db().order.findUniqueOrThrow({ where: { id: draft.orderId } });
    expect(order.confirmedAt).toBeNull();
    const balance = await db().ledgerEntry.aggregate({
      where: { userId: draft.user.id, account: "SHOPPER" },
      _sum: { amountCents: true },
    });
    expect(balance._sum.amountCents).toBe(1400);
    expect(await stockOf(honey.id)).toBe("10");
    expect(await unbalancedTransactions()).toEqual([]);
  });

  it("a card payment that settles once the distribution is validated confirms nothing, the draft never dropped", async () => {
    const sale = await openSale({ inDays: 2 });
    const honey = await sale.product({ priceCents: 700, stock: 10 });
    const order = await shopperWithBasket(sale, honey.id, "1", { confirm: true });
    const draft = await shopperWithBasket(sale, honey.id, "2");
    const day = new Date(sale.distribution.pickupStartAt.getTime() + 60_000);
    await validateDistribution({
      actor: sale.admin,
      marketId: sale.market.id,
      distributionId: sale.distribution.id,
      unpaid: { [order.orderId]: "DEBT" },
      now: day,
    });
    await schedulePayouts({ now: day });
    const farmAccount = () =>
      db().ledgerEntry.aggregate({
        where: { account: "PRODUCER", producerId: sale.producer.id, distributionId: sale.distribution.id },
        _sum: { amountCents: true },
      });
    const owedBefore = await farmAccount();

    // Stripe's notice comes after the validation, which settled the day and the farm's statement without that
    // basket: nobody handed it out.
    await payByCard({ id: draft.orderId, marketId: sale.market.id, userId: draft.user.id }, 1400);
    expect((await db().order.findUniqueOrThrow({ where: { id: draft.orderId } })).confirmedAt).toBeNull();
    const balance = await db().ledgerEntry.aggregate({
      where: { userId: draft.user.id, account: "SHOPPER" },
      _sum: { amountCents: true },
    });
    expect(balance._sum.amountCents).toBe(1400);
    expect(await farmAccount()).toEqual(owedBefore);
    expect(owedBefore._sum.amountCents).toBe(700);
    expect(await unbalancedTransactions()).toEqual([]);
  });

  it("a sale reopened after its close takes the dropped shopper's basket again, under the same number", async () => {
    const sale = await openSale({ inDays: 2 });
    const bread = await sale.product({});
    const draft = await shopperWithBasket(sale, bread.id, "1");
    await queueCloseNotices({ now: sale.distribution.ordersCloseAt, appUrl });
    const later = new Date(sale.distribution.ordersCloseAt.getTime() + 60_000);
    await db().distribution.update({
      where: { id: sale.distribution.id },
      data: { ordersCloseAt: new Date(later.getTime() + 3_600_000) },
    });
    const { orderId } = await addToBasket(draft.actor, sale, bread.id, "2", later);
    expect(orderId).toBe(draft.orderId);
    const revived = await db().order.findUniqueOrThrow({ where: { id: orderId }, include: { lines: true } });
    expect(revived.droppedAt).toBeNull();
    expect(revived.lines.map((l) => l.quantity.toString())).toEqual(["2"]);
  });
});

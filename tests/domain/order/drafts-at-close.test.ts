import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { validateDistribution } from "@/lib/domain/distribution-day/validate-distribution";
import { queueCloseNotices } from "@/lib/domain/notice/queue-close-notices";
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

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { deleteAccount } from "@/lib/domain/account/delete-account";
import { DomainError } from "@/lib/domain/errors";
import { DRAFT_HOLD_MINUTES } from "@/lib/domain/order/draft-hold";
import { confirmOrder } from "@/lib/domain/order/confirm-order";
import { getMyOrderOrThrow } from "@/lib/domain/order/get-my-order";
import { releaseExpiredHolds } from "@/lib/domain/order/release-expired-holds";
import { getPersonalView } from "@/lib/domain/personal/get-personal-view";
import { startCardCheckout } from "@/lib/domain/payment/start-card-checkout";
import { hashPassword } from "@/lib/auth/password";
import { withFakeStripe } from "../../support/fake-stripe";
import { payByCard, unbalancedTransactions } from "../../support/factories";
import { addToBasket, openSale, SALE_NOW, shopperWithBasket, stockOf } from "../../support/sale";

const fake = withFakeStripe();
const minutes = (n: number) => new Date(SALE_NOW.getTime() + n * 60_000);
const lineOf = (orderId: string) =>
  db().orderLine.findMany({ where: { orderId }, select: { productName: true, quantity: true, heldQuantity: true } });

describe("a draft holds managed stock for 30 minutes after its last change", () => {
  it("is released by the job once the hold lapses, its lines kept; a change restarts the hold; a second run does nothing", async () => {
    const sale = await openSale();
    const honey = await sale.product({ name: "Miel", stock: 10 });
    const { actor, orderId } = await shopperWithBasket(sale, honey.id, "4");
    expect(await stockOf(honey.id)).toBe("6");

    expect(await releaseExpiredHolds({ now: minutes(DRAFT_HOLD_MINUTES - 1) })).toMatchObject({ released: 0 });
    await addToBasket(actor, sale, honey.id, "1", minutes(20)); // the hold now runs until 50 minutes
    expect(await releaseExpiredHolds({ now: minutes(DRAFT_HOLD_MINUTES + 1) })).toMatchObject({ released: 0 });
    expect(await stockOf(honey.id)).toBe("5");

    expect(await releaseExpiredHolds({ now: minutes(50) })).toEqual({ released: 1, succeeded: 1, failures: [] });
    expect(await stockOf(honey.id)).toBe("10");
    expect((await lineOf(orderId)).map((l) => [l.quantity.toString(), l.heldQuantity.toString()])).toEqual([
      ["5", "0"],
    ]);
    expect((await db().order.findUniqueOrThrow({ where: { id: orderId } })).stockHeldUntil).toBeNull();
    expect(await releaseExpiredHolds({ now: minutes(60) })).toEqual({ released: 0, succeeded: 0, failures: [] });
    expect(await stockOf(honey.id)).toBe("10");

    // The shopper sees that the line is no longer set aside, and that the basket is not an order yet.
    const { shop } = await getPersonalView({ viewer: actor, distributionId: sale.distribution.id, now: minutes(60) });
    expect(shop?.basket).toMatchObject({ confirmed: false, lines: [{ productName: "Miel", released: true }] });
  });

  it("a confirmed order keeps its stock: the job never releases it", async () => {
    const sale = await openSale();
    const honey = await sale.product({ stock: 10 });
    await shopperWithBasket(sale, honey.id, "4", { confirm: true });
    expect(await releaseExpiredHolds({ now: minutes(600) })).toMatchObject({ released: 0 });
    expect(await stockOf(honey.id)).toBe("6");
  });

  it("confirming takes the stock again: a line cut to what is left, one with nothing left removed, the shopper told", async () => {
    const sale = await openSale();
    const honey = await sale.product({ name: "Miel", stock: 10 });
    const jam = await sale.product({ name: "Confiture", stock: 3 });
    const bread = await sale.product({ name: "Pain" }); // stock not managed
    const { actor, orderId } = await shopperWithBasket(sale, honey.id, "6");
    await addToBasket(actor, sale, jam.id, "2");
    await addToBasket(actor, sale, bread.id, "1");
    await releaseExpiredHolds({ now: minutes(31) });
    await shopperWithBasket(sale, honey.id, "7", { now: minutes(32) }); // takes what the draft no longer holds
    await shopperWithBasket(sale, jam.id, "3", { now: minutes(32) });

    const confirmation = await confirmOrder({ actor, orderId, method: "ON_SITE", now: minutes(40) });
    expect(confirmation.cuts).toHaveLength(2);
    expect(confirmation.cuts).toEqual(
      expect.arrayContaining([
        { productName: "Miel", asked: "6", kept: "3" },
        { productName: "Confiture", asked: "2", kept: "0" },
      ]),
    );
    expect(await stockOf(honey.id)).toBe("0");
    expect(await stockOf(jam.id)).toBe("0");
    const order = await getMyOrderOrThrow({ actor, orderId, now: minutes(41) });
    expect(order.confirmedAt).not.toBeNull();
    expect(order.lines.map((l) => [l.productName, l.quantity, l.released])).toEqual([
      ["Miel", "3", false],
      ["Pain", "1", false],
    ]);
    expect(order.stockCuts).toHaveLength(2);
    // An order holds all of its lines, managed stock or not.
    expect((await lineOf(orderId)).map((l) => [l.productName, l.heldQuantity.toString()])).toEqual(
      expect.arrayContaining([
        ["Miel", "3"],
        ["Pain", "1"],
      ]),
    );
    expect(order.totalCents).toBe(3 * honey.priceCents + bread.priceCents);
    const debt = await db().ledgerEntry.aggregate({
      where: { userId: actor.userId, account: "SHOPPER" },
      _sum: { amountCents: true },
    });
    expect(debt._sum.amountCents).toBe(-order.totalCents);
    expect(await unbalancedTransactions()).toEqual([]);

    // The next change makes the report out of date.
    await addToBasket(actor, sale, bread.id, "1", minutes(42));
    expect((await getMyOrderOrThrow({ actor, orderId, now: minutes(42) })).stockCuts).toEqual([]);
  });

  it("confirming a draft whose hold still runs takes nothing more", async () => {
    const sale = await openSale();
    const honey = await sale.product({ stock: 5 });
    const { actor, orderId } = await shopperWithBasket(sale, honey.id, "5");
    expect(await confirmOrder({ actor, orderId, method: "TRANSFER", now: minutes(10) })).toMatchObject({
      cuts: [],
    });
    expect(await stockOf(honey.id)).toBe("0");
    expect((await lineOf(orderId)).map((l) => l.heldQuantity.toString())).toEqual(["5"]);
  });

  it("a draft the check leaves with nothing is not confirmed, and says what it removed", async () => {
    const sale = await openSale();
    const honey = await sale.product({ name: "Miel", stock: 2 });
    const jam = await sale.product({ name: "Confiture", stock: 1 });
    const { actor, orderId } = await shopperWithBasket(sale, honey.id, "2");
    await addToBasket(actor, sale, jam.id, "1");
    await releaseExpiredHolds({ now: minutes(31) });
    await shopperWithBasket(sale, honey.id, "2", { now: minutes(32) });
    await shopperWithBasket(sale, jam.id, "1", { now: minutes(32) });

    await expect(confirmOrder({ actor, orderId, method: "ON_SITE", now: minutes(40) })).rejects.toEqual(
      new DomainError("BASKET_SOLD_OUT"),
    );
    const order = await getMyOrderOrThrow({ actor, orderId, now: minutes(40) });
    expect(order.confirmedAt).toBeNull();
    expect(order.lines).toEqual([]);
    expect(order.stockCuts.map((c) => [c.productName, c.kept])).toEqual(
      expect.arrayContaining([
        ["Miel", "0"],
        ["Confiture", "0"],
      ]),
    );
    expect(await stockOf(honey.id)).toBe("0");
    expect(await db().ledgerEntry.count({ where: { userId: actor.userId } })).toBe(0);
  });

  it("adding to a line whose hold lapsed takes its whole quantity again, cut to what is left", async () => {
    const sale = await openSale();
    const honey = await sale.product({ stock: 10 });
    const { actor } = await shopperWithBasket(sale, honey.id, "4");
    await releaseExpiredHolds({ now: minutes(31) });
    await shopperWithBasket(sale, honey.id, "8", { now: minutes(32) });
    const change = await addToBasket(actor, sale, honey.id, "1", minutes(33));
    expect(change).toMatchObject({ quantity: "2", cut: true });
    expect(await stockOf(honey.id)).toBe("0");
    // Nothing left: the line stays as it is, and the shopper is told.
    expect(await addToBasket(actor, sale, honey.id, "1", minutes(34))).toMatchObject({
      quantity: "2",
      cut: true,
    });
  });

  it("paying a draft by card checks its stock first: a changed basket is shown before paying, then held while paying", async () => {
    const sale = await openSale();
    const honey = await sale.product({ name: "Miel", priceCents: 800, stock: 5 });
    const { actor, orderId } = await shopperWithBasket(sale, honey.id, "4");
    await releaseExpiredHolds({ now: minutes(31) });
    await shopperWithBasket(sale, honey.id, "2", { now: minutes(32) });
    const pay = (at: Date) => startCardCheckout({ actor, orderId, now: at, appUrl: "http://cabas.test" });

    await expect(pay(minutes(40))).rejects.toEqual(new DomainError("BASKET_CHANGED_BY_STOCK"));
    expect(await db().payment.count({ where: { orderId } })).toBe(0);
    expect((await getMyOrderOrThrow({ actor, orderId, now: minutes(40) })).stockCuts).toEqual([
      { productName: "Miel", asked: "4", kept: "3" },
    ]);
    const { paymentId } = await pay(minutes(41));
    const session = fake.requests.filter((r) => r.path === "/v1/checkout/sessions").at(-1)!;
    expect(session.body.get("line_items[0][price_data][unit_amount]")).toBe("2400");
    expect(await db().payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({ amountCents: 2400 });
    // Held while the shopper pays: the job leaves it alone for 30 minutes after the checkout started.
    await releaseExpiredHolds({ now: minutes(41 + DRAFT_HOLD_MINUTES - 1) });
    expect((await lineOf(orderId)).map((l) => l.heldQuantity.toString())).toEqual(["3"]);
    expect(await stockOf(honey.id)).toBe("2"); // the other shopper's draft, idle since 32 minutes, gave its 2 back
  });

  it("a card payment settling after the hold lapsed confirms what is left; the rest stays as credit", async () => {
    const sale = await openSale();
    const honey = await sale.product({ name: "Miel", priceCents: 800, stock: 5 });
    const { actor, orderId, user } = await shopperWithBasket(sale, honey.id, "4");
    await releaseExpiredHolds({ now: minutes(31) });
    await shopperWithBasket(sale, honey.id, "3", { now: minutes(32) });

    await payByCard({ id: orderId, marketId: sale.market.id, userId: user.id }, 3200);
    const order = await getMyOrderOrThrow({ actor, orderId, now: minutes(40) });
    expect(order.confirmedAt).not.toBeNull();
    expect(order.lines.map((l) => l.quantity)).toEqual(["2"]);
    const balance = await db().ledgerEntry.aggregate({
      where: { userId: user.id, account: "SHOPPER" },
      _sum: { amountCents: true },
    });
    expect(balance._sum.amountCents).toBe(3200 - 1600);
    expect(await stockOf(honey.id)).toBe("0");
    expect(await unbalancedTransactions()).toEqual([]);
  });

  it("one draft whose stock cannot be given back does not keep the others from being released", async () => {
    const sale = await openSale();
    const full = await sale.product({ stock: 5 });
    const honey = await sale.product({ stock: 10 });
    const stuck = await shopperWithBasket(sale, full.id, "2");
    const fine = await shopperWithBasket(sale, honey.id, "2");
    // Giving 2 back would pass what the column can hold.
    await db().product.update({ where: { id: full.id }, data: { stock: "999999999.000" } });
    const run = await releaseExpiredHolds({ now: minutes(31) });
    expect(run.failures).toMatchObject([{ item: "order", itemId: stuck.orderId }]);
    expect(await stockOf(honey.id)).toBe("10");
    expect((await db().order.findUniqueOrThrow({ where: { id: stuck.orderId } })).stockHeldUntil).not.toBeNull();
    expect((await db().order.findUniqueOrThrow({ where: { id: fine.orderId } })).stockHeldUntil).toBeNull();
  });

  it("deleting an account gives back only what its draft still holds", async () => {
    const sale = await openSale();
    const honey = await sale.product({ stock: 10 });
    const { actor, user } = await shopperWithBasket(sale, honey.id, "4");
    await db().user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword("mot de passe") } });
    await releaseExpiredHolds({ now: minutes(31) });
    expect(await stockOf(honey.id)).toBe("10");
    await deleteAccount({ actor, password: "mot de passe", now: minutes(32) });
    expect(await stockOf(honey.id)).toBe("10");
  });
});

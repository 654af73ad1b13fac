import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor, type Actor } from "@/lib/domain/access/actor";
import { cancelDistribution } from "@/lib/domain/cancellation/cancel-distribution";
import { withdrawCatalogFromSale } from "@/lib/domain/cancellation/withdraw-catalog-from-sale";
import { unlinkCatalog } from "@/lib/domain/catalog-link/link-catalog";
import { validateDistribution } from "@/lib/domain/distribution-day/validate-distribution";
import { DomainError } from "@/lib/domain/errors";
import { shopperBalanceCents } from "@/lib/domain/ledger/balances";
import { DRAFT_HOLD_MINUTES } from "@/lib/domain/order/draft-hold";
import { confirmOrder } from "@/lib/domain/order/confirm-order";
import { getMyOrderOrThrow } from "@/lib/domain/order/get-my-order";
import { releaseExpiredHolds } from "@/lib/domain/order/release-expired-holds";
import { setBasketQuantity } from "@/lib/domain/order/set-basket-quantity";
import { respondToParticipation } from "@/lib/domain/participation/producer-sales";
import { receivePayment } from "@/lib/domain/payment/receive-payment";
import { withFakeStripe } from "../../support/fake-stripe";
import {
  createDistribution,
  createMarket,
  createMembership,
  createParticipation,
  createProducerWithCatalog,
  createProduct,
  createUser,
  payOnlineDue,
  postBalance,
  unbalancedTransactions,
} from "../../support/factories";

withFakeStripe();
const now = new Date("2026-06-01T10:00:00Z");

beforeAll(() => {
  process.env.APP_URL = "http://cabas.test";
});

// An open sale with two producers: a bakery (bread 4,20 €, 10 in stock) and a dairy (cheese 6,00 €), each with a
// user, and an admin.
async function openSale() {
  const market = await createMarket({ paymentMethods: ["CARD", "TRANSFER", "BALANCE", "ON_SITE"] });
  const distribution = await createDistribution(market, { now, inDays: 4 });
  const sellers = [];
  for (const [name, product, priceCents, stock] of [
    ["Boulangerie Lune", "Pain", 420, 10],
    ["Laiterie Soleil", "Fromage", 600, null],
  ] as const) {
    const { producer, catalog } = await createProducerWithCatalog(name);
    const user = await createUser({ locale: "en" });
    await db().producerUser.create({ data: { producerId: producer.id, userId: user.id } });
    await db().catalogLink.create({ data: { catalogId: catalog.id, marketId: market.id } });
    await createParticipation(distribution.id, catalog.id);
    const item = await createProduct(catalog.id, { name: product, priceCents, stock });
    sellers.push({ producer, catalog, user, product: item });
  }
  const [bakery, dairy] = sellers;
  const admin = await createUser();
  await createMembership(market.id, admin.id, { isAdmin: true });
  const order = async (lines: [{ id: string }, string][], locale = "fr") => {
    const shopper = await loadActor((await createUser({ locale })).id);
    let orderId = "";
    for (const [product, quantityText] of lines)
      ({ orderId } = await setBasketQuantity({
        actor: shopper,
        distributionId: distribution.id,
        productId: product.id,
        quantityText,
        mode: "add",
        now,
      }));
    return { shopper, orderId };
  };
  return { market, distribution, bakery, dairy, admin: await loadActor(admin.id), order };
}

const balanceOf = (marketId: string, shopper: Actor) => shopperBalanceCents(db(), marketId, shopper.userId);
const stockOf = async (productId: string) =>
  (await db().product.findUniqueOrThrow({ where: { id: productId } })).stock?.toString();
const mailsTo = async (userId: string) => {
  const { email } = await db().user.findUniqueOrThrow({ where: { id: userId } });
  return db().emailOutbox.findMany({ where: { toEmail: email }, orderBy: { createdAt: "asc" } });
};

describe("cancelling a distribution", () => {
  it("empties every basket: card refunded to the card, other money credited, stock released, everyone told", async () => {
    const { market, distribution, bakery, dairy, admin, order } = await openSale();
    const byCard = await order([
      [bakery.product, "2"],
      [dairy.product, "1"],
    ]);
    await payOnlineDue(byCard.shopper, byCard.orderId, now);
    const byTransfer = await order([[bakery.product, "1"]], "en");
    await confirmOrder({ actor: byTransfer.shopper, orderId: byTransfer.orderId, method: "TRANSFER", now });
    await db().$transaction((tx) =>
      receivePayment(tx, {
        marketId: market.id,
        userId: byTransfer.shopper.userId,
        orderId: byTransfer.orderId,
        method: "TRANSFER",
        amountCents: 420,
        reference: "VIR-1",
        now,
      }),
    );
    const fromBalance = await order([[dairy.product, "2"]]);
    await postBalance(market.id, fromBalance.shopper.userId, 2000);
    await confirmOrder({ actor: fromBalance.shopper, orderId: fromBalance.orderId, method: "BALANCE", now });
    const onTheSpot = await order([[bakery.product, "1"]]);
    await confirmOrder({ actor: onTheSpot.shopper, orderId: onTheSpot.orderId, method: "ON_SITE", now });
    const draft = await order([[bakery.product, "3"]]);
    expect(await stockOf(bakery.product.id)).toBe("3");
    expect(await balanceOf(market.id, fromBalance.shopper)).toBe(800);
    expect(await balanceOf(market.id, onTheSpot.shopper)).toBe(-420);

    expect(
      await cancelDistribution({ actor: admin, marketId: market.id, distributionId: distribution.id, now }),
    ).toEqual({ cancelledBaskets: 4 });

    expect(await db().orderLine.count({ where: { order: { distributionId: distribution.id } } })).toBe(0);
    expect(await stockOf(bakery.product.id)).toBe("10");
    expect(await db().refund.findMany({ where: { orderId: byCard.orderId } })).toMatchObject([
      { destination: "CARD", amountCents: 1440, status: "SUCCEEDED" },
    ]);
    expect(await balanceOf(market.id, byCard.shopper)).toBe(0);
    expect(await balanceOf(market.id, byTransfer.shopper)).toBe(420);
    expect(await db().refund.findMany({ where: { orderId: byTransfer.orderId } })).toMatchObject([
      { destination: "BALANCE", amountCents: 420 },
    ]);
    expect(await balanceOf(market.id, fromBalance.shopper)).toBe(2000);
    expect(await balanceOf(market.id, onTheSpot.shopper)).toBe(0);
    expect(await unbalancedTransactions()).toEqual([]);

    // Each shopper with a basket is told, in their language; each producer taking part too.
    expect((await mailsTo(byCard.shopper.userId)).map((m) => m.template)).toEqual(
      expect.arrayContaining(["distribution-cancelled", "refund-issued"]),
    );
    const [englishMail] = (await mailsTo(byTransfer.shopper.userId)).filter(
      (m) => m.template === "distribution-cancelled",
    );
    expect(englishMail.text).toMatch(/Your basket no\. \d+ is cancelled/);
    expect(englishMail.text).toMatch(/What you had paid is given back/);
    const [balanceMail] = (await mailsTo(fromBalance.shopper.userId)).filter(
      (m) => m.template === "distribution-cancelled",
    );
    expect(balanceMail.text).toMatch(/recrédité sur votre solde/);
    expect((await mailsTo(draft.shopper.userId)).map((m) => m.template)).toEqual(["distribution-cancelled"]);
    for (const seller of [bakery, dairy]) {
      const [mail] = await mailsTo(seller.user.id);
      expect(mail).toMatchObject({ template: "distribution-cancelled" });
      expect(mail.text).toContain(`The orders for ${seller.producer.name} at this distribution are cancelled`);
    }

    // Cancelled for good: no more orders, no validation, no second cancellation.
    expect((await getMyOrderOrThrow({ actor: byCard.shopper, orderId: byCard.orderId, now })).state).toBe("CANCELLED");
    await expect(
      setBasketQuantity({
        actor: byCard.shopper,
        distributionId: distribution.id,
        productId: bakery.product.id,
        quantityText: "1",
        mode: "add",
        now,
      }),
    ).rejects.toEqual(new DomainError("ORDER_CLOSED"));
    await expect(
      validateDistribution({
        actor: admin,
        marketId: market.id,
        distributionId: distribution.id,
        unpaid: {},
        now: distribution.pickupStartAt,
      }),
    ).rejects.toEqual(new DomainError("DISTRIBUTION_CANCELLED"));
    await expect(
      cancelDistribution({ actor: admin, marketId: market.id, distributionId: distribution.id, now }),
    ).rejects.toEqual(new DomainError("DISTRIBUTION_CANCELLED"));
  });

  it("gives back only the stock baskets still hold: a draft whose hold lapsed gave its own back already", async () => {
    const { market, distribution, bakery, admin, order } = await openSale();
    const lapsed = await order([[bakery.product, "3"]]);
    const ordered = await order([[bakery.product, "2"]]);
    await confirmOrder({ actor: ordered.shopper, orderId: ordered.orderId, method: "ON_SITE", now });
    expect(await stockOf(bakery.product.id)).toBe("5");
    await releaseExpiredHolds({ now: new Date(now.getTime() + (DRAFT_HOLD_MINUTES + 1) * 60_000) });
    expect(await stockOf(bakery.product.id)).toBe("8");

    await cancelDistribution({ actor: admin, marketId: market.id, distributionId: distribution.id, now });
    expect(await stockOf(bakery.product.id)).toBe("10");
    expect(await db().orderLine.count({ where: { orderId: { in: [lapsed.orderId, ordered.orderId] } } })).toBe(0);
    expect(await unbalancedTransactions()).toEqual([]);
  });

  it("is for the market's admins only, and never for a validated distribution", async () => {
    const { market, distribution, bakery, admin, order } = await openSale();
    const { shopper } = await order([[bakery.product, "1"]]);
    await expect(
      cancelDistribution({ actor: shopper, marketId: market.id, distributionId: distribution.id, now }),
    ).rejects.toEqual(new DomainError("FORBIDDEN"));
    await db().distribution.update({ where: { id: distribution.id }, data: { validatedAt: now } });
    await expect(
      cancelDistribution({ actor: admin, marketId: market.id, distributionId: distribution.id, now }),
    ).rejects.toEqual(new DomainError("DISTRIBUTION_ALREADY_VALIDATED"));
    expect(await db().orderLine.count({ where: { order: { distributionId: distribution.id } } })).toBe(1);
  });
});

describe("a producer leaving a sale after orders were placed", () => {
  it("is refused with the baskets' numbers, until the admin withdraws the catalog (refunds and e-mails)", async () => {
    const { market, distribution, bakery, dairy, admin, order } = await openSale();
    const mixed = await order([
      [bakery.product, "1"],
      [dairy.product, "1"],
    ]);
    await payOnlineDue(mixed.shopper, mixed.orderId, now);
    const breadOnly = await order([[bakery.product, "2"]]);
    await confirmOrder({ actor: breadOnly.shopper, orderId: breadOnly.orderId, method: "ON_SITE", now });
    const draft = await order([[bakery.product, "1"]]);
    const numbers = await db().order.findMany({
      where: { id: { in: [mixed.orderId, breadOnly.orderId] } },
      select: { basketNumber: true },
      orderBy: { basketNumber: "asc" },
    });
    const baker = await loadActor(bakery.user.id);

    await expect(
      respondToParticipation({
        actor: baker,
        catalogId: bakery.catalog.id,
        distributionId: distribution.id,
        accept: false,
        now,
      }),
    ).rejects.toEqual(
      new DomainError("SALE_HAS_ORDERS", undefined, { baskets: numbers.map((n) => n.basketNumber).join(", ") }),
    );
    expect((await db().participation.findFirstOrThrow({ where: { catalogId: bakery.catalog.id } })).status).toBe(
      "ACCEPTED",
    );

    await expect(
      withdrawCatalogFromSale({
        actor: mixed.shopper,
        marketId: market.id,
        distributionId: distribution.id,
        catalogId: bakery.catalog.id,
        now,
      }),
    ).rejects.toEqual(new DomainError("FORBIDDEN"));
    expect(
      await withdrawCatalogFromSale({
        actor: admin,
        marketId: market.id,
        distributionId: distribution.id,
        catalogId: bakery.catalog.id,
        now,
      }),
    ).toEqual({ baskets: 3 });
    // The cheese stays; the bread leaves every basket, drafts included, and its stock is back on sale.
    expect(
      (await db().orderLine.findMany({ where: { order: { distributionId: distribution.id } } })).map(
        (l) => l.productName,
      ),
    ).toEqual(["Fromage"]);
    expect(await stockOf(bakery.product.id)).toBe("10");
    expect(await db().refund.findMany({ where: { orderId: mixed.orderId } })).toMatchObject([
      { destination: "CARD", amountCents: 420, status: "SUCCEEDED" },
    ]);
    expect(await balanceOf(market.id, mixed.shopper)).toBe(0);
    expect(await balanceOf(market.id, breadOnly.shopper)).toBe(0);
    expect((await db().participation.findFirstOrThrow({ where: { catalogId: bakery.catalog.id } })).status).toBe(
      "DECLINED",
    );
    const [told] = (await mailsTo(mixed.shopper.userId)).filter((m) => m.template === "lines-cancelled");
    expect(told.text).toContain(
      "Boulangerie Lune ne participe plus à cette distribution ; ces produits sont retirés de votre panier : Pain.",
    );
    expect((await mailsTo(draft.shopper.userId)).map((m) => m.template)).toEqual(["lines-cancelled"]);
    const [producerMail] = await mailsTo(bakery.user.id);
    expect(producerMail.text).toMatch(/The market withdrew your products from this distribution: 3 baskets changed/);
    expect(await unbalancedTransactions()).toEqual([]);
  });

  it("drops the lines of drafts when no basket was ordered, and declines", async () => {
    const { distribution, bakery, order } = await openSale();
    const draft = await order([[bakery.product, "4"]]);
    expect(await stockOf(bakery.product.id)).toBe("6");
    await respondToParticipation({
      actor: await loadActor(bakery.user.id),
      catalogId: bakery.catalog.id,
      distributionId: distribution.id,
      accept: false,
      now,
    });
    expect(await db().orderLine.count({ where: { orderId: draft.orderId } })).toBe(0);
    expect(await stockOf(bakery.product.id)).toBe("10");
    // The producer declined it itself: no e-mail to tell it so.
    expect(await mailsTo(bakery.user.id)).toEqual([]);
    expect((await db().participation.findFirstOrThrow({ where: { catalogId: bakery.catalog.id } })).status).toBe(
      "DECLINED",
    );
  });
});

describe("unlinking a catalog after orders were placed", () => {
  it("is refused with the baskets' numbers, unless an admin cancels the lines with it", async () => {
    const { market, bakery, order } = await openSale();
    const later = await createDistribution(market, { now, inDays: 11 });
    await createParticipation(later.id, bakery.catalog.id);
    const first = await order([[bakery.product, "1"]]);
    await confirmOrder({ actor: first.shopper, orderId: first.orderId, method: "ON_SITE", now });
    const second = await loadActor(first.shopper.userId);
    const { orderId: laterOrder } = await setBasketQuantity({
      actor: second,
      distributionId: later.id,
      productId: bakery.product.id,
      quantityText: "1",
      mode: "add",
      now: new Date(later.ordersOpenAt.getTime() + 60_000),
    });
    await confirmOrder({
      actor: second,
      orderId: laterOrder,
      method: "ON_SITE",
      now: new Date(later.ordersOpenAt.getTime() + 60_000),
    });
    const [a, b] = await db().order.findMany({
      where: { id: { in: [first.orderId, laterOrder] } },
      select: { basketNumber: true, distribution: { select: { day: true } } },
      orderBy: { distribution: { pickupStartAt: "asc" } },
    });
    const day = (d: Date) => d.toISOString().slice(0, 10);

    const catalogsOnly = await createUser();
    await createMembership(market.id, catalogsOnly.id, { canManageCatalogs: true });
    const catalogManager = await loadActor(catalogsOnly.id);
    const refused = new DomainError("SALE_HAS_ORDERS", undefined, {
      baskets: `${a.basketNumber} (${day(a.distribution.day)}); ${b.basketNumber} (${day(b.distribution.day)})`,
    });
    await expect(
      unlinkCatalog({ actor: catalogManager, marketId: market.id, catalogId: bakery.catalog.id, now }),
    ).rejects.toEqual(refused);
    // Cancelling baskets moves money: an admin's decision.
    await expect(
      unlinkCatalog({
        actor: catalogManager,
        marketId: market.id,
        catalogId: bakery.catalog.id,
        cancelLines: true,
        now,
      }),
    ).rejects.toEqual(new DomainError("FORBIDDEN"));
    expect(
      (await db().catalogLink.findFirstOrThrow({ where: { catalogId: bakery.catalog.id } })).unlinkedAt,
    ).toBeNull();

    const admin = await loadActor(
      (await db().membership.findFirstOrThrow({ where: { marketId: market.id, isAdmin: true } })).userId,
    );
    await unlinkCatalog({ actor: admin, marketId: market.id, catalogId: bakery.catalog.id, cancelLines: true, now });
    expect((await db().catalogLink.findFirstOrThrow({ where: { catalogId: bakery.catalog.id } })).unlinkedAt).toEqual(
      now,
    );
    expect(await db().orderLine.count({ where: { product: { catalogId: bakery.catalog.id } } })).toBe(0);
    expect(await balanceOf(market.id, first.shopper)).toBe(0);
    expect((await mailsTo(bakery.user.id)).map((m) => m.template)).toEqual(["sale-withdrawn", "sale-withdrawn"]);
    expect(await unbalancedTransactions()).toEqual([]);
  });
});

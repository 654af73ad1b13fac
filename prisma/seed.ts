// The demo market, modelled on the seeds' VRAC groups: two places, three producers, about forty products
// (bulk ones sold per kg), one distribution open for orders, one not yet open, one past with orders waiting
// to be validated, and one validated with a basket paid each way and its payouts scheduled.
// Dates are computed from `now` in Europe/Paris, so the demo always looks alive.
import { hashPassword } from "../lib/auth/password";
import { db, type Tx } from "../lib/db/client";
import { recordOrderDebt } from "../lib/domain/ledger/record-order-debt";
import { receivePayment } from "../lib/domain/payment/receive-payment";
import { settlePayment } from "../lib/domain/payment/settle-payment";
import { schedulePayouts } from "../lib/domain/payout/schedule-payouts";
import { addDays, dateFromDay, localDay, zonedInstant } from "../lib/time";
import type { ProductCategory, ProductUnit } from "../generated/prisma/client";

export const DEMO_PASSWORD = "cabas-demo";
const TZ = "Europe/Paris";

type SeedProduct = {
  name: string;
  price: number;
  unit?: ProductUnit;
  per?: number;
  category: ProductCategory;
  bulk?: number;
  variable?: number;
  stock?: number;
  organic?: boolean;
  vat?: number;
  description?: string;
};

const BULK: SeedProduct[] = [
  { name: "Amandes avec peau", price: 1485, unit: "KG", category: "GROCERY", bulk: 0.1, organic: true },
  { name: "Amandes émondées", price: 1705, unit: "KG", category: "GROCERY", bulk: 0.1, organic: true },
  { name: "Amandes en poudre", price: 1595, unit: "KG", category: "GROCERY", bulk: 0.1 },
  { name: "Abricots bruns secs", price: 1023, unit: "KG", category: "GROCERY", bulk: 0.05, organic: true },
  { name: "Dattes", price: 622, unit: "KG", category: "GROCERY", bulk: 0.1 },
  { name: "Figues séchées", price: 1100, unit: "KG", category: "GROCERY", bulk: 0.1 },
  { name: "Lentilles vertes", price: 374, unit: "KG", category: "GROCERY", bulk: 0.1, organic: true },
  { name: "Pois cassés", price: 319, unit: "KG", category: "GROCERY", bulk: 0.1 },
  { name: "Pois chiches", price: 341, unit: "KG", category: "GROCERY", bulk: 0.1 },
  { name: "Raisins secs", price: 528, unit: "KG", category: "GROCERY", bulk: 0.1 },
  { name: "Riz complet", price: 320, unit: "KG", category: "GROCERY", bulk: 0.1, organic: true },
  { name: "Flocons d’avoine", price: 290, unit: "KG", category: "GROCERY", bulk: 0.1 },
  { name: "Noix de cajou", price: 2250, unit: "KG", category: "GROCERY", bulk: 0.05, stock: 3 },
  { name: "Quinoa", price: 780, unit: "KG", category: "GROCERY", bulk: 0.1, organic: true },
  { name: "Sucre de canne complet", price: 310, unit: "KG", category: "GROCERY", bulk: 0.1 },
  { name: "Lessive au savon de Marseille", price: 248, unit: "L", category: "HYGIENE", bulk: 0.5, vat: 2000 },
  { name: "Bicarbonate de soude 2 kg", price: 520, category: "HYGIENE", vat: 2000 },
  { name: "Savon de Marseille", price: 350, category: "HYGIENE", vat: 2000 },
  { name: "Dentifrice fraise des bois", price: 235, category: "HYGIENE", vat: 2000 },
  { name: "Beurre de karité", price: 869, unit: "G", per: 120, category: "HYGIENE", vat: 2000 },
];

const VEGETABLES: SeedProduct[] = [
  {
    name: "Panier de légumes de saison",
    price: 1200,
    category: "FRUITS_VEGETABLES",
    organic: true,
    description: "Selon la récolte de la semaine : 5 à 6 légumes.",
  },
  { name: "Carottes", price: 240, unit: "KG", per: 1, category: "FRUITS_VEGETABLES", organic: true },
  { name: "Pommes de terre", price: 450, unit: "KG", per: 2.5, category: "FRUITS_VEGETABLES", organic: true },
  { name: "Poireaux (botte)", price: 280, category: "FRUITS_VEGETABLES" },
  {
    name: "Courge butternut",
    price: 290,
    unit: "KG",
    category: "FRUITS_VEGETABLES",
    variable: 0.1,
    description: "Prix au kilo, pesée à la distribution.",
  },
  { name: "Salade batavia", price: 130, category: "FRUITS_VEGETABLES" },
  { name: "Oignons jaunes", price: 220, unit: "KG", per: 1, category: "FRUITS_VEGETABLES" },
  { name: "Pommes Reinette", price: 320, unit: "KG", per: 1, category: "FRUITS_VEGETABLES", organic: true },
  { name: "Poires Conférence", price: 360, unit: "KG", per: 1, category: "FRUITS_VEGETABLES" },
  { name: "Œufs plein air (6)", price: 290, category: "DAIRY", stock: 40 },
  { name: "Œufs plein air (12)", price: 540, category: "DAIRY", stock: 20 },
  { name: "Jus de pomme", price: 380, unit: "L", per: 1, category: "DRINKS" },
  { name: "Miel de châtaignier", price: 950, unit: "G", per: 500, category: "GROCERY" },
];

const BREAD: SeedProduct[] = [
  { name: "Pain de campagne", price: 420, unit: "G", per: 800, category: "BAKERY", organic: true },
  { name: "Baguette tradition", price: 130, category: "BAKERY" },
  { name: "Pain complet", price: 340, unit: "G", per: 500, category: "BAKERY", organic: true },
  { name: "Pain aux graines", price: 410, unit: "G", per: 500, category: "BAKERY" },
  { name: "Brioche au beurre", price: 650, unit: "G", per: 400, category: "BAKERY" },
  { name: "Croissants (4)", price: 480, category: "BAKERY" },
  { name: "Pain d’épices", price: 590, unit: "G", per: 350, category: "BAKERY" },
  { name: "Fougasse aux olives", price: 380, category: "BAKERY", stock: 10 },
  { name: "Sablés au beurre", price: 350, unit: "G", per: 200, category: "PREPARED" },
];

export async function seedDemoIfEmpty(now: Date): Promise<boolean> {
  if ((await db().market.count()) > 0) return false;
  await seedDemo(now);
  return true;
}

export async function seedDemo(now: Date) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db().$transaction(
    async (tx) => {
      const user = (
        email: string,
        firstName: string,
        lastName: string,
        extra: { phone?: string; address?: string; zipCode?: string; city?: string } = {},
      ) =>
        tx.user.create({
          // The demo accounts' addresses count as confirmed, so they sign in with the demo password.
          data: { email, firstName, lastName, passwordHash, emailVerifiedAt: new Date(), ...extra },
          select: { id: true },
        });
      const admin = await user("admin@cabas.test", "Joachim", "Robert", { phone: "06 12 34 56 78" });
      const producerUser = await user("producteur@cabas.test", "Mathilde", "Garnier", { phone: "06 98 76 54 32" });
      const client = await user("client@cabas.test", "Sarah", "Varda", {
        phone: "06 06 06 06 06",
        address: "12 rue Georges Lyvet",
        zipCode: "69200",
        city: "Vénissieux",
      });
      // One after another: a transaction has one connection, which runs one query at a time.
      const otherShoppers = [
        await user("amina.benali@cabas.test", "Amina", "Benali", { phone: "06 11 22 33 44" }),
        await user("louis.perrin@cabas.test", "Louis", "Perrin", { phone: "06 55 44 33 22" }),
        await user("chloe.martin@cabas.test", "Chloé", "Martin", { phone: "07 12 12 12 12" }),
      ];

      const market = await tx.market.create({
        data: {
          slug: "bellefontaine",
          name: "Marché VRAC de Bellefontaine",
          shortDescription: "Épicerie en vrac, légumes et pain de producteurs locaux, à prix accessibles.",
          description:
            "Commandez en ligne, récupérez votre panier au centre social.\nApportez vos contenants : bocaux, sacs en tissu, bouteilles.",
          timeZone: TZ,
          basketMode: "BEFORE",
          requirePhone: true,
          paymentMethods: ["ON_SITE", "TRANSFER"],
          feeBp: 200,
          deliveryHelpEnabled: true,
          contactEmail: "admin@cabas.test",
          places: {
            create: [
              {
                name: "Centre social Eugénie Cotton",
                address: "23 rue Georges Lyvet",
                zipCode: "69200",
                city: "Vénissieux",
                lat: 45.7123,
                lng: 4.8811,
              },
              {
                name: "MJC Jean Cocteau",
                address: "23 rue du 8 mai 1945",
                zipCode: "69800",
                city: "Saint-Priest",
                lat: 45.6966,
                lng: 4.9434,
              },
            ],
          },
        },
        select: { id: true, places: { select: { id: true }, orderBy: { name: "asc" } } },
      });
      const [centreSocial, mjc] = market.places;
      await tx.membership.createMany({
        data: [
          {
            marketId: market.id,
            userId: admin.id,
            isAdmin: true,
            canManageCatalogs: true,
            canManageMembers: true,
            canManageMessages: true,
          },
          { marketId: market.id, userId: client.id },
          ...otherShoppers.map((s) => ({ marketId: market.id, userId: s.id })),
        ],
      });

      const vrac = await createProducerWithCatalog(tx, {
        producer: {
          slug: "epicerie-vrac-minguettes",
          name: "Épicerie vrac des Minguettes",
          city: "Vénissieux",
          zipCode: "69200",
          lat: 45.708,
          lng: 4.874,
          description: "Épicerie sèche et produits d’entretien en vrac, sans emballage.",
        },
        catalogName: "Épicerie et entretien en vrac",
        products: BULK,
        userId: producerUser.id,
      });
      const farm = await createProducerWithCatalog(tx, {
        producer: {
          slug: "ferme-des-trois-cocus",
          name: "Ferme des Trois Cocus",
          city: "Mions",
          zipCode: "69780",
          lat: 45.664,
          lng: 4.953,
          description: "Maraîchage biologique et poules en plein air.",
        },
        catalogName: "Légumes et œufs de la ferme",
        products: VEGETABLES,
      });
      const bakery = await createProducerWithCatalog(tx, {
        producer: {
          slug: "fournil-de-soupetard",
          name: "Le Fournil de Soupetard",
          city: "Saint-Priest",
          zipCode: "69800",
          lat: 45.695,
          lng: 4.94,
          description: "Pains au levain cuits au feu de bois.",
        },
        catalogName: "Pains et gourmandises",
        products: BREAD,
      });
      const catalogs = [vrac, farm, bakery];
      await tx.catalogLink.createMany({ data: catalogs.map((c) => ({ catalogId: c.catalogId, marketId: market.id })) });

      const today = localDay(now, TZ);
      const distribution = async (
        placeId: string,
        day: string,
        openDaysBefore: number,
        participation: ("ACCEPTED" | "INVITED")[],
      ) => {
        const d = await tx.distribution.create({
          data: {
            marketId: market.id,
            placeId,
            day: dateFromDay(day),
            pickupStartAt: zonedInstant(day, 17 * 60, TZ),
            pickupEndAt: zonedInstant(day, 19 * 60, TZ),
            ordersOpenAt: zonedInstant(addDays(day, -openDaysBefore), 8 * 60, TZ),
            ordersCloseAt: zonedInstant(addDays(day, -1), 23 * 60 + 59, TZ),
          },
          select: { id: true },
        });
        await tx.participation.createMany({
          data: catalogs.map((c, i) => ({
            distributionId: d.id,
            catalogId: c.catalogId,
            status: participation[i],
            invitedAt: now,
            respondedAt: participation[i] === "ACCEPTED" ? now : null,
          })),
        });
        return d;
      };
      const past = await distribution(centreSocial.id, addDays(today, -3), 13, ["ACCEPTED", "ACCEPTED", "ACCEPTED"]);
      await distribution(centreSocial.id, addDays(today, 4), 7, ["ACCEPTED", "ACCEPTED", "ACCEPTED"]);
      await distribution(mjc.id, addDays(today, 18), 10, ["ACCEPTED", "INVITED", "INVITED"]);

      const byName = new Map([...vrac.products, ...farm.products, ...bakery.products].map((p) => [p.name, p]));
      // A basket of `lines` ([product, quantity]); confirmed (its debt written as confirming writes it) unless
      // `confirmedAt` is null.
      const basket = async (
        distributionId: string,
        basketNumber: number,
        userId: string,
        lines: [string, number][],
        confirmedAt: Date | null,
      ) => {
        const order = await tx.order.create({
          data: {
            marketId: market.id,
            distributionId,
            userId,
            basketNumber,
            paymentMethod: confirmedAt ? "ON_SITE" : null,
            confirmedAt,
            lines: {
              create: lines.map(([name, quantity]) => {
                const p = byName.get(name)!;
                return {
                  productId: p.id,
                  quantity,
                  heldQuantity: quantity,
                  unitPriceCents: p.priceCents,
                  vatRateBp: p.vatRateBp,
                  productName: p.name,
                };
              }),
            },
          },
          select: { id: true, basketNumber: true, lines: { select: { totalCents: true } } },
        });
        await recordOrderDebt(tx, order.id);
        return { ...order, totalCents: order.lines.reduce((sum, l) => sum + l.totalCents, 0) };
      };

      const pastBaskets: [string, [string, number][]][] = [
        [
          client.id,
          [
            ["Amandes avec peau", 0.5],
            ["Lentilles vertes", 1],
            ["Pain de campagne", 1],
          ],
        ],
        [
          otherShoppers[0].id,
          [
            ["Abricots bruns secs", 0.25],
            ["Panier de légumes de saison", 1],
          ],
        ],
        [
          otherShoppers[1].id,
          [
            ["Riz complet", 2],
            ["Œufs plein air (12)", 1],
            ["Baguette tradition", 2],
          ],
        ],
      ];
      for (const [i, [userId, lines]] of pastBaskets.entries())
        await basket(past.id, i + 1, userId, lines, addHours(now, -24 * 6));
      await tx.distribution.update({ where: { id: past.id }, data: { lastBasketNumber: pastBaskets.length } });

      // Ten days ago, validated: one basket paid in cash on the spot, one by transfer, one by card, and one left
      // unpaid (a debt on the member's balance). Its statements show what Cabas pays each producer (the card
      // basket, once the payouts are scheduled below) and what the market owes them (the rest).
      const validatedDay = addDays(today, -10);
      const validated = await distribution(centreSocial.id, validatedDay, 13, ["ACCEPTED", "ACCEPTED", "ACCEPTED"]);
      const orderedAt = zonedInstant(addDays(validatedDay, -2), 18 * 60, TZ);
      const pickedUpAt = zonedInstant(validatedDay, 17 * 60 + 30, TZ);
      const cash = await basket(
        validated.id,
        1,
        client.id,
        [
          ["Lentilles vertes", 1],
          ["Savon de Marseille", 1],
          ["Pain de campagne", 1],
        ],
        orderedAt,
      );
      await receivePayment(tx, {
        marketId: market.id,
        userId: client.id,
        orderId: cash.id,
        method: "CASH",
        amountCents: cash.totalCents,
        createdById: admin.id,
        now: pickedUpAt,
      });
      await tx.order.update({ where: { id: cash.id }, data: { onSiteMethod: "CASH" } });
      const transfer = await basket(
        validated.id,
        2,
        otherShoppers[0].id,
        [
          ["Quinoa", 0.5],
          ["Panier de légumes de saison", 1],
        ],
        orderedAt,
      );
      await tx.order.update({ where: { id: transfer.id }, data: { paymentMethod: "TRANSFER" } });
      await receivePayment(tx, {
        marketId: market.id,
        userId: otherShoppers[0].id,
        orderId: transfer.id,
        method: "TRANSFER",
        amountCents: transfer.totalCents,
        // The reference the order page asks the shopper to write on the transfer.
        reference: `CABAS-${transfer.basketNumber}-${transfer.id.slice(-6).toUpperCase()}`,
        createdById: admin.id,
        now: addHours(orderedAt, 20),
      });
      // A card basket is a draft until Stripe's webhook settles its payment, which confirms it.
      const card = await basket(
        validated.id,
        3,
        otherShoppers[1].id,
        [
          ["Amandes avec peau", 0.5],
          ["Œufs plein air (12)", 1],
          ["Baguette tradition", 2],
        ],
        null,
      );
      const sessionId = `cs_demo_${card.id}`;
      await tx.payment.create({
        data: {
          marketId: market.id,
          userId: otherShoppers[1].id,
          orderId: card.id,
          method: "CARD",
          amountCents: card.totalCents,
          stripeCheckoutSessionId: sessionId,
        },
      });
      await settlePayment(tx, { stripeCheckoutSessionId: sessionId }, { now: orderedAt });
      await basket(
        validated.id,
        4,
        otherShoppers[2].id,
        [
          ["Riz complet", 1],
          ["Dentifrice fraise des bois", 1],
        ],
        orderedAt,
      );
      const validatedAt = zonedInstant(validatedDay, 19 * 60 + 30, TZ);
      await tx.order.updateMany({
        where: { distributionId: validated.id },
        data: { validatedAt, validatedById: admin.id },
      });
      await tx.distribution.update({
        where: { id: validated.id },
        data: { lastBasketNumber: 4, validatedAt, validatedById: admin.id },
      });
    },
    { timeout: 60_000 },
  );
  // As the payouts job does within the hour after a validation: the fees, and Cabas's payouts of what it
  // collected online.
  await schedulePayouts({ now });
}

async function createProducerWithCatalog(
  tx: Tx,
  input: {
    producer: {
      slug: string;
      name: string;
      city: string;
      zipCode: string;
      lat: number;
      lng: number;
      description: string;
    };
    catalogName: string;
    products: SeedProduct[];
    userId?: string;
  },
) {
  const producer = await tx.producer.create({
    data: { ...input.producer, users: input.userId ? { create: { userId: input.userId, role: "OWNER" } } : undefined },
    select: { id: true },
  });
  const catalog = await tx.catalog.create({
    data: { producerId: producer.id, name: input.catalogName },
    select: { id: true },
  });
  await tx.product.createMany({
    data: input.products.map((p) => ({
      catalogId: catalog.id,
      name: p.name,
      description: p.description,
      category: p.category,
      unit: p.unit ?? "PIECE",
      quantityPerUnit: p.per ?? 1,
      priceCents: p.price,
      vatRateBp: p.vat ?? 550,
      organic: p.organic ?? false,
      bulk: p.bulk !== undefined,
      step: p.bulk ?? p.variable ?? null,
      variableWeight: p.variable !== undefined,
      maxPriceCents: p.variable !== undefined ? Math.round(p.price * 1.5) : null,
      stock: p.stock ?? null,
    })),
  });
  const products = await tx.product.findMany({
    where: { catalogId: catalog.id },
    select: { id: true, name: true, priceCents: true, vatRateBp: true },
  });
  return { producerId: producer.id, catalogId: catalog.id, products };
}

function addHours(date: Date, hours: number) {
  return new Date(date.getTime() + hours * 3_600_000);
}

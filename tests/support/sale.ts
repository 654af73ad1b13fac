// An open sale with a producer, its member of staff, an admin and products, and shoppers filling baskets through
// the real use cases: for tests about what a draft is and is not.
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { confirmOrder } from "@/lib/domain/order/confirm-order";
import { setBasketQuantity } from "@/lib/domain/order/set-basket-quantity";
import type { Prisma } from "@/generated/prisma/client";
import {
  createDistribution,
  createMarket,
  createMembership,
  createParticipation,
  createProducerWithCatalog,
  createProduct,
  createUser,
} from "./factories";

export const SALE_NOW = new Date("2026-06-01T10:00:00Z");

export async function openSale({ now = SALE_NOW, inDays = 4 }: { now?: Date; inDays?: number } = {}) {
  const market = await createMarket({ name: "La Cagette", paymentMethods: ["ON_SITE", "TRANSFER", "CARD"] });
  const distribution = await createDistribution(market, { now, inDays });
  const { producer, catalog } = await createProducerWithCatalog("Ferme des Cocus");
  await db().catalogLink.create({ data: { catalogId: catalog.id, marketId: market.id } });
  await createParticipation(distribution.id, catalog.id);
  const farmer = await createUser({ email: `ferme-${market.slug}@example.test` });
  await db().producerUser.create({ data: { producerId: producer.id, userId: farmer.id, role: "OWNER" } });
  const admin = await createUser();
  await createMembership(market.id, admin.id, { isAdmin: true });
  const product = (data: Partial<Prisma.ProductUncheckedCreateInput>) => createProduct(catalog.id, data);
  return {
    market,
    distribution,
    producer,
    catalog,
    farmer: await loadActor(farmer.id),
    admin: await loadActor(admin.id),
    product,
  };
}

export type Sale = Awaited<ReturnType<typeof openSale>>;

// A new shopper putting `quantity` of a product in their basket, confirmed (on the spot) or left a draft.
export async function shopperWithBasket(
  sale: Sale,
  productId: string,
  quantity: string,
  {
    confirm = false,
    now = SALE_NOW,
    user = {},
  }: { confirm?: boolean; now?: Date; user?: Partial<Prisma.UserUncheckedCreateInput> } = {},
) {
  const created = await createUser({ phone: "06 00 00 00 00", ...user });
  const actor = await loadActor(created.id);
  const { orderId } = await addToBasket(actor, sale, productId, quantity, now);
  if (confirm) await confirmOrder({ actor, orderId, method: "ON_SITE", now });
  return { user: created, actor, orderId };
}

export function addToBasket(
  actor: Awaited<ReturnType<typeof loadActor>>,
  sale: Sale,
  productId: string,
  quantityText: string,
  now = SALE_NOW,
) {
  return setBasketQuantity({
    actor,
    distributionId: sale.distribution.id,
    productId,
    quantityText,
    mode: "add",
    now,
  });
}

export async function stockOf(productId: string): Promise<string | undefined> {
  return (await db().product.findUniqueOrThrow({ where: { id: productId } })).stock?.toString();
}

import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { parseMoney } from "@/lib/money";
import type { ProductInput } from "@/lib/validation/producer";
import type { Actor } from "../access/actor";
import { DomainError } from "../errors";
import { DECIMAL_12_3_MAX, MAX_PRICE_CENTS } from "../limits";
import { storeImage } from "../image/store-image";

function decimal(text: string, field: string, code = "DECIMAL_INVALID"): Prisma.Decimal {
  const cleaned = text.replace(/\s/g, "").replace(",", ".");
  if (!/^\d+(\.\d{1,3})?$/.test(cleaned)) throw new DomainError(code, field);
  return new Prisma.Decimal(cleaned);
}

// Checks and converts what was typed (« 3,20 », « 0,1 ») into a product's columns. A bulk product needs a step
// between 0 and 1 (0,1 kg); stock is optional and never negative; prices and quantities stay within what their
// columns hold (lib/domain/limits.ts). Shared by the form and the CSV import.
export function productDataFromInput(input: ProductInput) {
  const priceCents = parseMoney(input.price);
  if (priceCents === null) throw new DomainError("PRICE_INVALID", "price");
  if (priceCents > MAX_PRICE_CENTS) throw new DomainError("PRICE_TOO_HIGH", "price");
  const quantityPerUnit = decimal(input.quantityPerUnit, "quantityPerUnit");
  if (quantityPerUnit.lte(0)) throw new DomainError("DECIMAL_INVALID", "quantityPerUnit");
  if (quantityPerUnit.gt(DECIMAL_12_3_MAX)) throw new DomainError("NUMBER_TOO_LARGE", "quantityPerUnit");
  let step: Prisma.Decimal | null = null;
  if (input.bulk || input.variableWeight) {
    if (!input.step) throw new DomainError("STEP_REQUIRED", "step");
    step = decimal(input.step, "step");
    if (step.lte(0) || step.gte(1)) throw new DomainError("STEP_OUT_OF_RANGE", "step");
    if (input.unit === "PIECE") throw new DomainError("BULK_NEEDS_MEASURE", "unit");
  }
  let maxPriceCents: number | null = null;
  if (input.variableWeight && input.maxPrice) {
    maxPriceCents = parseMoney(input.maxPrice);
    if (maxPriceCents === null || maxPriceCents < priceCents) throw new DomainError("MAX_PRICE_INVALID", "maxPrice");
    if (maxPriceCents > MAX_PRICE_CENTS) throw new DomainError("PRICE_TOO_HIGH", "maxPrice");
  }
  let stock: Prisma.Decimal | null = null;
  if (input.stock) {
    if (/^\s*-/.test(input.stock)) throw new DomainError("STOCK_NEGATIVE", "stock");
    stock = decimal(input.stock, "stock");
    if (stock.gt(DECIMAL_12_3_MAX)) throw new DomainError("NUMBER_TOO_LARGE", "stock");
  }
  return {
    name: input.name,
    description: input.description,
    category: input.category,
    unit: input.unit,
    quantityPerUnit,
    priceCents,
    vatRateBp: Number(input.vatRate),
    organic: input.organic,
    bulk: input.bulk,
    step,
    variableWeight: input.variableWeight,
    maxPriceCents,
    stock,
    active: input.active,
  };
}

// Creates or updates a product of one of the actor's catalogs.
export async function saveProduct({
  actor,
  catalogId,
  productId,
  input,
  photo,
}: {
  actor: Actor;
  catalogId: string;
  productId?: string;
  input: ProductInput;
  photo?: { bytes: Uint8Array; size: number };
}) {
  const catalog = await db().catalog.findFirst({
    where: { id: catalogId, producerId: { in: actor.producerIds } },
    select: { id: true },
  });
  if (!catalog) throw new DomainError("NOT_FOUND");
  const fields = productDataFromInput(input);
  // Stored last, once everything else is valid: a refused form leaves no orphan image.
  const imageId = photo ? (await storeImage(photo, { maxSize: 600, field: "photo" })).id : undefined;
  const data = { ...fields, ...(imageId ? { imageId } : {}) };
  if (productId) {
    const updated = await db().product.updateMany({ where: { id: productId, catalogId }, data });
    if (updated.count === 0) throw new DomainError("NOT_FOUND");
    return { id: productId };
  }
  return db().product.create({ data: { ...data, catalogId }, select: { id: true } });
}

// A product that was ever ordered stays (orders point to it); it can only be disabled.
export async function deleteProduct({ actor, productId }: { actor: Actor; productId: string }) {
  const product = await db().product.findFirst({
    where: { id: productId, catalog: { producerId: { in: actor.producerIds } } },
    select: { id: true, _count: { select: { orderLines: true } } },
  });
  if (!product) throw new DomainError("NOT_FOUND");
  if (product._count.orderLines > 0) throw new DomainError("PRODUCT_HAS_ORDERS");
  await db().product.delete({ where: { id: productId } });
}

export async function setProductActive({
  actor,
  productId,
  active,
}: {
  actor: Actor;
  productId: string;
  active: boolean;
}) {
  const updated = await db().product.updateMany({
    where: { id: productId, catalog: { producerId: { in: actor.producerIds } } },
    data: { active },
  });
  if (updated.count === 0) throw new DomainError("NOT_FOUND");
}

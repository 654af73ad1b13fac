import { Prisma } from "@/generated/prisma/client";
import type { ProductCategory, ProductUnit } from "@/generated/prisma/enums";
import productTypes from "./data/productTypes.json";
import { localName } from "./vocabulary";

// DFC units (the measures taxonomy, `dfc-m:`) ⇄ Cabas units. Writing, each Cabas unit has its DFC unit; reading,
// a DFC unit becomes a Cabas unit and a factor on its value (a dozen is 12 pieces), and the bulk units of the
// taxonomy become products sold by the kilo or the litre in steps.
export const DFC_UNIT_OF: Record<ProductUnit, string> = {
  PIECE: "Piece",
  KG: "Kilogram",
  G: "Gram",
  L: "Litre",
  CL: "Centilitre",
  ML: "Millilitre",
};

type UnitReading = { unit: ProductUnit; factor: number; bulk?: boolean };

const CABAS_UNIT_OF: Record<string, UnitReading> = {
  Kilogram: { unit: "KG", factor: 1 },
  Gram: { unit: "G", factor: 1 },
  Milligram: { unit: "G", factor: 0.001 },
  Tonne: { unit: "KG", factor: 1000 },
  Litre: { unit: "L", factor: 1 },
  Decilitre: { unit: "CL", factor: 10 },
  Centilitre: { unit: "CL", factor: 1 },
  Millilitre: { unit: "ML", factor: 1 },
  Piece: { unit: "PIECE", factor: 1 },
  Dozen: { unit: "PIECE", factor: 12 },
  HalfDozen: { unit: "PIECE", factor: 6 },
  Pair: { unit: "PIECE", factor: 2 },
  "4Pack": { unit: "PIECE", factor: 4 },
  "6Pack": { unit: "PIECE", factor: 6 },
  GrainBulk: { unit: "KG", factor: 1, bulk: true },
  PowderBulk: { unit: "KG", factor: 1, bulk: true },
  NoduleBulk: { unit: "KG", factor: 1, bulk: true },
  LiquidBulk: { unit: "L", factor: 1, bulk: true },
};

// Containers of the taxonomy (a bottle, a jar, a bunch…): one item each, sold by the piece.
const CONTAINERS = new Set([
  "Bag",
  "Basket",
  "BeerCrate",
  "Bottle",
  "Box",
  "Bucket",
  "Bunch",
  "Bundle",
  "Can",
  "Carton",
  "Cask",
  "Crate",
  "Drum",
  "Jar",
  "Keg",
  "Kit",
  "Net",
  "Package",
  "Packet",
  "Pot",
  "Pouch",
  "Punnet",
  "Roll",
  "Tablet",
  "Tin",
  "Tray",
  "Tub",
  "Tube",
]);

// The step a bulk product read from a DFC bulk unit is sold in, when the document says none.
export const DEFAULT_BULK_STEP = "0.1";

export type DfcQuantity = { unit: ProductUnit; quantityPerUnit: Prisma.Decimal; bulk: boolean };

// A DFC quantity as Cabas sells it, or null for a unit Cabas has no equivalent of (a metre, a pound, a percent).
// A quantity of 0 or none means the peer does not know it: the product is then sold by the piece.
export function readDfcQuantity(unitIri: string | null, value: string | null): DfcQuantity | null {
  const amount = value && /^\s*\d+(\.\d+)?\s*$/.test(value) ? new Prisma.Decimal(value.trim()) : null;
  if (!unitIri || !amount || amount.isZero())
    return { unit: "PIECE", quantityPerUnit: new Prisma.Decimal(1), bulk: false };
  const name = localName(unitIri);
  const reading = CABAS_UNIT_OF[name] ?? (CONTAINERS.has(name) ? { unit: "PIECE" as const, factor: 1 } : null);
  if (!reading) return null;
  return {
    unit: reading.unit,
    quantityPerUnit: amount.mul(reading.factor).toDecimalPlaces(3),
    bulk: reading.bulk ?? false,
  };
}

// Cabas categories ⇄ DFC product types (`dfc-pt:`). Writing, each category names the broadest type that fits;
// reading, a type and the types above it in the taxonomy are looked up here, the narrowest first.
export const DFC_TYPE_OF: Record<ProductCategory, string | null> = {
  FRUITS_VEGETABLES: "vegetable",
  DAIRY: "dairy-product",
  MEAT: "meat-product",
  SEAFOOD: "fishery-product",
  BAKERY: "bakery",
  GROCERY: "local-grocery-store",
  DRINKS: "drink",
  PREPARED: "ready-meal",
  HYGIENE: "cosmetic",
  OTHER: null,
};

const CATEGORY_OF_TYPE: Record<string, ProductCategory> = {
  ...Object.fromEntries(
    Object.entries(DFC_TYPE_OF)
      .filter(([, type]) => type)
      .map(([category, type]) => [type, category as ProductCategory]),
  ),
  fruit: "FRUITS_VEGETABLES",
  "frozen-fruit": "FRUITS_VEGETABLES",
  "frozen-vegetable": "FRUITS_VEGETABLES",
  "frozen-meat": "MEAT",
  "frozen-meal": "PREPARED",
  egg: "DAIRY",
};

const SKOS_BROADER = "http://www.w3.org/2004/02/skos/core#broader";
type Concept = { "@id": string; [SKOS_BROADER]?: { "@id": string }[] };

const BROADER: Map<string, string[]> = new Map(
  (productTypes as unknown as { "@graph": Concept[] }[])[0]["@graph"].map((concept) => [
    localName(concept["@id"]),
    (concept[SKOS_BROADER] ?? []).map((b) => localName(b["@id"])),
  ]),
);

export function categoryOfDfcType(typeIri: string | null): ProductCategory {
  const seen = new Set<string>();
  const queue = typeIri ? [localName(typeIri)] : [];
  while (queue.length > 0) {
    const type = queue.shift()!;
    if (seen.has(type)) continue;
    seen.add(type);
    if (CATEGORY_OF_TYPE[type]) return CATEGORY_OF_TYPE[type];
    queue.push(...(BROADER.get(type) ?? []));
  }
  return "OTHER";
}

// VAT as DFC writes it, a percentage (« 5.5 »), ⇄ Cabas's basis points (550); null for a rate French sales do not use.
export const VAT_RATES_BP = [550, 1000, 2000, 210, 0];

export function vatPercent(vatRateBp: number): string {
  return new Prisma.Decimal(vatRateBp).div(100).toString();
}

export function readVatRate(percent: string): number | null {
  if (!/^\s*\d+(\.\d+)?\s*$/.test(percent)) return null;
  const bp = new Prisma.Decimal(percent.trim()).mul(100);
  return bp.isInteger() && VAT_RATES_BP.includes(bp.toNumber()) ? bp.toNumber() : null;
}

import { Prisma } from "@/generated/prisma/client";
import type { ProductCategory, ProductUnit } from "@/generated/prisma/enums";
import { DECIMAL_12_3_MAX, MAX_PRICE_CENTS } from "../limits";
import { DomainError } from "../errors";
import { categoryOfDfcType, DEFAULT_BULK_STEP, readDfcQuantity, readVatRate } from "./units";
import { expandDfc, isDfc2Context, localName, type ExpandedNode } from "./vocabulary";

export const MAX_DFC_BYTES = 20 * 1024 * 1024;
const MAX_PRODUCTS = 2000;

export type DfcProductData = {
  name: string;
  description: string | null;
  category: ProductCategory;
  unit: ProductUnit;
  quantityPerUnit: Prisma.Decimal;
  priceCents: number;
  vatRateBp: number;
  organic: boolean;
  bulk: boolean;
  step: Prisma.Decimal | null;
  variableWeight: boolean;
  maxPriceCents: number | null;
  stock: Prisma.Decimal | null;
};

// One dfc-b:SuppliedProduct of the document: what Cabas would make of it, or why it cannot.
export type DfcProductReading = {
  dfcId: string;
  name: string;
  error: string | null;
  warnings: string[];
  data: DfcProductData | null;
};

// A DFC 1.x catalog (JSON-LD text) as the products it supplies, each with its catalog item (SKU, stock) and offer
// (price, VAT). Only the bundled context is used; terms are matched by their local names.
export async function readDfcCatalog(text: string): Promise<DfcProductReading[]> {
  if (Buffer.byteLength(text) > MAX_DFC_BYTES) throw new DomainError("DFC_TOO_LARGE");
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw new DomainError("DFC_MALFORMED");
  }
  if (contextUrls(document).some(isDfc2Context)) throw new DomainError("DFC_VERSION_2");
  const graph = new Graph(await expandDfc(document));
  const products = graph.nodes.filter((n) => graph.hasType(n, "SuppliedProduct"));
  if (graph.nodes.some((n) => graph.hasType(n, "Organization"))) throw new DomainError("DFC_VERSION_2");
  if (products.length === 0) throw new DomainError("DFC_NOT_DFC");
  if (products.length > MAX_PRODUCTS) throw new DomainError("DFC_TOO_MANY");
  return products.map((product) => readProduct(graph, product));
}

function contextUrls(document: unknown): string[] {
  const contexts = (document as { "@context"?: unknown } | null)?.["@context"];
  return (Array.isArray(contexts) ? contexts : [contexts]).filter((c): c is string => typeof c === "string");
}

// The expanded nodes, found by id wherever they are (top level, @graph, nested), and read by local names.
class Graph {
  readonly nodes: ExpandedNode[] = [];
  private readonly byId = new Map<string, ExpandedNode>();

  constructor(expanded: ExpandedNode[]) {
    const visit = (value: unknown) => {
      if (Array.isArray(value)) return value.forEach(visit);
      if (!value || typeof value !== "object") return;
      const node = value as ExpandedNode;
      if ("@value" in node) return;
      if (node["@graph"]) visit(node["@graph"]);
      const id = node["@id"];
      const isReference = Object.keys(node).every((key) => key === "@id");
      if (!isReference) {
        this.nodes.push(node);
        if (id && !this.byId.has(id)) this.byId.set(id, node);
      }
      for (const [key, child] of Object.entries(node)) if (!key.startsWith("@")) visit(child);
    };
    visit(expanded);
  }

  hasType(node: ExpandedNode, type: string): boolean {
    return (node["@type"] ?? []).some((t) => localName(t) === type);
  }

  private values(node: ExpandedNode | null, term: string): unknown[] {
    if (!node) return [];
    const key = Object.keys(node).find((k) => !k.startsWith("@") && localName(k) === term);
    return key ? (node[key] as unknown[]) : [];
  }

  text(node: ExpandedNode | null, term: string): string | null {
    for (const value of this.values(node, term)) {
      const literal = (value as { "@value"?: unknown })["@value"];
      if (typeof literal === "string" || typeof literal === "number" || typeof literal === "boolean")
        return String(literal);
    }
    return null;
  }

  iris(node: ExpandedNode | null, term: string): string[] {
    return this.values(node, term).flatMap((v) => {
      const id = (v as { "@id"?: unknown })["@id"];
      return typeof id === "string" ? [id] : [];
    });
  }

  // The node a property points at: embedded, or by its id.
  follow(node: ExpandedNode | null, term: string): ExpandedNode | null {
    for (const value of this.values(node, term)) {
      const target = value as ExpandedNode;
      if (Object.keys(target).some((k) => k !== "@id")) return target;
      const found = target["@id"] && this.byId.get(target["@id"]);
      if (found) return found;
    }
    return null;
  }

  // The first node of `type` pointing at `node` through `term` (a catalog item « references » its product).
  pointingAt(node: ExpandedNode, term: string, type: string): ExpandedNode | null {
    const id = node["@id"];
    if (!id) return null;
    return this.nodes.find((n) => this.hasType(n, type) && this.iris(n, term).includes(id)) ?? null;
  }
}

const DECIMAL = /^\s*-?\d+(\.\d+)?\s*$/;

function readProduct(graph: Graph, product: ExpandedNode): DfcProductReading {
  const dfcId = product["@id"] ?? "";
  const name = plainText(graph.text(product, "name") ?? "").slice(0, 120);
  const refuse = (error: string): DfcProductReading => ({ dfcId, name, error, warnings: [], data: null });
  if (!name) return refuse("NAME_MISSING");
  const item = graph.follow(product, "referencedBy") ?? graph.pointingAt(product, "references", "CatalogItem") ?? null;
  const offer =
    graph.follow(item, "offeredThrough") ??
    (item ? graph.pointingAt(item, "offeredItem", "Offer") : null) ??
    graph.follow(product, "hasOffer");
  const price = graph.follow(offer, "hasPrice");
  const priceValue = price ? graph.text(price, "value") : graph.text(offer, "hasPrice");
  if (priceValue === null) return refuse("PRICE_MISSING");
  if (!DECIMAL.test(priceValue) || priceValue.trim().startsWith("-")) return refuse("PRICE_INVALID");
  const priceCents = new Prisma.Decimal(priceValue.trim()).mul(100).toDecimalPlaces(0).toNumber();
  if (priceCents > MAX_PRICE_CENTS) return refuse("PRICE_TOO_HIGH");

  const quantityNode = graph.follow(product, "hasQuantity");
  const quantity = readDfcQuantity(graph.iris(quantityNode, "hasUnit")[0] ?? null, graph.text(quantityNode, "value"));
  if (!quantity) return refuse("UNIT_UNKNOWN");
  if (quantity.quantityPerUnit.gt(DECIMAL_12_3_MAX) || quantity.quantityPerUnit.isZero())
    return refuse("QUANTITY_TOO_LARGE");

  const warnings: string[] = [];
  const currency = price ? graph.iris(price, "hasUnit")[0] : undefined;
  if (currency && localName(currency) !== "Euro") warnings.push("CURRENCY_NOT_EURO");
  const vatText = price ? graph.text(price, "VATrate") : null;
  let vatRateBp = vatText === null ? 550 : readVatRate(vatText);
  if (vatRateBp === null) {
    warnings.push("VAT_RATE_UNKNOWN");
    vatRateBp = 550;
  }
  const stockText = graph.text(item, "stockLimitation") ?? graph.text(offer, "stockLimitation");
  // A negative limit (-1) is how peers say « not limited ».
  const stock =
    stockText && DECIMAL.test(stockText) && !stockText.trim().startsWith("-")
      ? Prisma.Decimal.min(new Prisma.Decimal(stockText.trim()), DECIMAL_12_3_MAX)
      : null;

  // Cabas's own terms, when the document is a Cabas export: its bulk and variable-weight products as they were.
  const flag = (term: string) => graph.text(product, term) === "true";
  const stepText = graph.text(product, "step");
  const cabasStep = stepText && DECIMAL.test(stepText) ? new Prisma.Decimal(stepText.trim()) : null;
  const measured = quantity.unit !== "PIECE";
  const bulk = measured && (quantity.bulk || flag("bulk"));
  const variableWeight = measured && flag("variableWeight");
  const stepOk = cabasStep && cabasStep.gt(0) && cabasStep.lt(1);
  const step = bulk || variableWeight ? (stepOk ? cabasStep : new Prisma.Decimal(DEFAULT_BULK_STEP)) : null;
  const maxPriceText = graph.text(product, "maxPrice");
  const maxPriceCents =
    variableWeight && maxPriceText && DECIMAL.test(maxPriceText)
      ? Math.max(priceCents, new Prisma.Decimal(maxPriceText.trim()).mul(100).toDecimalPlaces(0).toNumber())
      : null;

  return {
    dfcId,
    name,
    error: null,
    warnings,
    data: {
      name,
      description: plainText(graph.text(product, "description") ?? "").slice(0, 2000) || null,
      category: categoryOfDfcType(graph.iris(product, "hasType")[0] ?? null),
      unit: quantity.unit,
      quantityPerUnit: quantity.quantityPerUnit,
      priceCents,
      vatRateBp,
      organic: graph.iris(product, "hasCertification").some((c) => /^organic/i.test(localName(c))),
      bulk,
      step,
      variableWeight,
      maxPriceCents: maxPriceCents !== null && maxPriceCents <= MAX_PRICE_CENTS ? maxPriceCents : null,
      stock,
    },
  };
}

// Peers write descriptions in HTML (Shopify's): Cabas keeps the text.
function plainText(html: string): string {
  return html
    .replace(/<(br|\/p|\/div|\/tr|\/li)\b[^>]*>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/[ \t]+/g, " ")
    .replace(/\s*\n\s*/g, "\n")
    .trim();
}

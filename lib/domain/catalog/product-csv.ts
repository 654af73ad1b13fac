import { Prisma } from "@/generated/prisma/client";
import { csvAmount, csvNumber, readCsv, writeCsv, type CsvRecord } from "@/lib/csv";
import { db } from "@/lib/db/client";
import { productSchema } from "@/lib/validation/producer";
import type { Actor } from "../access/actor";
import { DomainError } from "../errors";
import { getCatalogOrThrow } from "./producer-catalogs";
import { productDataFromInput } from "./save-product";

// One format both ways, so an export can be edited in a spreadsheet and imported back.
export const PRODUCT_CSV_COLUMNS = [
  "nom",
  "description",
  "categorie",
  "unite",
  "quantite_par_unite",
  "prix",
  "tva",
  "bio",
  "vrac",
  "pas",
  "poids_variable",
  "prix_max",
  "stock",
  "actif",
];

const yes = (b: boolean) => (b ? "oui" : "non");
const decimal = (d: Prisma.Decimal | null) => (d === null ? null : csvNumber(d.toFixed()));

export async function exportCatalogCsv({ actor, catalogId }: { actor: Actor; catalogId: string }) {
  const catalog = await getCatalogOrThrow({ actor, catalogId });
  const products = await db().product.findMany({ where: { catalogId: catalog.id }, orderBy: { name: "asc" } });
  return {
    name: catalog.name,
    csv: writeCsv([
      PRODUCT_CSV_COLUMNS,
      ...products.map((p) => [
        p.name,
        p.description,
        p.category,
        p.unit,
        decimal(p.quantityPerUnit),
        csvAmount(p.priceCents),
        csvNumber(p.vatRateBp),
        yes(p.organic),
        yes(p.bulk),
        decimal(p.step),
        yes(p.variableWeight),
        p.maxPriceCents === null ? null : csvAmount(p.maxPriceCents),
        decimal(p.stock),
        yes(p.active),
      ]),
    ]),
  };
}

export type ProductRow = {
  line: number;
  name: string;
  error: string | null;
  data: ReturnType<typeof productDataFromInput> | null;
};

// The export's header, or any first row whose first cell starts with « nom ».
const isHeader = (cells: string[]) => cells[0].toLowerCase().startsWith("nom");

export function parseProductRows(text: string): ProductRow[] {
  const { records, error: unreadable } = readCsv(text, { isHeader });
  const rows = records.map(productRow);
  return unreadable ? [...rows, { line: unreadable.line, name: "", error: unreadable.code, data: null }] : rows;
}

function productRow({ line, cells: c }: CsvRecord): ProductRow {
  const flag = (v: string | undefined) => (/^(oui|yes|1|x|vrai|true)$/i.test(v ?? "") ? "on" : undefined);
  const parsed = productSchema.safeParse({
    name: c[0],
    description: c[1],
    category: c[2] || "OTHER",
    unit: c[3] || "PIECE",
    quantityPerUnit: c[4] || "1",
    price: c[5] ?? "",
    vatRate: c[6] || "550",
    organic: flag(c[7]),
    bulk: flag(c[8]),
    step: c[9] ?? "",
    variableWeight: flag(c[10]),
    maxPrice: c[11] ?? "",
    stock: c[12] ?? "",
    active: c[13] === undefined || c[13] === "" ? "on" : flag(c[13]),
  });
  if (!parsed.success)
    return {
      line,
      name: c[0] ?? "",
      error: `CSV_${String(parsed.error.issues[0].path[0] ?? "ROW").toUpperCase()}_INVALID`,
      data: null,
    };
  try {
    return { line, name: parsed.data.name, error: null, data: productDataFromInput(parsed.data) };
  } catch (error) {
    if (error instanceof DomainError) return { line, name: parsed.data.name, error: error.code, data: null };
    throw error;
  }
}

// What the producer sees before importing (each row and its problem), for the catalog's producer only.
export async function previewProductImport({
  actor,
  catalogId,
  text,
}: {
  actor: Actor;
  catalogId: string;
  text: string;
}) {
  await getCatalogOrThrow({ actor, catalogId });
  return parseProductRows(text);
}

// All or nothing: a single wrong row and nothing is added.
export async function importProducts({ actor, catalogId, text }: { actor: Actor; catalogId: string; text: string }) {
  const rows = await previewProductImport({ actor, catalogId, text });
  // Not CSV_EMPTY: that code's message is the members import's (« prénom;nom;e-mail »).
  if (rows.length === 0) throw new DomainError("PRODUCT_CSV_EMPTY", "csv");
  if (rows.some((r) => r.error)) throw new DomainError("CSV_HAS_ERRORS", "csv");
  const created = await db().product.createMany({ data: rows.map((r) => ({ ...r.data!, catalogId })) });
  return { created: created.count };
}

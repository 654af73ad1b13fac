import { Prisma } from "@/generated/prisma/client";
import { csvEuros, toCsv } from "@/lib/csv";
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
const decimalText = (d: Prisma.Decimal | null) => (d === null ? "" : d.toString().replace(".", ","));

export async function exportCatalogCsv({ actor, catalogId }: { actor: Actor; catalogId: string }) {
  const catalog = await getCatalogOrThrow({ actor, catalogId });
  const products = await db().product.findMany({ where: { catalogId: catalog.id }, orderBy: { name: "asc" } });
  return {
    name: catalog.name,
    csv: toCsv([
      PRODUCT_CSV_COLUMNS,
      ...products.map((p) => [
        p.name,
        p.description ?? "",
        p.category,
        p.unit,
        decimalText(p.quantityPerUnit),
        csvEuros(p.priceCents),
        String(p.vatRateBp),
        yes(p.organic),
        yes(p.bulk),
        decimalText(p.step),
        yes(p.variableWeight),
        p.maxPriceCents === null ? "" : csvEuros(p.maxPriceCents),
        decimalText(p.stock),
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

function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ";" || c === "\t") {
      cells.push(cell);
      cell = "";
    } else cell += c;
  }
  cells.push(cell);
  return cells.map((c) => c.trim());
}

export function parseProductRows(text: string): ProductRow[] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .map((raw, i) => ({ raw, line: i + 1 }))
    .filter(({ raw }) => raw.trim().length > 0)
    .filter(({ raw, line }) => !(line === 1 && raw.toLowerCase().startsWith("nom")))
    .map(({ raw, line }) => {
      const c = splitCsvLine(raw);
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
    });
}

// All or nothing: a single wrong row and nothing is added.
export async function importProducts({ actor, catalogId, text }: { actor: Actor; catalogId: string; text: string }) {
  const catalog = await getCatalogOrThrow({ actor, catalogId });
  const rows = parseProductRows(text);
  if (rows.length === 0) throw new DomainError("CSV_EMPTY", "csv");
  if (rows.length > 2000) throw new DomainError("CSV_TOO_LONG", "csv");
  if (rows.some((r) => r.error)) throw new DomainError("CSV_HAS_ERRORS", "csv");
  const created = await db().product.createMany({ data: rows.map((r) => ({ ...r.data!, catalogId: catalog.id })) });
  return { created: created.count };
}

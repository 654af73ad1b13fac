import { db } from "@/lib/db/client";
import type { Actor } from "../access/actor";
import { getCatalogOrThrow } from "../catalog/producer-catalogs";
import { DomainError } from "../errors";
import { readDfcCatalog, type DfcProductReading } from "./read-dfc-catalog";

export type DfcImportLine = {
  dfcId: string;
  name: string;
  action: "create" | "update" | "refuse";
  reason: string | null;
  warnings: string[];
};

type Plan = { lines: DfcImportLine[]; readings: DfcProductReading[]; existing: Map<string, string> };

async function plan({ actor, catalogId, text }: { actor: Actor; catalogId: string; text: string }): Promise<Plan> {
  const catalog = await getCatalogOrThrow({ actor, catalogId });
  const readings = await readDfcCatalog(text);
  const known = await db().product.findMany({
    where: { catalogId: catalog.id, dfcId: { in: readings.map((r) => r.dfcId).filter(Boolean) } },
    select: { id: true, dfcId: true },
  });
  const existing = new Map(known.map((p) => [p.dfcId!, p.id]));
  // A product twice in the document (or with no id) is imported once, as its first occurrence says.
  const seen = new Set<string>();
  const lines = readings.map((r): DfcImportLine => {
    const duplicate = !r.dfcId || seen.has(r.dfcId);
    seen.add(r.dfcId);
    const reason = r.error ?? (duplicate ? "DUPLICATE" : null);
    return {
      dfcId: r.dfcId,
      name: r.name,
      action: reason ? "refuse" : existing.has(r.dfcId) ? "update" : "create",
      reason,
      warnings: r.warnings,
    };
  });
  return { lines, readings, existing };
}

// What importing this DFC catalog into one of the actor's catalogs would do, product by product.
export async function previewDfcImport(input: { actor: Actor; catalogId: string; text: string }) {
  return (await plan(input)).lines;
}

// The import itself, in one transaction: products already imported from the same semantic id are updated (name,
// price, stock… but not whether the producer switched them off), the others created; refused ones are left out.
export async function applyDfcImport(input: { actor: Actor; catalogId: string; text: string }) {
  const { lines, readings, existing } = await plan(input);
  const accepted = lines.flatMap((line, i) => (line.action === "refuse" ? [] : [{ line, data: readings[i].data! }]));
  if (accepted.length === 0) throw new DomainError("DFC_NOTHING_TO_IMPORT");
  await db().$transaction(
    accepted.map(({ line, data }) => {
      const id = existing.get(line.dfcId);
      return id
        ? db().product.update({ where: { id }, data })
        : db().product.create({ data: { ...data, catalogId: input.catalogId, dfcId: line.dfcId } });
    }),
  );
  return {
    created: lines.filter((l) => l.action === "create").length,
    updated: lines.filter((l) => l.action === "update").length,
    refused: lines.filter((l) => l.action === "refuse").length,
  };
}

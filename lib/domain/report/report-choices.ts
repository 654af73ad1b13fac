import { db } from "@/lib/db/client";
import type { Actor } from "../access/actor";
import { type ReportScope, requireReportScope } from "./report-filters";

// What a report's filter may pick: in a market's report, the producers whose catalogs were ever linked to it; in
// a producer's, the markets its catalogs were ever linked to (a link ended keeps its past sales).
export async function reportChoices({ actor, scope }: { actor: Actor; scope: ReportScope }) {
  requireReportScope(actor, scope);
  if ("marketId" in scope) {
    return db().producer.findMany({
      where: { catalogs: { some: { links: { some: { marketId: scope.marketId } } } } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    });
  }
  return db().market.findMany({
    where: { catalogLinks: { some: { catalog: { producerId: scope.producerId } } } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

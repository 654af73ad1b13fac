import { domainErrorResponse, pdfResponse, routeActor } from "@/lib/actions/route-actor";
import { getSalesStatement, type SalesStatementPeriod } from "@/lib/domain/payout/sales-statement";
import { getMessages } from "@/lib/i18n/server";
import { renderSalesStatementPdf } from "@/lib/pdf/sales-statement-pdf";

// GET /api/statements/producer/<producerId>/pdf?mois=YYYY-MM or ?distribution=<id> — the producer's sales
// statement for a month or one distribution, as a PDF in the reader's language (its team only).
export async function GET(request: Request, { params }: { params: Promise<{ producerId: string }> }) {
  const actor = await routeActor();
  if (!actor) return new Response("Unauthorized", { status: 401 });
  const { producerId } = await params;
  const query = new URL(request.url).searchParams;
  const month = query.get("mois");
  const distributionId = query.get("distribution");
  const period: SalesStatementPeriod | null = month ? { month } : distributionId ? { distributionId } : null;
  if (!period) return new Response("Not found", { status: 404 });
  const { locale, t } = await getMessages();
  let statement;
  try {
    statement = await getSalesStatement({ actor, producerId, period });
  } catch (error) {
    return domainErrorResponse(error);
  }
  const pdf = await renderSalesStatementPdf(statement, { now: new Date(), locale, t });
  const s = t.documents.statement;
  return pdfResponse(
    pdf,
    "month" in period
      ? s.filenameMonth(period.month)
      : s.filenameDistribution(statement.distributions[0].distributionDay),
  );
}

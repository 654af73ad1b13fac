import { csvResponse, domainErrorResponse, routeActor } from "@/lib/actions/route-actor";
import { listMarketPayouts } from "@/lib/domain/payout/list-payout-statements";
import { payoutStatementCsv } from "@/lib/domain/payout/statement-csv";
import { getMessages } from "@/lib/i18n/server";

// GET /api/statements/market/<marketId> — every producer payout of the market as CSV (its admins only).
export async function GET(_request: Request, { params }: { params: Promise<{ marketId: string }> }) {
  const actor = await routeActor();
  if (!actor) return new Response("Unauthorized", { status: 401 });
  const { t } = await getMessages();
  try {
    const rows = await listMarketPayouts({ actor, marketId: (await params).marketId });
    return csvResponse(payoutStatementCsv(rows, t.money.statement), "versements-producteurs.csv");
  } catch (error) {
    return domainErrorResponse(error);
  }
}

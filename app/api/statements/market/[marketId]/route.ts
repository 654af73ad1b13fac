import { csvDownload } from "@/lib/actions/csv-download";
import { listMarketStatements } from "@/lib/domain/payout/list-payout-statements";
import { statementCsv } from "@/lib/domain/payout/statement-csv";

// GET /api/statements/market/<marketId> — every producer's statements of the market as CSV (its admins only).
export async function GET(_request: Request, { params }: { params: Promise<{ marketId: string }> }) {
  const { marketId } = await params;
  return csvDownload("releves-producteurs.csv", async ({ actor, t, locale }) =>
    statementCsv(await listMarketStatements({ actor, marketId }), t.statements, locale),
  );
}

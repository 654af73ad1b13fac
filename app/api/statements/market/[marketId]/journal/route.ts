import { csvDownload } from "@/lib/actions/csv-download";
import { journalCsv } from "@/lib/domain/ledger/journal-csv";
import { listMarketJournal } from "@/lib/domain/ledger/list-journal";

// GET /api/statements/market/<marketId>/journal — the market's accounting journal as CSV (its admins only).
export async function GET(_request: Request, { params }: { params: Promise<{ marketId: string }> }) {
  const { marketId } = await params;
  return csvDownload("journal-marche.csv", async ({ actor, t, locale }) =>
    journalCsv(await listMarketJournal({ actor, marketId }), t.statements, locale),
  );
}

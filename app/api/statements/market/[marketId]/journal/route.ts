import { journalDownload } from "@/lib/actions/csv-download";
import { marketFec } from "@/lib/domain/ledger/fec-export";
import { listMarketJournal } from "@/lib/domain/ledger/list-journal";

// GET /api/statements/market/<marketId>/journal[?du=YYYY-MM-DD&au=YYYY-MM-DD][&format=fec] — the market's
// accounting journal over a period, as CSV or as its FEC (its admins only).
export async function GET(request: Request, { params }: { params: Promise<{ marketId: string }> }) {
  const { marketId } = await params;
  return journalDownload(request, "journal-marche.csv", {
    journal: ({ actor, period }) => listMarketJournal({ actor, marketId, period }),
    fec: ({ actor, period, t, locale }) =>
      marketFec({ actor, marketId, period, labels: t.statements, locale, now: new Date() }),
  });
}

import { reportDownload } from "@/lib/actions/report-download";

// GET /api/reports/market/<marketId>?du&au&producteur&paiement&format — the market's sold lines (its admins).
export async function GET(request: Request, { params }: { params: Promise<{ marketId: string }> }) {
  const { marketId } = await params;
  return reportDownload(request, { marketId });
}

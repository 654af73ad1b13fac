import { reportDownload } from "@/lib/actions/report-download";

// GET /api/reports/producer/<producerId>?du&au&marche&paiement&format — the producer's sold lines in every
// market (its team).
export async function GET(request: Request, { params }: { params: Promise<{ producerId: string }> }) {
  const { producerId } = await params;
  return reportDownload(request, { producerId });
}

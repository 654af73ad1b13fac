import { csvDownload } from "@/lib/actions/csv-download";
import { listProducerStatements } from "@/lib/domain/payout/list-payout-statements";
import { statementCsv } from "@/lib/domain/payout/statement-csv";

// GET /api/statements/producer/<producerId> — the producer's statements as CSV (its users only).
export async function GET(_request: Request, { params }: { params: Promise<{ producerId: string }> }) {
  const { producerId } = await params;
  return csvDownload("releves.csv", async ({ actor, t, locale }) =>
    statementCsv(await listProducerStatements({ actor, producerId }), t.statements, locale),
  );
}

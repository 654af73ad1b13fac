import { csvDownload } from "@/lib/actions/csv-download";
import { journalCsv } from "@/lib/domain/ledger/journal-csv";
import { listProducerJournal } from "@/lib/domain/ledger/list-journal";

// GET /api/statements/producer/<producerId>/journal — the producer's accounts in every market as CSV (its
// users only).
export async function GET(_request: Request, { params }: { params: Promise<{ producerId: string }> }) {
  const { producerId } = await params;
  return csvDownload("journal-producteur.csv", async ({ actor, t, locale }) =>
    journalCsv(await listProducerJournal({ actor, producerId }), t.statements, locale),
  );
}

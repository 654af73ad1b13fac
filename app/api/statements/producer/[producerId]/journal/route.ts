import { journalDownload } from "@/lib/actions/csv-download";
import { producerFec } from "@/lib/domain/ledger/fec-export";
import { listProducerJournal } from "@/lib/domain/ledger/list-journal";

// GET /api/statements/producer/<producerId>/journal[?du=YYYY-MM-DD&au=YYYY-MM-DD][&format=fec] — the producer's
// accounts in every market over a period, as CSV or as its FEC (its users only).
export async function GET(request: Request, { params }: { params: Promise<{ producerId: string }> }) {
  const { producerId } = await params;
  return journalDownload(request, "journal-producteur.csv", {
    journal: ({ actor, period }) => listProducerJournal({ actor, producerId, period }),
    fec: ({ actor, period, t, locale }) =>
      producerFec({ actor, producerId, period, labels: t.statements, locale, now: new Date() }),
  });
}

import { csvResponse, domainErrorResponse, routeActor } from "@/lib/actions/route-actor";
import { listProducerPayouts } from "@/lib/domain/payout/list-payout-statements";
import { payoutStatementCsv } from "@/lib/domain/payout/statement-csv";
import { getMessages } from "@/lib/i18n/server";

// GET /api/statements/producer/<producerId> — the producer's payout statements as CSV (its users only).
export async function GET(_request: Request, { params }: { params: Promise<{ producerId: string }> }) {
  const actor = await routeActor();
  if (!actor) return new Response("Unauthorized", { status: 401 });
  const { t } = await getMessages();
  try {
    const rows = await listProducerPayouts({ actor, producerId: (await params).producerId });
    return csvResponse(payoutStatementCsv(rows, t.money.statement), "versements.csv");
  } catch (error) {
    return domainErrorResponse(error);
  }
}

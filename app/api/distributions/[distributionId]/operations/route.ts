import { routeActor } from "@/lib/actions/route-actor";
import { applyDayOperations } from "@/lib/domain/distribution-day/apply-operations";
import type { OperationResult } from "@/lib/domain/distribution-day/day-operation";
import { getMessages } from "@/lib/i18n/server";
import { translateError } from "@/lib/i18n/translate-error";
import type { SyncAnswer } from "@/lib/offline/offline-day";
import { operationBatchSchema, parseDayOperation } from "@/lib/validation/offline-operations";

// POST /api/distributions/<distributionId>/operations — the day screen's queue, replayed by the phone when the
// network comes back (lib/offline/sync.ts): { operations: [...] } in, one answer per operation and the day as it
// now is out. Idempotent: each operation carries its id and is applied once (apply-operations.ts).
export async function POST(request: Request, { params }: { params: Promise<{ distributionId: string }> }) {
  // JSON only: a form on another site cannot send it without the browser asking first.
  if (!request.headers.get("content-type")?.startsWith("application/json"))
    return new Response("Unsupported Media Type", { status: 415 });
  const actor = await routeActor();
  if (!actor) return new Response("Unauthorized", { status: 401 });
  const batch = operationBatchSchema.safeParse(await request.json().catch(() => null));
  if (!batch.success) return new Response("Bad Request", { status: 400 });
  const read = batch.data.operations.map(parseDayOperation);
  const operations = read.flatMap((r) => ("operation" in r ? [r.operation] : []));
  const now = new Date();
  const { results, day } = await applyDayOperations({
    actor,
    distributionId: (await params).distributionId,
    operations,
    now,
  });
  const { locale, t } = await getMessages();
  // Not theirs (or no longer: a referent's right ends with the distribution), answered as a page is: not found.
  // The phone lists every operation it sent as refused, with this reason.
  if (!day) return Response.json({ message: translateError(t, "FORBIDDEN", undefined, locale) }, { status: 404 });
  const unreadable: OperationResult[] = read.flatMap((r) =>
    "invalidId" in r && r.invalidId ? [{ id: r.invalidId, status: "refused", code: "OPERATION_INVALID" }] : [],
  );
  const answer: SyncAnswer = {
    results: [...results, ...unreadable].map((r) =>
      r.status === "refused" ? { ...r, message: translateError(t, r.code, undefined, locale) } : r,
    ),
    day,
    at: now.toISOString(),
  };
  return Response.json(answer, { headers: { "Cache-Control": "no-store" } });
}

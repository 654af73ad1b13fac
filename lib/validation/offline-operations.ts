import { z } from "zod";
import { DAY_PAYMENT_METHODS, type DayOperation } from "@/lib/domain/distribution-day/day-operation";
import { MAX_ORDER_TOTAL_CENTS } from "@/lib/domain/limits";
import { MAX_OPERATIONS_PER_BATCH } from "@/lib/offline/offline-day";

// The day screen's queue as the phone sends it (lib/offline/sync.ts). Each operation is read on its own: one the
// server cannot read is answered « refused » by its id, and never holds up the others.
const id = z.string().min(1).max(100);
const common = { id: z.uuid(), takenAt: z.iso.datetime({ offset: true }), orderId: id };
const method = z.enum(DAY_PAYMENT_METHODS);

const dayOperationSchema: z.ZodType<DayOperation> = z.discriminatedUnion("type", [
  z.object({
    ...common,
    type: z.literal("adjust"),
    lineId: id,
    // Read by the use case (adjust-basket.ts), which answers a quantity it cannot take.
    quantity: z.string().max(20),
    version: z.int().min(0),
  }),
  z.object({ ...common, type: z.literal("payment"), method, amountCents: z.int().min(1).max(MAX_ORDER_TOTAL_CENTS) }),
  z.object({ ...common, type: z.literal("validate"), onSiteMethod: method.nullable() }),
  z.object({ ...common, type: z.literal("collect"), collected: z.boolean() }),
]);

export const operationBatchSchema = z.object({ operations: z.array(z.unknown()).max(MAX_OPERATIONS_PER_BATCH) });

// An operation, or the id of one that cannot be read (undefined when even its id cannot).
export function parseDayOperation(value: unknown): { operation: DayOperation } | { invalidId: string | undefined } {
  const parsed = dayOperationSchema.safeParse(value);
  if (parsed.success) return { operation: parsed.data };
  const claimed = z.object({ id: z.string().max(100) }).safeParse(value);
  return { invalidId: claimed.success ? claimed.data.id : undefined };
}

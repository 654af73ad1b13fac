import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { applyDayOperations } from "@/lib/domain/distribution-day/apply-operations";
import type { DayOperation } from "@/lib/domain/distribution-day/day-operation";
import {
  createConfirmedOrderFor,
  createDistribution,
  createMarket,
  createMembership,
  createUser,
  unbalancedTransactions,
} from "../../support/factories";
import { onRealPostgres } from "../../support/on-real-postgres";

const available = onRealPostgres("cabas_offline_operations_race");
const during = new Date("2026-06-04T17:10:00Z");
const synced = new Date("2026-06-04T17:40:00Z");

async function basketsToHandOut(count: number) {
  const market = await createMarket();
  const distribution = await createDistribution(market, { now: new Date("2026-06-01T10:00:00Z"), inDays: 3 });
  const admin = await createUser();
  await createMembership(market.id, admin.id, { isAdmin: true });
  const baskets = [];
  for (let i = 0; i < count; i++) {
    const { order } = await createConfirmedOrderFor(distribution);
    baskets.push({ order, line: await db().orderLine.findFirstOrThrow({ where: { orderId: order.id } }) });
  }
  return { distribution, admin: await loadActor(admin.id), baskets };
}

const common = (orderId: string) => ({ id: randomUUID(), takenAt: during.toISOString(), orderId });

describe.skipIf(!available)("the day screen's queue replayed twice at once, on PostgreSQL", () => {
  it("applies every operation of the batch once", async () => {
    const { distribution, admin, baskets } = await basketsToHandOut(3);
    const batch: DayOperation[] = baskets.flatMap(({ order, line }) => [
      { ...common(order.id), type: "adjust", lineId: line.id, quantity: "2", version: 0 },
      { ...common(order.id), type: "payment", method: "CASH", amountCents: 600 },
      { ...common(order.id), type: "validate", onSiteMethod: "CASH" },
    ]);
    const answers = await Promise.all(
      [1, 2].map(() =>
        applyDayOperations({ actor: admin, distributionId: distribution.id, operations: batch, now: synced }),
      ),
    );
    for (const [index, operation] of batch.entries())
      expect(answers.map((a) => a.results[index]).sort((a, b) => a.status.localeCompare(b.status))).toEqual([
        { id: operation.id, status: "already_applied" },
        { id: operation.id, status: "applied" },
      ]);
    const orderIds = baskets.map((b) => b.order.id);
    expect(await db().payment.count({ where: { orderId: { in: orderIds } } })).toBe(3);
    const lines = await db().orderLine.findMany({ where: { orderId: { in: orderIds } } });
    expect(lines.map((l) => [l.deliveredQuantity?.toString(), l.deliveredVersion])).toEqual(Array(3).fill(["2", 1]));
    expect(await db().order.count({ where: { id: { in: orderIds }, validatedAt: during } })).toBe(3);
    expect(await db().appliedOperation.count({ where: { distributionId: distribution.id } })).toBe(batch.length);
    expect(await unbalancedTransactions()).toEqual([]);
  });

  it("two referents validating one basket at once: one validation, the other refused", async () => {
    const { distribution, admin, baskets } = await basketsToHandOut(1);
    const [{ order }] = baskets;
    const answers = await Promise.all(
      (["CASH", "CHEQUE"] as const).map((onSiteMethod) =>
        applyDayOperations({
          actor: admin,
          distributionId: distribution.id,
          operations: [{ ...common(order.id), type: "validate", onSiteMethod }],
          now: synced,
        }),
      ),
    );
    expect(answers.map((a) => a.results[0].status).sort()).toEqual(["applied", "refused"]);
    expect(answers.flatMap((a) => a.results).find((r) => r.status === "refused")).toMatchObject({
      code: "BASKET_ALREADY_VALIDATED",
    });
    expect(await db().payment.count({ where: { orderId: order.id } })).toBe(1);
    expect(await unbalancedTransactions()).toEqual([]);
  });
});

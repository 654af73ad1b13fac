import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { adjustBasket } from "@/lib/domain/distribution-day/adjust-basket";
import { applyDayOperations } from "@/lib/domain/distribution-day/apply-operations";
import type { DayOperation } from "@/lib/domain/distribution-day/day-operation";
import { nameReferent } from "@/lib/domain/referent/name-referent";
import {
  createConfirmedOrderFor,
  createDistribution,
  createMarket,
  createMembership,
  createUser,
  unbalancedTransactions,
} from "../../support/factories";

// Pick-up is 19:00–20:00 Paris time three days after `ordering`; the phone takes its operations during it and the
// queue reaches the server a little later.
const ordering = new Date("2026-06-01T10:00:00Z");
const during = new Date("2026-06-04T17:10:00Z");
const synced = new Date("2026-06-04T17:40:00Z");

async function dayWithTwoBaskets() {
  const market = await createMarket();
  const distribution = await createDistribution(market, { now: ordering, inDays: 3 });
  const admin = await createUser();
  await createMembership(market.id, admin.id, { isAdmin: true });
  const baskets = [];
  for (const lastName of ["Martin", "Benali"]) {
    const { order } = await createConfirmedOrderFor(distribution, { lastName });
    const line = await db().orderLine.findFirstOrThrow({ where: { orderId: order.id } });
    // Weighed: the referent types the real weight.
    await db().product.update({ where: { id: line.productId }, data: { variableWeight: true, unit: "KG" } });
    baskets.push({ order, line });
  }
  return { market, distribution, admin: await loadActor(admin.id), baskets };
}

const op = <T extends DayOperation["type"]>(
  type: T,
  fields: Omit<Extract<DayOperation, { type: T }>, "id" | "type" | "takenAt"> & { takenAt?: Date },
) =>
  ({ ...fields, type, id: randomUUID(), takenAt: (fields.takenAt ?? during).toISOString() }) as unknown as DayOperation;

const shopperBalance = async (userId: string) =>
  (await db().ledgerEntry.aggregate({ where: { userId, account: "SHOPPER" }, _sum: { amountCents: true } }))._sum
    .amountCents ?? 0;

describe("replaying the day screen's queue", () => {
  it("applies each kind of operation once, even when the same batch comes back", async () => {
    const { distribution, admin, baskets } = await dayWithTwoBaskets();
    const [martin, benali] = baskets;
    const batch = [
      op("adjust", { orderId: martin.order.id, lineId: martin.line.id, quantity: "1,25", version: 0 }),
      op("payment", { orderId: martin.order.id, method: "CASH", amountCents: 375 }),
      op("validate", { orderId: martin.order.id, onSiteMethod: "CASH" }),
      op("collect", { orderId: benali.order.id, collected: true, takenAt: new Date(during.getTime() - 60_000) }),
      op("validate", { orderId: benali.order.id, onSiteMethod: "CHEQUE" }),
    ];
    const send = () =>
      applyDayOperations({ actor: admin, distributionId: distribution.id, operations: batch, now: synced });

    const first = await send();
    expect(first.results).toEqual(batch.map((o) => ({ id: o.id, status: "applied" })));
    const second = await send();
    expect(second.results).toEqual(batch.map((o) => ({ id: o.id, status: "already_applied" })));

    const line = await db().orderLine.findUniqueOrThrow({ where: { id: martin.line.id } });
    expect(line.deliveredQuantity?.toString()).toBe("1.25");
    expect(line.deliveredVersion).toBe(1);
    expect(line.totalCents).toBe(375);
    const payments = await db().payment.findMany({ where: { orderId: { in: [martin.order.id, benali.order.id] } } });
    expect(payments.map((p) => [p.orderId, p.onSiteMethod, p.amountCents]).sort()).toEqual(
      [
        [martin.order.id, "CASH", 375],
        [benali.order.id, "CHEQUE", 300],
      ].sort(),
    );
    const orders = await db().order.findMany({ where: { distributionId: distribution.id } });
    expect(orders.every((o) => o.validatedAt?.getTime() === during.getTime())).toBe(true);
    // Handed out when the referent said so; validation marks the other one handed out then.
    const collectedAt = new Map(orders.map((o) => [o.id, o.collectedAt?.getTime()]));
    expect(collectedAt.get(benali.order.id)).toBe(during.getTime() - 60_000);
    expect(collectedAt.get(martin.order.id)).toBe(during.getTime());
    expect(await shopperBalance(martin.order.userId)).toBe(0);
    expect(await shopperBalance(benali.order.userId)).toBe(0);
    expect(await db().appliedOperation.count({ where: { distributionId: distribution.id } })).toBe(batch.length);
    expect(await unbalancedTransactions()).toEqual([]);
    // The phone's copy comes back as the server now has it.
    expect(second.day?.baskets.find((b) => b.id === martin.order.id)).toMatchObject({
      totalCents: 375,
      dueCents: 0,
      payments: [expect.objectContaining({ method: "CASH", amountCents: 375 })],
      lines: [expect.objectContaining({ delivered: "1.25", deliveredVersion: 1 })],
    });
  });

  it("answers a quantity edit made on an older version as a conflict, and writes nothing", async () => {
    const { market, distribution, admin, baskets } = await dayWithTwoBaskets();
    const [martin] = baskets;
    // Another referent, online, weighed it first.
    await adjustBasket({
      actor: admin,
      marketId: market.id,
      orderId: martin.order.id,
      delivered: { [martin.line.id]: "0,8" },
      now: during,
    });
    const stale = op("adjust", { orderId: martin.order.id, lineId: martin.line.id, quantity: "1,4", version: 0 });
    const { results } = await applyDayOperations({
      actor: admin,
      distributionId: distribution.id,
      operations: [stale],
      now: synced,
    });
    expect(results).toEqual([{ id: stale.id, status: "conflict", current: { quantity: "0.8", version: 1 } }]);
    const line = await db().orderLine.findUniqueOrThrow({ where: { id: martin.line.id } });
    expect([line.deliveredQuantity?.toString(), line.deliveredVersion]).toEqual(["0.8", 1]);
    expect(await db().appliedOperation.count({ where: { id: stale.id } })).toBe(0);

    // Redone on the version shown, it applies; saving the same weight again moves no version.
    const redone = op("adjust", { orderId: martin.order.id, lineId: martin.line.id, quantity: "1,4", version: 1 });
    const again = op("adjust", { orderId: martin.order.id, lineId: martin.line.id, quantity: "1.4", version: 2 });
    const next = await applyDayOperations({
      actor: admin,
      distributionId: distribution.id,
      operations: [redone, again],
      now: synced,
    });
    expect(next.results.map((r) => r.status)).toEqual(["applied", "applied"]);
    expect((await db().orderLine.findUniqueOrThrow({ where: { id: martin.line.id } })).deliveredVersion).toBe(2);
  });

  it("keeps both referents' payments for one basket, each at the time it was taken", async () => {
    const { distribution, admin, baskets } = await dayWithTwoBaskets();
    const [martin] = baskets;
    const takenAt = new Date("2026-06-04T17:05:00Z");
    const mine = op("payment", { orderId: martin.order.id, method: "CASH", amountCents: 300, takenAt });
    const theirs = op("payment", { orderId: martin.order.id, method: "CARD_TERMINAL", amountCents: 300 });
    // A phone whose clock runs ahead is dated when the server got it.
    const ahead = op("payment", {
      orderId: martin.order.id,
      method: "CASH",
      amountCents: 100,
      takenAt: new Date("2026-06-05T09:00:00Z"),
    });
    const { results } = await applyDayOperations({
      actor: admin,
      distributionId: distribution.id,
      operations: [mine, theirs, ahead],
      now: synced,
    });
    expect(results.map((r) => r.status)).toEqual(["applied", "applied", "applied"]);
    const payments = await db().payment.findMany({
      where: { orderId: martin.order.id },
      orderBy: { amountCents: "asc" },
      include: { ledgerTransactions: { select: { occurredAt: true, kind: true } } },
    });
    expect(payments.map((p) => [p.amountCents, p.settledAt?.toISOString(), p.ledgerTransactions])).toEqual([
      [100, synced.toISOString(), [{ occurredAt: synced, kind: "PAYMENT" }]],
      [300, expect.any(String), [{ occurredAt: expect.any(Date), kind: "PAYMENT" }]],
      [300, expect.any(String), [{ occurredAt: expect.any(Date), kind: "PAYMENT" }]],
    ]);
    const cash = payments.find((p) => p.onSiteMethod === "CASH" && p.amountCents === 300)!;
    expect(cash.settledAt).toEqual(takenAt);
    expect(cash.ledgerTransactions[0].occurredAt).toEqual(takenAt);
    // 700 paid for a 300 basket: the shopper is 400 in credit until validation gives the excess back.
    expect(await shopperBalance(martin.order.userId)).toBe(400);
  });

  it("refuses everything to someone who may not run the distribution, and what does not belong to it", async () => {
    const { market, distribution, admin, baskets } = await dayWithTwoBaskets();
    const [martin] = baskets;
    const member = await createUser();
    await createMembership(market.id, member.id);
    const batch = [
      op("payment", { orderId: martin.order.id, method: "CASH", amountCents: 300 }),
      op("validate", { orderId: martin.order.id, onSiteMethod: "CASH" }),
    ];
    for (const [actor, distributionId] of [
      [await loadActor(member.id), distribution.id],
      [admin, "no-such-distribution"],
    ] as const) {
      const answer = await applyDayOperations({ actor, distributionId, operations: batch, now: synced });
      expect(answer).toEqual({
        results: batch.map((o) => ({ id: o.id, status: "refused", code: "FORBIDDEN" })),
        day: null,
      });
    }
    expect(await db().payment.count({ where: { orderId: martin.order.id } })).toBe(0);

    // A basket of another distribution, a validation the basket's payment method does not allow, and an id
    // already used elsewhere are refused one by one; the rest of the batch goes through.
    const other = await createDistribution(market, { now: ordering, inDays: 5 });
    const { order: elsewhere } = await createConfirmedOrderFor(other);
    const usedElsewhere = op("payment", { orderId: elsewhere.id, method: "CASH", amountCents: 300 });
    await applyDayOperations({ actor: admin, distributionId: other.id, operations: [usedElsewhere], now: synced });
    const mixed = [
      op("payment", { orderId: elsewhere.id, method: "CASH", amountCents: 300 }),
      op("validate", { orderId: martin.order.id, onSiteMethod: null }),
      { ...usedElsewhere, orderId: martin.order.id },
      op("payment", { orderId: martin.order.id, method: "CHEQUE", amountCents: 300 }),
    ];
    const { results } = await applyDayOperations({
      actor: admin,
      distributionId: distribution.id,
      operations: mixed,
      now: synced,
    });
    expect(results).toEqual([
      { id: mixed[0].id, status: "refused", code: "NOT_FOUND" },
      { id: mixed[1].id, status: "refused", code: "ON_SITE_METHOD_REQUIRED" },
      { id: mixed[2].id, status: "refused", code: "OPERATION_ID_TAKEN" },
      { id: mixed[3].id, status: "applied" },
    ]);
    // A refused operation is not recorded as applied: nothing of it was written.
    expect(await db().appliedOperation.count({ where: { id: { in: [mixed[0].id, mixed[1].id] } } })).toBe(0);
    expect(await db().payment.count({ where: { orderId: martin.order.id } })).toBe(1);
  });

  it("takes a referent's queue for their distribution only, and the day they get back is the day screen's", async () => {
    const { market, distribution, admin, baskets } = await dayWithTwoBaskets();
    const [martin] = baskets;
    const other = await createDistribution(market, { now: ordering, inDays: 5 });
    const { order: elsewhere } = await createConfirmedOrderFor(other);
    const volunteer = await createUser();
    await createMembership(market.id, volunteer.id);
    await nameReferent({ actor: admin, marketId: market.id, distributionId: distribution.id, userId: volunteer.id });
    const referent = await loadActor(volunteer.id);

    const collect = op("collect", { orderId: martin.order.id, collected: true });
    const mine = await applyDayOperations({
      actor: referent,
      distributionId: distribution.id,
      operations: [collect],
      now: synced,
    });
    expect(mine.results).toEqual([{ id: collect.id, status: "applied" }]);
    expect(mine.day?.baskets.find((b) => b.id === martin.order.id)?.collectedAt).toBe(during.toISOString());
    expect(mine.day?.baskets[0].lines[0]).toHaveProperty("deliveredVersion", 0);

    // Another distribution of the same market is not theirs: refused whole, nothing written.
    const notMine = op("collect", { orderId: elsewhere.id, collected: true });
    const refused = await applyDayOperations({
      actor: referent,
      distributionId: other.id,
      operations: [notMine],
      now: synced,
    });
    expect(refused).toEqual({ results: [{ id: notMine.id, status: "refused", code: "FORBIDDEN" }], day: null });
    // Nor is a basket of it slipped into their own distribution's queue.
    const slipped = await applyDayOperations({
      actor: referent,
      distributionId: distribution.id,
      operations: [notMine],
      now: synced,
    });
    expect(slipped.results).toEqual([{ id: notMine.id, status: "refused", code: "NOT_FOUND" }]);
    expect((await db().order.findUniqueOrThrow({ where: { id: elsewhere.id } })).collectedAt).toBeNull();
  });
});

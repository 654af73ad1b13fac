import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import type { DayOperation } from "@/lib/domain/distribution-day/day-operation";
import {
  COPY_LIFETIME_MS,
  dismissProblem,
  eraseAtSignOut,
  eraseExpired,
  hasOfflineData,
  type Problem,
  problemsOf,
  queuedOperations,
  queueOperation,
  readDay,
  saveDay,
  settleOperations,
} from "@/lib/offline/local-store";
import type { OfflineDay } from "@/lib/offline/offline-day";

// One in-memory IndexedDB for the file: each test works on distributions and people of its own.
const fresh = () => crypto.randomUUID();
const now = Date.parse("2026-06-04T19:00:00Z");

const day = (distributionId: string) =>
  ({ distribution: { id: distributionId, validatedAt: null }, baskets: [] }) as unknown as OfflineDay;

function copy(distributionId: string, userId: string, savedAt = now) {
  return saveDay({
    distributionId,
    userId,
    day: day(distributionId),
    serverTime: new Date(savedAt).toISOString(),
    savedAt,
  });
}

function queue(distributionId: string, userId: string) {
  const operation: DayOperation = {
    id: fresh(),
    takenAt: new Date(now).toISOString(),
    type: "payment",
    orderId: "o1",
    method: "CASH",
    amountCents: 420,
  };
  return queueOperation({ distributionId, userId, operation }).then(() => operation);
}

const refusal = (id: string, distributionId: string, userId: string): Problem => ({
  id,
  distributionId,
  userId,
  type: "payment",
  basketNumber: 3,
  productName: null,
  kind: "refused",
  reason: "Ce panier est déjà validé.",
});

describe("the phone's offline store", () => {
  it("keeps operations in the order they were made, and settles the answered ones, refusals becoming problems", async () => {
    const [distributionId, userId] = [fresh(), fresh()];
    const first = await queue(distributionId, userId);
    const second = await queue(distributionId, userId);
    const third = await queue(distributionId, userId);
    await queue(distributionId, fresh());
    await queue(fresh(), userId);
    const ids = async () => (await queuedOperations({ distributionId, userId })).map((q) => q.operation.id);
    expect(await ids()).toEqual([first.id, second.id, third.id]);

    await settleOperations([first.id, second.id], [refusal(second.id, distributionId, userId)]);
    expect(await ids()).toEqual([third.id]);
    expect((await problemsOf(distributionId, userId)).map((p) => p.id)).toEqual([second.id]);
    await dismissProblem(second.id);
    expect(await problemsOf(distributionId, userId)).toEqual([]);
  });

  it("erases a copy 48 hours after it came from the server, and keeps the operations waiting for it", async () => {
    const [old, recent, userId] = [fresh(), fresh(), fresh()];
    await copy(old, userId, now - COPY_LIFETIME_MS - 60_000);
    await copy(recent, userId, now - COPY_LIFETIME_MS + 60_000);
    const waiting = await queue(old, userId);
    await eraseExpired(now);
    expect(await readDay(old)).toBeUndefined();
    expect((await readDay(recent))?.day.distribution.id).toBe(recent);
    expect((await queuedOperations({ distributionId: old, userId })).map((q) => q.operation.id)).toEqual([waiting.id]);
  });

  it("at sign-out erases every copy and problem, and the queue of whoever signs out only", async () => {
    const [mine, theirs, me, them] = [fresh(), fresh(), fresh(), fresh()];
    await copy(mine, me);
    await copy(theirs, them);
    await queue(mine, me);
    const left = await queue(theirs, them);
    await settleOperations([], [refusal(fresh(), mine, me)]);
    expect(await hasOfflineData()).toBe(true);

    await eraseAtSignOut(me);
    expect([await readDay(mine), await readDay(theirs)]).toEqual([undefined, undefined]);
    expect(await problemsOf(mine, me)).toEqual([]);
    expect(await queuedOperations({ userId: me })).toEqual([]);
    // Another account's operations hold no names: they wait for its next sign-in.
    expect((await queuedOperations({ userId: them })).map((q) => q.operation.id)).toEqual([left.id]);
  });
});

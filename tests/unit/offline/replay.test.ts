import "fake-indexeddb/auto";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { DayOperation } from "@/lib/domain/distribution-day/day-operation";
import { problemsOf, queuedOperations, queueOperation, readDay, saveDay } from "@/lib/offline/local-store";
import type { NewOperation, OfflineDay, SyncAnswer } from "@/lib/offline/offline-day";
import { replayQueue } from "@/lib/offline/replay";

const fresh = () => crypto.randomUUID();
const at = "2026-06-04T17:40:00.000Z";

function dayOf(distributionId: string, validatedAt: string | null = null) {
  return {
    distribution: { id: distributionId, validatedAt },
    baskets: [
      {
        id: "o1",
        number: 7,
        paymentMethod: "ON_SITE",
        payments: [],
        collectedAt: null,
        validatedAt: null,
        totalCents: 840,
        dueCents: 840,
        refundDueCents: 0,
        lines: [
          {
            id: "l1",
            productName: "Pain de campagne",
            quantity: "2",
            delivered: null,
            deliveredVersion: 0,
            unitPriceCents: 420,
            totalCents: 840,
          },
        ],
      },
    ],
    till: { byMethod: [{ method: "CASH", cents: 0 }], tillCents: 0 },
  } as unknown as OfflineDay;
}

async function phoneWithQueue(operations: NewOperation[]) {
  const [distributionId, userId] = [fresh(), fresh()];
  await saveDay({ distributionId, userId, day: dayOf(distributionId), serverTime: at, savedAt: Date.now() });
  const queued: DayOperation[] = [];
  for (const fields of operations) {
    const operation = { ...fields, id: fresh(), takenAt: at } as DayOperation;
    await queueOperation({ distributionId, userId, operation });
    queued.push(operation);
  }
  return { distributionId, userId, queued };
}

function serverAnswers(answer: (operations: DayOperation[]) => SyncAnswer) {
  const fetch = vi.fn(async (_url: string, init: RequestInit) => {
    const { operations } = JSON.parse(String(init.body)) as { operations: DayOperation[] };
    return Response.json(answer(operations));
  });
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("replaying the phone's queue", () => {
  it("empties the queue as the server answers, lists what it did not apply, and keeps its copy", async () => {
    const { distributionId, userId, queued } = await phoneWithQueue([
      { type: "adjust", orderId: "o1", lineId: "l1", quantity: "1,5", version: 0 },
      { type: "payment", orderId: "o1", method: "CASH", amountCents: 630 },
    ]);
    const fresher = dayOf(distributionId);
    const fetch = serverAnswers(([adjust, payment]) => ({
      results: [
        { id: adjust.id, status: "conflict", current: { quantity: "0", version: 1 } },
        { id: payment.id, status: "refused", code: "BASKET_ALREADY_VALIDATED", message: "Ce panier est déjà validé." },
      ],
      day: fresher,
      at,
    }));
    expect(await replayQueue({ distributionId, userId })).toBe("synced");
    expect(fetch).toHaveBeenCalledOnce();
    expect(fetch.mock.calls[0][0]).toBe(`/api/distributions/${distributionId}/operations`);
    expect(await queuedOperations({ distributionId, userId })).toEqual([]);
    expect(await problemsOf(distributionId, userId)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: queued[0].id,
          kind: "conflict",
          basketNumber: 7,
          productName: "Pain de campagne",
          mine: "1,5",
          current: "0",
        }),
        expect.objectContaining({ id: queued[1].id, kind: "refused", reason: "Ce panier est déjà validé." }),
      ]),
    );
    expect((await readDay(distributionId))?.serverTime).toBe(at);
  });

  it("keeps everything when the network fails or the session is gone", async () => {
    const { distributionId, userId, queued } = await phoneWithQueue([
      { type: "validate", orderId: "o1", onSiteMethod: "CASH" },
    ]);
    vi.stubGlobal("fetch", vi.fn().mockRejectedValue(new TypeError("Failed to fetch")));
    expect(await replayQueue({ distributionId, userId })).toBe("offline");
    vi.stubGlobal("fetch", vi.fn().mockResolvedValue(new Response("Unauthorized", { status: 401 })));
    expect(await replayQueue({ distributionId, userId })).toBe("signed-out");
    expect((await queuedOperations({ distributionId, userId })).map((q) => q.operation.id)).toEqual([queued[0].id]);
    expect(await readDay(distributionId)).toBeDefined();
  });

  it("lists everything as refused, and forgets the day, when the distribution is no longer the sender's", async () => {
    const { distributionId, userId, queued } = await phoneWithQueue([
      { type: "payment", orderId: "o1", method: "CASH", amountCents: 840 },
    ]);
    const reason = "Vous n’avez pas le droit de faire cela.";
    vi.stubGlobal("fetch", vi.fn().mockResolvedValue(Response.json({ message: reason }, { status: 404 })));
    expect(await replayQueue({ distributionId, userId })).toBe("synced");
    expect(await queuedOperations({ distributionId, userId })).toEqual([]);
    expect(await problemsOf(distributionId, userId)).toEqual([
      expect.objectContaining({ id: queued[0].id, kind: "refused", basketNumber: 7, reason }),
    ]);
    expect(await readDay(distributionId)).toBeUndefined();
  });

  it("erases the copy once the server says the distribution is validated", async () => {
    const { distributionId, userId } = await phoneWithQueue([
      { type: "validate", orderId: "o1", onSiteMethod: "CASH" },
    ]);
    serverAnswers((operations) => ({
      results: operations.map((op) => ({ id: op.id, status: "applied" })),
      day: dayOf(distributionId, at),
      at,
    }));
    expect(await replayQueue({ distributionId, userId })).toBe("synced");
    expect(await readDay(distributionId)).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { DomainError } from "@/lib/domain/errors";
import { listMarketStatements } from "@/lib/domain/payout/list-payout-statements";
import { recordProducerSettlement } from "@/lib/domain/payout/record-producer-settlement";
import { reverseProducerSettlement } from "@/lib/domain/payout/reverse-producer-settlement";
import { createMembership, createUser, unbalancedTransactions } from "../../support/factories";
import { distributionPaidEveryWay, paris } from "../../support/money-scenario";
import { onRealPostgres } from "../../support/on-real-postgres";

const available = onRealPostgres("cabas_settlement_race");
const now = paris("2026-03-20", 10 * 60);

describe.skipIf(!available)("« payé au producteur » on PostgreSQL", () => {
  it("five admins recording the whole debt at the same instant: one is recorded, the others are told it is more than owed", async () => {
    const s = await distributionPaidEveryWay();
    const admins = [s.admin.id];
    for (let i = 0; i < 4; i++) {
      const admin = await createUser();
      await createMembership(s.market.id, admin.id, { isAdmin: true });
      admins.push(admin.id);
    }
    const results = await Promise.allSettled(
      admins.map(async (userId) =>
        recordProducerSettlement({
          actor: await loadActor(userId),
          marketId: s.market.id,
          producerId: s.farm.producer.id,
          distributionId: s.distribution.id,
          amountCents: 1299, // all the market owes the farm
          method: "TRANSFER",
          paidOn: "2026-03-19",
          reference: null,
          now,
        }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected"))
      expect(r.reason).toEqual(new DomainError("SETTLEMENT_MORE_THAN_OWED", "amount"));
    expect(await db().ledgerTransaction.count({ where: { kind: "PRODUCER_SETTLEMENT" } })).toBe(1);
    const [farm] = await listMarketStatements({ actor: await loadActor(s.admin.id), marketId: s.market.id });
    expect(farm.shares!.market).toEqual({ shareCents: 1299, settledCents: 1299, dueCents: 0 });
    expect(await unbalancedTransactions()).toEqual([]);
  });

  it("two admins reversing the same settlement at once: it is reversed once", async () => {
    const s = await distributionPaidEveryWay();
    const other = await createUser();
    await createMembership(s.market.id, other.id, { isAdmin: true });
    const actor = await loadActor(s.admin.id);
    const { transactionId } = await recordProducerSettlement({
      actor,
      marketId: s.market.id,
      producerId: s.bakery.producer.id,
      distributionId: s.distribution.id,
      amountCents: 1218,
      method: "CASH",
      paidOn: "2026-03-19",
      reference: null,
      now,
    });
    const results = await Promise.allSettled(
      [actor, await loadActor(other.id)].map((a) =>
        reverseProducerSettlement({ actor: a, marketId: s.market.id, transactionId, now }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")!.reason).toEqual(new DomainError("ALREADY_REVERSED"));
    expect(await db().ledgerTransaction.count({ where: { reversesId: transactionId } })).toBe(1);
    expect(await unbalancedTransactions()).toEqual([]);
  });
});

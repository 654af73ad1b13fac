import { expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { getDayScreen } from "@/lib/domain/distribution-day/get-day-screen";
import { validateDistribution } from "@/lib/domain/distribution-day/validate-distribution";
import { bigDistribution } from "../../support/big-distribution";
import { countQueries } from "../../support/count-queries";
import { createMembership, createUser, unbalancedTransactions } from "../../support/factories";

const now = new Date();
// Three producers' bread at 4,20 € and 1,5 kg of squash at 2,90 €/kg (4,35 €).
const BASKET_CENTS = 3 * 420 + 435;

// Issue #16, item 5: a 500-basket distribution loads its day screen and validates as fast as a small one. Counted
// in statements, not milliseconds (the machine's speed varies): the same number for 500 baskets as for one.
it("reads and validates a 500-basket day in as many statements as a one-basket day", async () => {
  const small = await bigDistribution(1, now);
  const big = await bigDistribution(500, now);
  const run = async (d: typeof big) => {
    const admin = await createUser();
    await createMembership(d.market.id, admin.id, { isAdmin: true });
    const actor = await loadActor(admin.id);
    const read = await countQueries(() => getDayScreen({ actor, distributionId: d.distribution.id }));
    const validated = await countQueries(() =>
      validateDistribution({
        actor,
        marketId: d.market.id,
        distributionId: d.distribution.id,
        unpaid: Object.fromEntries(d.orderIds.map((id) => [id, "CASH" as const])),
        now,
      }),
    );
    return { read, validated };
  };
  const one = await run(small);
  const many = await run(big);

  expect(many.read.result.baskets).toHaveLength(500);
  expect(many.read.result.baskets.every((b) => b.lines.length === 4 && b.totalCents === BASKET_CENTS)).toBe(true);
  expect(many.read.result.baskets.filter((b) => b.slotStartsAt)).toHaveLength(50);
  // The phone keeps this very object (lib/offline/offline-day.ts): under 1 MB for 500 baskets of four lines.
  expect(Buffer.byteLength(JSON.stringify(many.read.result))).toBeLessThan(1_000_000);
  // The distribution (and who may see it), then its baskets beside the till's totals.
  expect(many.read.queries.length).toBeLessThanOrEqual(3);
  expect(many.read.queries.length).toBe(one.read.queries.length);

  expect(many.validated.result).toEqual({ validatedBaskets: 500, paidNow: 500, leftAsDebts: 0 });
  expect(many.validated.queries.length).toBe(one.validated.queries.length);
  const { distribution } = big;
  expect(await db().order.count({ where: { distributionId: distribution.id, validatedAt: null } })).toBe(0);
  const cash = await db().payment.aggregate({
    where: { order: { distributionId: distribution.id }, onSiteMethod: "CASH", status: "SUCCEEDED" },
    _sum: { amountCents: true },
    _count: true,
  });
  expect(cash).toMatchObject({ _count: 500, _sum: { amountCents: 500 * BASKET_CENTS } });
  const mails = await db().emailOutbox.findMany({
    where: { dedupeKey: { in: big.orderIds.map((id) => `basket-validated:${id}`) } },
    select: { text: true },
  });
  expect(mails).toHaveLength(500);
  expect(mails.every((m) => /Montant final : 16,95\s€/.test(m.text ?? ""))).toBe(true);
  expect(await unbalancedTransactions()).toEqual([]);
}, 300_000);

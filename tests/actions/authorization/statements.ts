import { expect } from "vitest";
import { db } from "@/lib/db/client";
import { formatMoney } from "@/lib/money";
import { unbalancedTransactions } from "../../support/factories";
import { entry, type Entry } from "./matrix";
import { dayIn, manualPayoutOf, scheduledDistribution, SETTLEMENT_REFERENCE, settlementOf } from "./rows";
import type { World } from "./world";

const STATEMENTS = "lib/actions/statements.ts";

// What producer P's account says it is still owed for `distribution`: with no payout (nothing was paid online),
// all of it by the market.
async function owedToP(world: World, distribution: { id: string }) {
  const { _sum } = await db().ledgerEntry.aggregate({
    where: { account: "PRODUCER", producerId: world.producer.id, distributionId: distribution.id },
    _sum: { amountCents: true },
  });
  return _sum.amountCents ?? 0;
}

// « Versements »: what the market owes its producers, which only its admins settle.
export const statementRows: Entry<unknown>[] = [
  entry({
    target: `${STATEMENTS}#recordProducerSettlementAction`,
    allowed: ["admin"],
    crossTenant: "market",
    setup: scheduledDistribution,
    input: {
      form: ({ world, fixture: d }) => ({
        marketId: world.market.id,
        producerId: world.producer.id,
        distributionId: d.id,
        amount: formatMoney(world.product.priceCents, "fr"),
        method: "TRANSFER",
        paidOn: dayIn(world, 0),
        reference: SETTLEMENT_REFERENCE,
      }),
    },
    effect: async ({ world, fixture: d }) => {
      const paid = world.product.priceCents;
      const settlement = await db().ledgerTransaction.findFirstOrThrow({
        where: { kind: "PRODUCER_SETTLEMENT", distributionId: d.id },
        include: { entries: { select: { account: true, producerId: true, amountCents: true } } },
      });
      expect(settlement).toMatchObject({ method: "TRANSFER", reference: SETTLEMENT_REFERENCE });
      expect(settlement.entries).toEqual(
        expect.arrayContaining([
          { account: "PRODUCER", producerId: world.producer.id, amountCents: -paid },
          { account: "MARKET_BANK", producerId: null, amountCents: paid },
        ]),
      );
      expect(await owedToP(world, d)).toBe(0);
      expect(await unbalancedTransactions()).toEqual([]);
    },
  }),
  entry({
    target: `${STATEMENTS}#reverseProducerSettlementAction`,
    allowed: ["admin"],
    crossTenant: "market",
    setup: async (world) => {
      const distribution = await scheduledDistribution(world);
      return { distribution, settlementId: await settlementOf(world, distribution) };
    },
    input: { form: ({ world, fixture }) => ({ marketId: world.market.id, transactionId: fixture.settlementId }) },
    effect: async ({ world, fixture }) => {
      const reversal = await db().ledgerTransaction.findUniqueOrThrow({ where: { reversesId: fixture.settlementId } });
      expect(reversal.kind).toBe("REVERSAL");
      expect(await owedToP(world, fixture.distribution)).toBe(world.product.priceCents);
      expect(await unbalancedTransactions()).toEqual([]);
    },
  }),
  // « Annuler par un avoir »: P's fee invoice (a 5 % fee) is cancelled by a credit note, by the market's admins only.
  entry({
    target: "lib/actions/invoices.ts#cancelFeeInvoiceAction",
    allowed: ["admin"],
    crossTenant: "market",
    setup: async (world) => {
      await db().market.update({ where: { id: world.market.id }, data: { feeBp: 500 } });
      const distribution = await scheduledDistribution(world);
      return db().invoice.findFirstOrThrow({
        where: { distributionId: distribution.id, producerId: world.producer.id },
      });
    },
    input: { form: ({ world, fixture }) => ({ marketId: world.market.id, invoiceId: fixture.id }) },
    effect: async ({ fixture }) => {
      const note = await db().invoice.findUniqueOrThrow({ where: { creditedInvoiceId: fixture.id } });
      expect(note).toMatchObject({ kind: "CREDIT_NOTE", includingVatCents: -fixture.includingVatCents });
    },
  }),
  // Only the platform's operator records the bank transfers Cabas makes: none of the market's roles may.
  entry({
    target: `${STATEMENTS}#recordManualPayoutAction`,
    allowed: [],
    setup: manualPayoutOf,
    input: {
      form: ({ world, fixture }) => ({ payoutId: fixture.id, paidOn: dayIn(world, 0), reference: "VIR-CABAS" }),
    },
  }),
];

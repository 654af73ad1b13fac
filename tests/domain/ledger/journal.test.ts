import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { DomainError } from "@/lib/domain/errors";
import { ACCOUNTS } from "@/lib/domain/ledger/accounts";
import { listMarketJournal, listProducerJournal, type JournalLine } from "@/lib/domain/ledger/list-journal";
import { payDuePayouts } from "@/lib/domain/payout/pay-due-payouts";
import { recordProducerSettlement } from "@/lib/domain/payout/record-producer-settlement";
import { stripeTransfer } from "@/lib/payments/stripe-transfer";
import { withFakeStripe } from "../../support/fake-stripe";
import { createUser } from "../../support/factories";
import { distributionPaidEveryWay, paris } from "../../support/money-scenario";

withFakeStripe();

// The net of a set of journal lines, credit-positive as the ledger is.
const net = (lines: JournalLine[]) => lines.reduce((sum, l) => sum + l.creditCents - l.debitCents, 0);

describe("an entity's journal", () => {
  it("lists a market's ledger, transaction by transaction, with each account's number, as debits equal to credits", async () => {
    const s = await distributionPaidEveryWay();
    await distributionPaidEveryWay(); // another market, whose entries stay out
    await payDuePayouts({ now: paris("2026-03-16", 9 * 60), transfer: stripeTransfer() });
    await recordProducerSettlement({
      actor: await loadActor(s.admin.id),
      marketId: s.market.id,
      producerId: s.farm.producer.id,
      distributionId: s.distribution.id,
      amountCents: 1299,
      method: "CHEQUE",
      paidOn: "2026-03-18",
      reference: "n° 7",
      now: paris("2026-03-20", 10 * 60),
    });
    const lines = await listMarketJournal({ actor: await loadActor(s.admin.id), marketId: s.market.id });

    expect(lines).toHaveLength(await db().ledgerEntry.count({ where: { marketId: s.market.id } }));
    expect(new Set(lines.map((l) => l.marketName))).toEqual(new Set([s.market.name]));
    for (const l of lines) {
      expect(l.accountNumber).toBe(ACCOUNTS[l.account].number);
      expect(l.debitCents === 0 || l.creditCents === 0).toBe(true);
    }
    // Each transaction's lines are next to each other and balance; days never go back.
    const transactions = [...new Set(lines.map((l) => l.transactionId))];
    for (const id of transactions) {
      const own = lines.filter((l) => l.transactionId === id);
      expect(net(own)).toBe(0);
      expect(lines.indexOf(own.at(-1)!) - lines.indexOf(own[0])).toBe(own.length - 1);
    }
    expect(lines.map((l) => l.day)).toEqual(lines.map((l) => l.day).sort());
    // Per account, the journal says what the ledger holds.
    const held = await db().ledgerEntry.groupBy({
      by: ["account"],
      where: { marketId: s.market.id },
      _sum: { amountCents: true },
    });
    for (const h of held) expect(net(lines.filter((l) => l.account === h.account))).toBe(h._sum.amountCents);

    expect(lines.filter((l) => l.kind === "PRODUCER_SETTLEMENT")).toEqual([
      expect.objectContaining({
        account: "PRODUCER",
        accountNumber: "4670",
        party: "Ferme des Trois Cocus",
        distributionDay: "2026-03-07",
        debitCents: 1299,
        creditCents: 0,
      }),
      expect.objectContaining({
        day: "2026-03-18",
        account: "MARKET_BANK",
        accountNumber: "5120",
        method: "CHEQUE",
        reference: "n° 7",
        debitCents: 0,
        creditCents: 1299,
      }),
    ]);
    const transfer = lines.find((l) => l.kind === "PAYMENT" && l.method === "TRANSFER" && l.account === "SHOPPER");
    expect(transfer).toMatchObject({ party: "DURAND Camille", reference: "CABAS-3", creditCents: 840 });
    expect(transfer!.basketNumber).toBe(s.baskets.transfer.basketNumber);
  });

  it("lists a producer's accounts in every market, to its users only", async () => {
    const s = await distributionPaidEveryWay();
    await distributionPaidEveryWay({ farm: s.farm });
    const farmer = await createUser();
    await db().producerUser.create({ data: { producerId: s.farm.producer.id, userId: farmer.id } });
    const lines = await listProducerJournal({ actor: await loadActor(farmer.id), producerId: s.farm.producer.id });
    expect(new Set(lines.map((l) => [l.account, l.party].join()))).toEqual(new Set(["PRODUCER,Ferme des Trois Cocus"]));
    expect(new Set(lines.map((l) => l.marketName)).size).toBe(2);
    const balance = await db().ledgerEntry.aggregate({
      where: { account: "PRODUCER", producerId: s.farm.producer.id },
      _sum: { amountCents: true },
    });
    // 2 × (20,50 € of sales − 0,51 € of fee): nothing paid yet.
    expect(net(lines)).toBe(balance._sum.amountCents);
    expect(net(lines)).toBe(2 * (2050 - 51));

    await expect(
      listProducerJournal({ actor: await loadActor(farmer.id), producerId: s.bakery.producer.id }),
    ).rejects.toEqual(new DomainError("FORBIDDEN"));
    await expect(listMarketJournal({ actor: await loadActor(farmer.id), marketId: s.market.id })).rejects.toEqual(
      new DomainError("FORBIDDEN"),
    );
  });
});

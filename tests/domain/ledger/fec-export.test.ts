import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { DomainError } from "@/lib/domain/errors";
import { marketFec, producerFec } from "@/lib/domain/ledger/fec-export";
import { listMarketJournal, listProducerJournal } from "@/lib/domain/ledger/list-journal";
import { payDuePayouts } from "@/lib/domain/payout/pay-due-payouts";
import { recordProducerSettlement } from "@/lib/domain/payout/record-producer-settlement";
import { statements as fr } from "@/lib/i18n/messages/fr/statements";
import { stripeTransfer } from "@/lib/payments/stripe-transfer";
import { withFakeStripe } from "../../support/fake-stripe";
import { createUser } from "../../support/factories";
import { distributionPaidEveryWay, paris } from "../../support/money-scenario";

withFakeStripe();

const now = paris("2026-04-01", 9 * 60);

// The FEC's lines as cells, the header left out; amounts back in cents.
function read(fec: string) {
  const [header, ...rows] = fec.trimEnd().split("\r\n");
  expect(header.split("\t")).toHaveLength(18);
  return rows.map((r) => {
    const c = r.split("\t");
    const cents = (a: string) => Number(a.replace(",", ""));
    return {
      journal: c[0],
      number: c[2],
      date: c[3],
      account: c[4],
      aux: c[6],
      piece: c[8],
      debit: cents(c[11]),
      credit: cents(c[12]),
    };
  });
}

// Each entry (journal and number) balances, and so does the whole file.
function expectBalanced(rows: ReturnType<typeof read>) {
  for (const entry of new Set(rows.map((r) => `${r.journal}${r.number}`))) {
    const lines = rows.filter((r) => `${r.journal}${r.number}` === entry);
    expect(lines.reduce((s, l) => s + l.debit, 0)).toBe(lines.reduce((s, l) => s + l.credit, 0));
  }
  expect(rows.reduce((s, l) => s + l.debit, 0)).toBe(rows.reduce((s, l) => s + l.credit, 0));
}

describe("an entity's FEC over a period", () => {
  it("holds a market's own entries of the period only, each entry balanced", async () => {
    const s = await distributionPaidEveryWay();
    await distributionPaidEveryWay(); // another market, whose entries stay out
    await payDuePayouts({ now: paris("2026-03-16", 9 * 60), transfer: stripeTransfer() });
    const admin = await loadActor(s.admin.id);
    await recordProducerSettlement({
      actor: admin,
      marketId: s.market.id,
      producerId: s.farm.producer.id,
      distributionId: s.distribution.id,
      amountCents: 1299,
      method: "CHEQUE",
      paidOn: "2026-03-18",
      reference: "n° 7",
      now: paris("2026-03-20", 10 * 60),
    });
    const period = { from: "2026-03-17", to: "2026-03-31" };

    const { filename, text } = await marketFec({
      actor: admin,
      marketId: s.market.id,
      period,
      labels: fr,
      locale: "fr",
      now,
    });
    expect(filename).toBe(`${s.market.slug}FEC20260331.txt`);
    const rows = read(text);
    const journal = await listMarketJournal({ actor: admin, marketId: s.market.id });
    const inPeriod = journal.filter((l) => l.day >= period.from && l.day <= period.to);
    expect(inPeriod.length).toBeLessThan(journal.length);
    expect(rows).toHaveLength(inPeriod.length);
    expect(new Set(rows.map((r) => r.piece))).toEqual(new Set(inPeriod.map((l) => l.transactionId)));
    for (const r of rows) expect(r.date >= "20260317" && r.date <= "20260331").toBe(true);
    expect(rows.filter((r) => r.journal === "BQ" && r.account === "5120")).toContainEqual(
      expect.objectContaining({ date: "20260318", credit: 1299 }),
    );
    expectBalanced(rows);

    // The period is read in the market's calendar: one day holds the settlement alone.
    const oneDay = await listMarketJournal({
      actor: admin,
      marketId: s.market.id,
      period: { from: "2026-03-18", to: "2026-03-18" },
    });
    expect(new Set(oneDay.map((l) => l.kind))).toEqual(new Set(["PRODUCER_SETTLEMENT"]));
  });

  it("holds a producer's accounts at its markets in the period, from its side, to its users only", async () => {
    const s = await distributionPaidEveryWay();
    await distributionPaidEveryWay({ farm: s.farm });
    const farmer = await createUser();
    await db().producerUser.create({ data: { producerId: s.farm.producer.id, userId: farmer.id } });
    const actor = await loadActor(farmer.id);
    const journal = await listProducerJournal({ actor, producerId: s.farm.producer.id });
    const sold = journal.find((l) => l.kind === "ORDER")!.day;
    const period = { from: sold, to: sold };

    const { filename, text } = await producerFec({
      actor,
      producerId: s.farm.producer.id,
      period,
      labels: fr,
      locale: "fr",
      now,
    });
    expect(filename).toBe(`${s.farm.producer.slug}FEC${period.to.replaceAll("-", "")}.txt`);
    const rows = read(text);
    const inPeriod = journal.filter((l) => l.day === period.from);
    // Each line of its account at a market, against its sales or the market's commission.
    expect(rows).toHaveLength(2 * inPeriod.length);
    expect(new Set(rows.map((r) => r.account))).toContain("7070");
    for (const r of rows) expect(["4670", "7070", "6220"]).toContain(r.account);
    expect(new Set(rows.filter((r) => r.account === "4670").map((r) => r.aux))).toEqual(
      new Set(inPeriod.map((l) => l.marketId)),
    );
    expectBalanced(rows);

    await expect(
      producerFec({ actor, producerId: s.bakery.producer.id, period, labels: fr, locale: "fr", now }),
    ).rejects.toEqual(new DomainError("FORBIDDEN"));
  });
});

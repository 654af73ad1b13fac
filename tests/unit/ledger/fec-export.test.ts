import { describe, expect, it } from "vitest";
import {
  FEC_COLUMNS,
  fecFilename,
  marketFecEntries,
  producerFecEntries,
  writeFec,
  type FecEntry,
} from "@/lib/domain/ledger/fec-export";
import { journalPeriod, type JournalLine } from "@/lib/domain/ledger/list-journal";
import { statements as fr } from "@/lib/i18n/messages/fr/statements";

const journals = fr.fec.journals;

const line = (over: Partial<JournalLine>): JournalLine => ({
  day: "2026-03-07",
  transactionId: "t1",
  kind: "ORDER",
  reverses: null,
  method: null,
  marketId: "m1",
  marketName: "Marché",
  account: "SHOPPER",
  accountNumber: "4110",
  party: "DURAND Camille",
  partyId: "u1",
  basketNumber: null,
  distributionDay: null,
  reference: null,
  label: null,
  debitCents: 0,
  creditCents: 0,
  ...over,
});

const rows = (fec: string) =>
  fec
    .split("\r\n")
    .filter(Boolean)
    .map((r) => r.split("\t"));

const entry = (over: Partial<FecEntry>): FecEntry => ({
  journal: "VE",
  day: "2026-03-07",
  pieceRef: "t1",
  lines: [
    {
      accountNumber: "4110",
      accountLabel: "Adhérents",
      auxNumber: "u1",
      auxLabel: "DURAND Camille",
      label: "x",
      debitCents: 1250,
      creditCents: 0,
    },
    {
      accountNumber: "4670",
      accountLabel: "Producteurs",
      auxNumber: null,
      auxLabel: null,
      label: "x",
      debitCents: 0,
      creditCents: 1250,
    },
  ],
  ...over,
});

describe("the FEC writer", () => {
  it("writes the 18 columns, tab-separated, under one header line, with CRLF line ends", () => {
    const fec = writeFec([entry({})], journals);
    expect(fec.split("\r\n")[0]).toBe(
      "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise",
    );
    expect(FEC_COLUMNS).toHaveLength(18);
    expect(fec.endsWith("\r\n")).toBe(true);
    expect(rows(fec).slice(1)).toEqual([
      [
        "VE",
        "Ventes",
        "1",
        "20260307",
        "4110",
        "Adhérents",
        "u1",
        "DURAND Camille",
        "t1",
        "20260307",
        "x",
        "12,50",
        "0,00",
        "",
        "",
        "20260307",
        "",
        "",
      ],
      [
        "VE",
        "Ventes",
        "1",
        "20260307",
        "4670",
        "Producteurs",
        "",
        "",
        "t1",
        "20260307",
        "x",
        "0,00",
        "12,50",
        "",
        "",
        "20260307",
        "",
        "",
      ],
    ]);
  });

  it("numbers the entries in date order, one sequence per journal", () => {
    const fec = writeFec(
      [
        entry({ day: "2026-03-09", pieceRef: "c" }),
        entry({ journal: "BQ", day: "2026-03-08", pieceRef: "b" }),
        entry({ day: "2026-03-07", pieceRef: "a" }),
      ],
      journals,
    );
    const numbered = rows(fec)
      .slice(1)
      .map((r) => `${r[0]}${r[2]} ${r[8]} ${r[3]}`);
    expect([...new Set(numbered)]).toEqual(["VE1 a 20260307", "BQ1 b 20260308", "VE2 c 20260309"]);
  });

  it("writes amounts with a decimal comma and no thousands separator", () => {
    const big = entry({});
    big.lines[0].debitCents = 123456789;
    big.lines[1].creditCents = 123456789;
    const [, first, second] = rows(writeFec([big], journals));
    expect(first[11]).toBe("1234567,89");
    expect(second[12]).toBe("1234567,89");
    const small = entry({});
    small.lines[0].debitCents = 5;
    small.lines[1].creditCents = 5;
    expect(rows(writeFec([small], journals))[1][11]).toBe("0,05");
  });

  it("carries labels exactly, formulas included, but no tab or line break inside a field", () => {
    const e = entry({});
    e.lines[0].label = "=cmd|' /C calc'!A0";
    e.lines[1].label = "ligne\tun\r\ndeux";
    const [, first, second] = rows(writeFec([e], journals));
    expect(first[10]).toBe("=cmd|' /C calc'!A0");
    expect(second[10]).toBe("ligne un deux");
    expect(second).toHaveLength(18);
  });

  it("refuses an entry whose debits are not its credits, or a negative amount", () => {
    const e = entry({});
    e.lines[1].creditCents = 1249;
    expect(() => writeFec([e], journals)).toThrow(/does not balance/);
    const negative = entry({});
    negative.lines[0].debitCents = -1250;
    negative.lines[1].creditCents = -1250;
    expect(() => writeFec([negative], journals)).toThrow(/not an amount/);
    expect(() => writeFec([entry({ lines: [] })], journals)).toThrow(/does not balance/);
  });

  it("names the file <slug>FEC<closing day>.txt", () => {
    expect(fecFilename("marche-des-halles", "2026-12-31")).toBe("marche-des-hallesFEC20261231.txt");
  });
});

describe("an entity's journal as FEC entries", () => {
  it("keeps a market's ledger as it is, one entry per transaction, in the journal of its kind", () => {
    const entries = marketFecEntries(
      [
        line({ transactionId: "t1", account: "SHOPPER", debitCents: 2050, basketNumber: 4 }),
        line({
          transactionId: "t1",
          account: "PRODUCER",
          accountNumber: "4670",
          party: "Ferme",
          partyId: "p1",
          creditCents: 2050,
        }),
        line({
          transactionId: "t2",
          kind: "REVERSAL",
          reverses: "PAYMENT",
          account: "MARKET_TILL",
          accountNumber: "5300",
          party: null,
          partyId: null,
          method: "CASH",
          creditCents: 850,
        }),
        line({ transactionId: "t2", kind: "REVERSAL", reverses: "PAYMENT", creditCents: 0, debitCents: 850 }),
      ],
      fr,
      "fr",
    );
    expect(entries.map((e) => [e.journal, e.pieceRef, e.lines.length])).toEqual([
      ["VE", "t1", 2],
      ["BQ", "t2", 2],
    ]);
    expect(entries[0].lines[0]).toEqual({
      accountNumber: "4110",
      accountLabel: fr.journal.accounts.SHOPPER,
      auxNumber: "u1",
      auxLabel: "DURAND Camille",
      label: "Commande · DURAND Camille · panier n° 4",
      debitCents: 2050,
      creditCents: 0,
    });
    expect(entries[1].lines[0].label).toBe("Annulation : Paiement reçu · espèces");
    expect(() => writeFec(entries, journals)).not.toThrow();
  });

  it("turns a producer's account at its markets into its own books, each line against its sales, fees or bank", () => {
    const producer = (over: Partial<JournalLine>) =>
      line({ account: "PRODUCER", accountNumber: "4670", party: "Ferme", partyId: "p1", ...over });
    const entries = producerFecEntries(
      [
        producer({ transactionId: "t1", kind: "ORDER", creditCents: 2050 }),
        producer({ transactionId: "t2", kind: "FEE", debitCents: 205 }),
        producer({ transactionId: "t3", kind: "PRODUCER_SETTLEMENT", debitCents: 1845, day: "2026-03-18" }),
        producer({ transactionId: "t4", kind: "BALANCE_CREDIT", creditCents: 100, day: "2026-03-19" }),
      ],
      fr,
      "fr",
    );
    const summary = entries.map((e) => [
      e.journal,
      e.lines.map((l) => `${l.accountNumber} ${l.auxNumber ?? "-"} ${l.debitCents}/${l.creditCents}`),
    ]);
    expect(summary).toEqual([
      ["VE", ["4670 m1 2050/0", "7070 - 0/2050"]],
      ["OD", ["4670 m1 0/205", "6220 - 205/0"]],
      ["BQ", ["4670 m1 0/1845", "5120 - 1845/0"]],
      ["OD", ["4670 m1 100/0", "4710 - 0/100"]],
    ]);
    expect(entries[0].lines[0].auxLabel).toBe("Marché");
    expect(() => writeFec(entries, journals)).not.toThrow();
  });
});

describe("the period of a journal download", () => {
  it("takes two optional calendar days, the first not after the second", () => {
    expect(journalPeriod(null, null)).toEqual({ from: undefined, to: undefined });
    expect(journalPeriod("", "2026-03-31")).toEqual({ from: undefined, to: "2026-03-31" });
    expect(journalPeriod("2026-03-01", "2026-03-31")).toEqual({ from: "2026-03-01", to: "2026-03-31" });
    expect(journalPeriod("2026-03-01", "2026-03-01")).toEqual({ from: "2026-03-01", to: "2026-03-01" });
    expect(journalPeriod("2026-04-01", "2026-03-31")).toBeNull();
    expect(journalPeriod("2026-02-30", null)).toBeNull();
    expect(journalPeriod(null, "31/03/2026")).toBeNull();
  });
});

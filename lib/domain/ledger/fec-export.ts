import type { LedgerTransactionKind } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { DEFAULT_TIME_ZONE, localDay } from "@/lib/time";
import type { Actor } from "../access/actor";
import { journalLabel, journalOperation } from "./journal-csv";
import { listMarketJournal, listProducerJournal, type JournalLine, type JournalPeriod } from "./list-journal";

// The « Fichier des écritures comptables » (FEC, article A47 A-1 du livre des procédures fiscales): the journal
// of an entity as the French tax administration and accounting software read it — 18 columns, tab-separated,
// one header line, dates AAAAMMJJ, amounts with a decimal comma and no thousands separator, UTF-8.

export const FEC_COLUMNS = [
  "JournalCode",
  "JournalLib",
  "EcritureNum",
  "EcritureDate",
  "CompteNum",
  "CompteLib",
  "CompAuxNum",
  "CompAuxLib",
  "PieceRef",
  "PieceDate",
  "EcritureLib",
  "Debit",
  "Credit",
  "EcritureLet",
  "DateLet",
  "ValidDate",
  "Montantdevise",
  "Idevise",
] as const;

// Journal codes, from the kind of transaction (a reversal goes to the journal of what it reverses):
// VE ventes — a basket's debt (the market's sales on behalf of its producers, the producer's own sales);
// BQ banque — money that moves: payments received, refunds, Cabas's payouts, the market's payments to producers;
// OD opérations diverses — the market's fees and balance adjustments, which move no money.
export type FecJournal = "VE" | "BQ" | "OD";

const JOURNAL_OF: Record<LedgerTransactionKind, FecJournal> = {
  ORDER: "VE",
  PAYMENT: "BQ",
  REFUND: "BQ",
  REFUND_SETTLED: "BQ",
  REFUND_FAILED: "BQ",
  PAYOUT: "BQ",
  PRODUCER_SETTLEMENT: "BQ",
  BALANCE_CREDIT: "OD",
  FEE: "OD",
  REVERSAL: "OD", // only when what it reverses is not known
};

export type FecLine = {
  accountNumber: string;
  accountLabel: string;
  auxNumber: string | null;
  auxLabel: string | null;
  label: string;
  debitCents: number;
  creditCents: number;
};

// One « écriture »: the lines of one transaction, on one day, under one piece reference.
export type FecEntry = { journal: FecJournal; day: string; pieceRef: string; lines: FecLine[] };

// Writes the file. Entries are numbered in date order, one sequence per journal; each must balance (its debits
// equal its credits), else nothing is written. Its own writer rather than the CSV one: the labels are carried as
// they are (no spreadsheet-formula neutralising), only a tab or line break inside a field becomes a space.
export function writeFec(entries: FecEntry[], journalLabels: Record<FecJournal, string>): string {
  const numbers: Partial<Record<FecJournal, number>> = {};
  const rows: string[][] = [[...FEC_COLUMNS]];
  for (const entry of [...entries].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))) {
    const debit = entry.lines.reduce((sum, l) => sum + cents(l.debitCents), 0);
    const credit = entry.lines.reduce((sum, l) => sum + cents(l.creditCents), 0);
    if (entry.lines.length === 0 || debit !== credit)
      throw new Error(`FEC: entry ${entry.pieceRef} does not balance (debit ${debit}, credit ${credit})`);
    const number = (numbers[entry.journal] = (numbers[entry.journal] ?? 0) + 1);
    const date = fecDate(entry.day);
    for (const l of entry.lines)
      rows.push([
        entry.journal,
        journalLabels[entry.journal],
        String(number),
        date,
        l.accountNumber,
        l.accountLabel,
        l.auxNumber ?? "",
        l.auxLabel ?? "",
        entry.pieceRef,
        date,
        l.label,
        fecAmount(l.debitCents),
        fecAmount(l.creditCents),
        "",
        "",
        // The ledger is append-only: an entry is final when it is recorded.
        date,
        "",
        "",
      ]);
  }
  return rows.map((cells) => cells.map(field).join("\t")).join("\r\n") + "\r\n";
}

// The file's name by the FEC convention, <SIREN>FEC<closing day AAAAMMJJ>.txt. Cabas does not know the entity's
// SIREN: its slug stands in for it, unique and stable, for the treasurer to rename if their software insists.
export function fecFilename(slug: string, closingDay: string): string {
  return `${slug}FEC${fecDate(closingDay)}.txt`;
}

export function fecDate(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`FEC: not a day: ${day}`);
  return day.replaceAll("-", "");
}

export function fecAmount(amountCents: number): string {
  const c = cents(amountCents);
  return `${Math.floor(c / 100)},${String(c % 100).padStart(2, "0")}`;
}

function cents(amount: number): number {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new Error(`FEC: not an amount in cents: ${amount}`);
  return amount;
}

function field(text: string): string {
  return text.replace(/[\t\r\n]+/g, " ");
}

const journalOf = (l: JournalLine): FecJournal => JOURNAL_OF[l.reverses ?? l.kind];

// The journal's lines, one entry per transaction (its lines are next to each other).
function byTransaction(lines: JournalLine[]): JournalLine[][] {
  const groups: JournalLine[][] = [];
  for (const l of lines) {
    const last = groups.at(-1);
    if (last && last[0].transactionId === l.transactionId) last.push(l);
    else groups.push([l]);
  }
  return groups;
}

// A market's books are its ledger as it is: each entry on its account, members and producers as auxiliary
// accounts.
export function marketFecEntries(lines: JournalLine[], labels: Messages["statements"], locale: Locale): FecEntry[] {
  return byTransaction(lines).map((group) => ({
    journal: journalOf(group[0]),
    day: group[0].day,
    pieceRef: group[0].transactionId,
    lines: group.map((l) => ({
      accountNumber: l.accountNumber,
      accountLabel: labels.journal.accounts[l.account],
      auxNumber: l.partyId,
      auxLabel: l.party,
      label: fecLabel(l, labels, locale),
      debitCents: l.debitCents,
      creditCents: l.creditCents,
    })),
  }));
}

// A producer's books see the market's account about it from the other side: what the market owes the producer
// is, for the producer, owed to it by that market (a debit on 4670, the market as auxiliary account), against
// its sales (7070), the market's commission (6220), or its bank when paid (5120); anything else waits on 4710.
const PRODUCER_COUNTERPART: Partial<
  Record<LedgerTransactionKind, keyof Messages["statements"]["fec"]["producerAccounts"]>
> = {
  ORDER: "sales",
  FEE: "fees",
  PAYOUT: "bank",
  PRODUCER_SETTLEMENT: "bank",
};
const PRODUCER_ACCOUNT_NUMBERS = { markets: "4670", sales: "7070", fees: "6220", bank: "5120", suspense: "4710" };

export function producerFecEntries(lines: JournalLine[], labels: Messages["statements"], locale: Locale): FecEntry[] {
  const accounts = labels.fec.producerAccounts;
  return byTransaction(lines).map((group) => ({
    journal: journalOf(group[0]),
    day: group[0].day,
    pieceRef: group[0].transactionId,
    lines: group.flatMap((l) => {
      const label = fecLabel(l, labels, locale);
      const counterpart = PRODUCER_COUNTERPART[l.reverses ?? l.kind] ?? "suspense";
      return [
        {
          accountNumber: PRODUCER_ACCOUNT_NUMBERS.markets,
          accountLabel: accounts.markets,
          auxNumber: l.marketId,
          auxLabel: l.marketName,
          label,
          debitCents: l.creditCents,
          creditCents: l.debitCents,
        },
        {
          accountNumber: PRODUCER_ACCOUNT_NUMBERS[counterpart],
          accountLabel: accounts[counterpart],
          auxNumber: null,
          auxLabel: null,
          label,
          debitCents: l.debitCents,
          creditCents: l.creditCents,
        },
      ];
    }),
  }));
}

function fecLabel(l: JournalLine, labels: Messages["statements"], locale: Locale): string {
  return [journalOperation(l, labels), journalLabel(l, labels, locale)].filter(Boolean).join(" · ");
}

type FecRequest = { actor: Actor; period: JournalPeriod; labels: Messages["statements"]; locale: Locale; now: Date };

// A market's FEC over a period, and its file name (closing on the period's last day, else today). Its admins only.
export async function marketFec({ marketId, ...r }: FecRequest & { marketId: string }) {
  const lines = await listMarketJournal({ actor: r.actor, marketId, period: r.period });
  const market = await db().market.findUniqueOrThrow({
    where: { id: marketId },
    select: { slug: true, timeZone: true },
  });
  return {
    filename: fecFilename(market.slug, r.period.to ?? localDay(r.now, market.timeZone)),
    text: writeFec(marketFecEntries(lines, r.labels, r.locale), r.labels.fec.journals),
  };
}

// A producer's FEC over a period: its accounts in every market, from its side. Its users only.
export async function producerFec({ producerId, ...r }: FecRequest & { producerId: string }) {
  const lines = await listProducerJournal({ actor: r.actor, producerId, period: r.period });
  const producer = await db().producer.findUniqueOrThrow({ where: { id: producerId }, select: { slug: true } });
  return {
    filename: fecFilename(producer.slug, r.period.to ?? localDay(r.now, DEFAULT_TIME_ZONE)),
    text: writeFec(producerFecEntries(lines, r.labels, r.locale), r.labels.fec.journals),
  };
}

import type { LedgerAccount, LedgerMethod, LedgerTransactionKind, Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { addDays, dateFromDay, dayFromDate, isCalendarDay, localDay } from "@/lib/time";
import { requireMarketRight, requireProducerUser, type Actor } from "../access/actor";
import { ACCOUNTS } from "./accounts";

// One line of an entity's journal, as its books want it: the day (in the market's calendar), the transaction it
// belongs to, the account and its number in the chart of accounts, who the line is about, and the amount as a
// debit or a credit (the ledger is credit-positive: a credit is an amount above zero).
export type JournalLine = {
  day: string;
  transactionId: string;
  kind: LedgerTransactionKind;
  // For a REVERSAL, the kind of the transaction it reverses.
  reverses: LedgerTransactionKind | null;
  method: LedgerMethod | null;
  marketId: string;
  marketName: string;
  account: LedgerAccount;
  accountNumber: string;
  // The shopper or producer whose account the line is on, the basket and the distribution it concerns.
  party: string | null;
  // The id of that shopper or producer (an auxiliary account for the books).
  partyId: string | null;
  basketNumber: number | null;
  distributionDay: string | null;
  reference: string | null;
  label: string | null;
  debitCents: number;
  creditCents: number;
};

// A period of the books, both days included, in the calendar of the market each entry belongs to; either end
// may be left open.
export type JournalPeriod = { from?: string; to?: string };

// The period asked in a download's query (`du`, `au`, YYYY-MM-DD, either optional), or null when it is not one.
export function journalPeriod(from: string | null, to: string | null): JournalPeriod | null {
  if ((from && !isCalendarDay(from)) || (to && !isCalendarDay(to))) return null;
  if (from && to && from > to) return null;
  return { from: from || undefined, to: to || undefined };
}

// A market's journal: every entry of its ledger (its own accounts, and those it keeps about its shoppers and
// producers), transaction by transaction, oldest first. Its admins only.
export async function listMarketJournal({
  actor,
  marketId,
  period = {},
}: {
  actor: Actor;
  marketId: string;
  period?: JournalPeriod;
}) {
  requireMarketRight(actor, marketId, "admin");
  return journal({ marketId }, period);
}

// A producer's journal: its accounts in every market it sells through. Its users only.
export async function listProducerJournal({
  actor,
  producerId,
  period = {},
}: {
  actor: Actor;
  producerId: string;
  period?: JournalPeriod;
}) {
  requireProducerUser(actor, producerId);
  return journal({ producerId, account: "PRODUCER" }, period);
}

async function journal(where: Prisma.LedgerEntryWhereInput, { from, to }: JournalPeriod): Promise<JournalLine[]> {
  // Markets keep different time zones: the database narrows to a day either side of the period, and each entry
  // is then kept or not by its day in its own market's calendar (all the entries of a transaction share it).
  const entries = await db().ledgerEntry.findMany({
    where: {
      ...where,
      transaction: {
        occurredAt: {
          ...(from && { gte: dateFromDay(addDays(from, -1)) }),
          ...(to && { lt: dateFromDay(addDays(to, 2)) }),
        },
      },
    },
    select: {
      account: true,
      amountCents: true,
      marketId: true,
      userId: true,
      producerId: true,
      market: { select: { name: true, timeZone: true } },
      user: { select: { firstName: true, lastName: true } },
      producer: { select: { name: true } },
      order: { select: { basketNumber: true } },
      distribution: { select: { day: true } },
      transaction: {
        select: {
          id: true,
          kind: true,
          method: true,
          label: true,
          reference: true,
          occurredAt: true,
          reverses: { select: { kind: true } },
        },
      },
    },
    orderBy: [{ transaction: { occurredAt: "asc" } }, { transactionId: "asc" }, { account: "asc" }, { id: "asc" }],
  });
  const lines = entries.map((e) => ({
    day: localDay(e.transaction.occurredAt, e.market.timeZone),
    transactionId: e.transaction.id,
    kind: e.transaction.kind,
    reverses: e.transaction.reverses?.kind ?? null,
    method: e.transaction.method,
    marketId: e.marketId,
    marketName: e.market.name,
    account: e.account,
    accountNumber: ACCOUNTS[e.account].number,
    party: e.user ? `${e.user.lastName.toUpperCase()} ${e.user.firstName}` : (e.producer?.name ?? null),
    partyId: e.userId ?? e.producerId ?? null,
    basketNumber: e.order?.basketNumber ?? null,
    distributionDay: e.distribution ? dayFromDate(e.distribution.day) : null,
    reference: e.transaction.reference,
    label: e.transaction.label,
    debitCents: e.amountCents < 0 ? -e.amountCents : 0,
    creditCents: e.amountCents > 0 ? e.amountCents : 0,
  }));
  return lines.filter((l) => (!from || l.day >= from) && (!to || l.day <= to));
}

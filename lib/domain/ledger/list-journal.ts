import type { LedgerAccount, LedgerMethod, LedgerTransactionKind, Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { dayFromDate, localDay } from "@/lib/time";
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
  marketName: string;
  account: LedgerAccount;
  accountNumber: string;
  // The shopper or producer whose account the line is on, the basket and the distribution it concerns.
  party: string | null;
  basketNumber: number | null;
  distributionDay: string | null;
  reference: string | null;
  label: string | null;
  debitCents: number;
  creditCents: number;
};

// A market's journal: every entry of its ledger (its own accounts, and those it keeps about its shoppers and
// producers), transaction by transaction, oldest first. Its admins only.
export async function listMarketJournal({ actor, marketId }: { actor: Actor; marketId: string }) {
  requireMarketRight(actor, marketId, "admin");
  return journal({ marketId });
}

// A producer's journal: its accounts in every market it sells through. Its users only.
export async function listProducerJournal({ actor, producerId }: { actor: Actor; producerId: string }) {
  requireProducerUser(actor, producerId);
  return journal({ producerId, account: "PRODUCER" });
}

async function journal(where: Prisma.LedgerEntryWhereInput): Promise<JournalLine[]> {
  const entries = await db().ledgerEntry.findMany({
    where,
    select: {
      account: true,
      amountCents: true,
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
  return entries.map((e) => ({
    day: localDay(e.transaction.occurredAt, e.market.timeZone),
    transactionId: e.transaction.id,
    kind: e.transaction.kind,
    reverses: e.transaction.reverses?.kind ?? null,
    method: e.transaction.method,
    marketName: e.market.name,
    account: e.account,
    accountNumber: ACCOUNTS[e.account].number,
    party: e.user ? `${e.user.lastName.toUpperCase()} ${e.user.firstName}` : (e.producer?.name ?? null),
    basketNumber: e.order?.basketNumber ?? null,
    distributionDay: e.distribution ? dayFromDate(e.distribution.day) : null,
    reference: e.transaction.reference,
    label: e.transaction.label,
    debitCents: e.amountCents < 0 ? -e.amountCents : 0,
    creditCents: e.amountCents > 0 ? e.amountCents : 0,
  }));
}

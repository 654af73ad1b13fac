import { csvAmount, csvDay, writeCsv } from "@/lib/csv";
import { formatDay } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { JournalLine } from "./list-journal";

// A journal as a spreadsheet for the books: one row per entry, the entries of one transaction (one « pièce »)
// next to each other, their debits equal to their credits.
export function journalCsv(lines: JournalLine[], labels: Messages["statements"], locale: Locale): string {
  const j = labels.journal;
  return writeCsv([
    j.header,
    ...lines.map((l) => [
      csvDay(l.day),
      l.transactionId,
      journalOperation(l, labels),
      l.accountNumber,
      j.accounts[l.account],
      l.marketName,
      journalLabel(l, labels, locale),
      csvAmount(l.debitCents),
      csvAmount(l.creditCents),
    ]),
  ]);
}

// What the transaction of a line was: « Paiement reçu », « Annulation : Paiement reçu »…
export function journalOperation(l: JournalLine, labels: Messages["statements"]): string {
  const j = labels.journal;
  return l.reverses ? j.reversal(j.kinds[l.reverses]) : j.kinds[l.kind];
}

// A line's label: who, which basket and distribution, how it was paid, its reference and free label.
export function journalLabel(l: JournalLine, labels: Messages["statements"], locale: Locale): string {
  const j = labels.journal;
  return [
    l.party,
    l.basketNumber !== null && j.basket(l.basketNumber),
    l.distributionDay && j.distribution(formatDay(l.distributionDay, labels.shortDayFormat, locale)),
    l.method && j.methods[l.method],
    l.reference && j.reference(l.reference),
    l.label,
  ]
    .filter(Boolean)
    .join(" · ");
}

import "server-only";
import { Document, Page, renderToBuffer, Text, View } from "@react-pdf/renderer";
import type { SalesStatement } from "@/lib/domain/payout/sales-statement";
import { capitalizedFirst, formatDay, formatInZone } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { formatMoney } from "@/lib/money";
import { documentStyles as s, LinesTable, VatTable } from "./document-parts";
import { registerPdfFonts } from "./fonts";

// The title of a statement, also its download link's words: « Mars 2026 », or the market and day.
export function salesStatementTitle(statement: SalesStatement, { locale, t }: { locale: Locale; t: Messages }) {
  const d = t.documents;
  if ("month" in statement.period)
    return d.statement.titleMonth(
      capitalizedFirst(formatDay(`${statement.period.month}-01`, d.monthFormat, locale), locale),
    );
  const [row] = statement.distributions;
  return d.statement.titleDistribution(row.marketName, formatDay(row.distributionDay, d.dayFormat, locale));
}

function SalesStatementDocument({
  statement,
  now,
  locale,
  t,
}: {
  statement: SalesStatement;
  now: Date;
  locale: Locale;
  t: Messages;
}) {
  const d = t.documents;
  const st = d.statement;
  const money = (cents: number) => formatMoney(cents, locale);
  const title = salesStatementTitle(statement, { locale, t });
  const { totals } = statement;
  const figures = (row: SalesStatement["distributions"][number]) =>
    row.shares
      ? [
          row.shares.feeCents,
          row.shares.cabas?.amountCents ?? 0,
          row.shares.market.shareCents,
          row.shares.market.settledCents,
          row.shares.market.dueCents,
        ].map(money)
      : null;
  return (
    <Document title={title} language={locale}>
      <Page size="A4" style={s.page}>
        <Text style={s.title}>{title}</Text>
        <Text>{st.producer(statement.producerName)}</Text>
        <Text>{st.issuedOn(formatInZone(now, d.dayFormat, statement.distributions[0].timeZone, locale))}</Text>

        <Text style={s.section}>{st.linesTitle}</Text>
        <LinesTable lines={statement.lines} locale={locale} t={t} />
        <View style={[s.row, s.total]}>
          <Text style={s.wide}>{st.sales}</Text>
          <Text style={s.cell}>{money(totals.salesCents)}</Text>
        </View>

        <VatTable vat={statement.vat} locale={locale} t={t} />

        <Text style={s.section}>{st.sharesTitle}</Text>
        <View style={[s.row, s.header]}>
          <Text style={s.wide}>{st.distribution}</Text>
          {[st.sales, st.fees, st.cabas, st.marketShare, st.settled, st.due].map((column) => (
            <Text key={column} style={s.cell}>
              {column}
            </Text>
          ))}
        </View>
        {statement.distributions.map((row) => {
          const cells = figures(row);
          return (
            <View key={row.distributionId} style={s.row} wrap={false}>
              <Text style={s.wide}>
                {row.marketName} · {formatDay(row.distributionDay, d.dayFormat, locale)}
              </Text>
              <Text style={s.cell}>{money(row.salesCents)}</Text>
              {cells ? (
                cells.map((cell, i) => (
                  <Text key={i} style={s.cell}>
                    {cell}
                  </Text>
                ))
              ) : (
                <Text style={[s.cell, { flex: 5 }]}>{st.pendingRow}</Text>
              )}
            </View>
          );
        })}
        <View style={[s.row, s.total]} wrap={false}>
          <Text style={s.wide}>{st.totals}</Text>
          {[
            totals.salesCents,
            totals.feeCents,
            totals.cabasCents,
            totals.marketShareCents,
            totals.marketSettledCents,
            totals.marketDueCents,
          ].map((cents, i) => (
            <Text key={i} style={s.cell}>
              {money(cents)}
            </Text>
          ))}
        </View>
        {statement.pending > 0 && <Text style={s.note}>{st.pending(statement.pending)}</Text>}
      </Page>
    </Document>
  );
}

export async function renderSalesStatementPdf(
  statement: SalesStatement,
  { now, locale, t }: { now: Date; locale: Locale; t: Messages },
) {
  registerPdfFonts();
  return renderToBuffer(<SalesStatementDocument statement={statement} now={now} locale={locale} t={t} />);
}

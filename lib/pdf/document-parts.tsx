import "server-only";
import { StyleSheet, Text, View } from "@react-pdf/renderer";
import type { DocumentLine } from "@/lib/domain/order/document-line";
import type { VatBreakdown } from "@/lib/domain/order/vat-breakdown";
import { formatDecimal } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { formatMoney } from "@/lib/money";
import { PDF_FONT_FAMILY } from "./fonts";

// The pieces the sales statement and the receipt share: sold lines and VAT per rate, drawn alike.
export const documentStyles = StyleSheet.create({
  page: { fontFamily: PDF_FONT_FAMILY, fontSize: 9, padding: 40, color: "#1f2a1f" },
  title: { fontSize: 16, fontWeight: 700, marginBottom: 4 },
  section: { fontSize: 11, fontWeight: 700, marginTop: 18, marginBottom: 4 },
  row: { flexDirection: "row", paddingVertical: 3, borderBottomWidth: 0.5, borderBottomColor: "#d6d3cb" },
  header: { fontWeight: 700, borderBottomWidth: 1, borderBottomColor: "#1f2a1f" },
  total: { fontWeight: 700, borderTopWidth: 1, borderTopColor: "#1f2a1f", borderBottomWidth: 0 },
  wide: { flex: 3 },
  cell: { flex: 1, textAlign: "right" },
  note: { marginTop: 12, color: "#4a5548" },
});

export function LinesTable({ lines, locale, t }: { lines: DocumentLine[]; locale: Locale; t: Messages }) {
  const d = t.documents;
  const s = documentStyles;
  return (
    <View>
      <View style={[s.row, s.header]}>
        <Text style={s.wide}>{d.product}</Text>
        <Text style={s.cell}>{d.quantity}</Text>
        <Text style={s.cell}>{d.unitPrice}</Text>
        <Text style={s.cell}>{t.money.vat.vat}</Text>
        <Text style={s.cell}>{d.total}</Text>
      </View>
      {lines.map((l) => (
        <View key={`${l.productName} ${l.unitPriceCents} ${l.vatRateBp}`} style={s.row} wrap={false}>
          <Text style={s.wide}>{l.productName}</Text>
          <Text style={s.cell}>{`${formatDecimal(l.quantity, locale)} ${d.units[l.unit] ?? ""}`.trim()}</Text>
          <Text style={s.cell}>{formatMoney(l.unitPriceCents, locale)}</Text>
          <Text style={s.cell}>{d.rate(formatDecimal(l.vatRateBp / 100, locale))}</Text>
          <Text style={s.cell}>{formatMoney(l.totalCents, locale)}</Text>
        </View>
      ))}
    </View>
  );
}

export function VatTable({ vat, locale, t }: { vat: VatBreakdown; locale: Locale; t: Messages }) {
  const d = t.documents;
  const s = documentStyles;
  const money = (cents: number) => formatMoney(cents, locale);
  return (
    <View wrap={false}>
      <Text style={s.section}>{d.vatTitle}</Text>
      <View style={[s.row, s.header]}>
        {d.vatColumns.map((column, i) => (
          <Text key={column} style={i === 0 ? s.wide : s.cell}>
            {column}
          </Text>
        ))}
      </View>
      {vat.rates.map((r) => (
        <View key={r.vatRateBp} style={s.row}>
          <Text style={s.wide}>{d.rate(formatDecimal(r.vatRateBp / 100, locale))}</Text>
          <Text style={s.cell}>{money(r.netCents)}</Text>
          <Text style={s.cell}>{money(r.vatCents)}</Text>
          <Text style={s.cell}>{money(r.totalCents)}</Text>
        </View>
      ))}
      <View style={[s.row, s.total]}>
        <Text style={s.wide}>{d.vatAll}</Text>
        <Text style={s.cell}>{money(vat.netCents)}</Text>
        <Text style={s.cell}>{money(vat.vatCents)}</Text>
        <Text style={s.cell}>{money(vat.totalCents)}</Text>
      </View>
    </View>
  );
}

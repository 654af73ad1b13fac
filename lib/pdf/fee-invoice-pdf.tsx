import "server-only";
import { Document, Page, renderToBuffer, StyleSheet, Text, View } from "@react-pdf/renderer";
import { invoiceReference, type FeeInvoice } from "@/lib/domain/invoice/get-fee-invoice";
import { formatInZone } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { formatMoney } from "@/lib/money";
import { PDF_FONT_FAMILY, registerPdfFonts } from "./fonts";

const styles = StyleSheet.create({
  page: { fontFamily: PDF_FONT_FAMILY, fontSize: 10, padding: 48, color: "#1f2a1f" },
  title: { fontSize: 18, fontWeight: 700, marginBottom: 4 },
  parties: { flexDirection: "row", gap: 24, marginVertical: 24 },
  party: { flex: 1 },
  label: { fontWeight: 700, marginBottom: 4 },
  row: { flexDirection: "row", justifyContent: "space-between", paddingVertical: 4 },
  header: { borderBottomWidth: 1, borderBottomColor: "#1f2a1f", fontWeight: 700 },
  total: { fontWeight: 700, borderTopWidth: 1, borderTopColor: "#1f2a1f" },
  mention: { marginTop: 24 },
});

function FeeInvoiceDocument({ invoice, locale, t }: { invoice: FeeInvoice; locale: Locale; t: Messages }) {
  const i = t.invoices;
  const day = (instant: Date) => formatInZone(instant, i.dayFormat, invoice.timeZone, locale);
  const money = (cents: number) => formatMoney(cents, locale);
  const reference = invoiceReference(invoice);
  const title = invoice.kind === "CREDIT_NOTE" ? i.creditNote(reference) : i.invoice(reference);
  const { seller, buyer } = invoice;
  const liable = invoice.vatStatus === "LIABLE";
  return (
    <Document title={title} language={locale}>
      <Page size="A4" style={styles.page}>
        <Text style={styles.title}>{title}</Text>
        <Text>{i.issuedOn(day(invoice.issuedAt))}</Text>
        {invoice.creditedInvoice && (
          <Text>{i.cancels(invoiceReference(invoice.creditedInvoice), day(invoice.creditedInvoice.issuedAt))}</Text>
        )}
        <View style={styles.parties}>
          <View style={styles.party}>
            <Text style={styles.label}>{i.seller}</Text>
            <Text>{seller.name}</Text>
            {seller.address && <Text>{seller.address}</Text>}
            {seller.siret && <Text>{i.siret(seller.siret)}</Text>}
            {seller.vatNumber && <Text>{i.vatNumber(seller.vatNumber)}</Text>}
          </View>
          <View style={styles.party}>
            <Text style={styles.label}>{i.buyer}</Text>
            <Text>{buyer.name}</Text>
            {buyer.address && <Text>{buyer.address}</Text>}
          </View>
        </View>
        <View style={[styles.row, styles.header]}>
          <Text>{i.description}</Text>
          <Text>{i.amount}</Text>
        </View>
        <View style={styles.row}>
          <Text>{i.line(day(invoice.distribution.pickupStartAt))}</Text>
          <Text>{money(invoice.excludingVatCents)}</Text>
        </View>
        {liable ? (
          <>
            <View style={[styles.row, styles.total]}>
              <Text>{i.excludingVat}</Text>
              <Text>{money(invoice.excludingVatCents)}</Text>
            </View>
            <View style={styles.row}>
              <Text>{i.vat}</Text>
              <Text>{money(invoice.vatCents)}</Text>
            </View>
            <View style={[styles.row, styles.total]}>
              <Text>{i.includingVat}</Text>
              <Text>{money(invoice.includingVatCents)}</Text>
            </View>
          </>
        ) : (
          <View style={[styles.row, styles.total]}>
            <Text>{i.total}</Text>
            <Text>{money(invoice.includingVatCents)}</Text>
          </View>
        )}
        {seller.vatMention && <Text style={styles.mention}>{seller.vatMention}</Text>}
        {invoice.kind === "INVOICE" && <Text style={styles.mention}>{i.paid}</Text>}
      </Page>
    </Document>
  );
}

export async function renderFeeInvoicePdf(invoice: FeeInvoice, { locale, t }: { locale: Locale; t: Messages }) {
  registerPdfFonts();
  return renderToBuffer(<FeeInvoiceDocument invoice={invoice} locale={locale} t={t} />);
}

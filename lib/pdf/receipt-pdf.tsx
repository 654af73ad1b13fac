import "server-only";
import { Document, Page, renderToBuffer, Text, View } from "@react-pdf/renderer";
import type { ReceiptAttachment } from "@/lib/domain/email/deliver-outbox";
import { DomainError } from "@/lib/domain/errors";
import { orderReceipt, type OrderReceipt } from "@/lib/domain/order/order-receipt";
import { formatInZone } from "@/lib/i18n/format";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { messagesFor, type Messages } from "@/lib/i18n/messages";
import { formatMoney } from "@/lib/money";
import { documentStyles as s, LinesTable, VatTable } from "./document-parts";
import { registerPdfFonts } from "./fonts";

function ReceiptDocument({ receipt, locale, t }: { receipt: OrderReceipt; locale: Locale; t: Messages }) {
  const d = t.documents;
  const r = d.receipt;
  const money = (cents: number) => formatMoney(cents, locale);
  const day = (instant: Date) => formatInZone(instant, d.dayFormat, receipt.timeZone, locale);
  const title = r.title(receipt.basketNumber);
  const total = (label: string, cents: number) => (
    <View style={[s.row, s.total]}>
      <Text style={s.wide}>{label}</Text>
      <Text style={s.cell}>{money(cents)}</Text>
    </View>
  );
  return (
    <Document title={title} language={locale}>
      <Page size="A4" style={s.page}>
        <Text style={s.title}>{title}</Text>
        <Text>{r.market(receipt.marketName)}</Text>
        <Text>{r.pickup(day(receipt.distributionDay), receipt.placeName)}</Text>
        <Text>{r.shopper(receipt.shopperName)}</Text>

        <Text style={s.section}>{r.linesTitle}</Text>
        <LinesTable lines={receipt.lines} locale={locale} t={t} />
        {total(r.total, receipt.totalCents)}

        <VatTable vat={receipt.vat} locale={locale} t={t} />

        <Text style={s.section}>{r.paymentsTitle}</Text>
        {receipt.payments.length === 0 && <Text>{r.noPayment}</Text>}
        {receipt.payments.map((p, i) => (
          <View key={i} style={s.row}>
            <Text style={s.wide}>
              {day(p.paidAt)} · {r.methods[p.method] ?? p.method}
            </Text>
            <Text style={s.cell}>{money(p.amountCents)}</Text>
          </View>
        ))}
        {receipt.refundedCents > 0 && (
          <View style={s.row}>
            <Text style={s.wide}>{r.refunded}</Text>
            <Text style={s.cell}>{money(-receipt.refundedCents)}</Text>
          </View>
        )}
        {total(r.paid, receipt.paidCents)}
        {receipt.paidCents < receipt.totalCents && total(r.due, receipt.totalCents - receipt.paidCents)}
      </Page>
    </Document>
  );
}

export async function renderReceiptPdf(receipt: OrderReceipt, { locale, t }: { locale: Locale; t: Messages }) {
  registerPdfFonts();
  return renderToBuffer(<ReceiptDocument receipt={receipt} locale={locale} t={t} />);
}

// The receipt's file name: its day (the market's calendar) and basket number.
export function receiptFilename(receipt: OrderReceipt, t: Messages) {
  return t.documents.receipt.filename(
    receipt.basketNumber,
    formatInZone(receipt.distributionDay, "yyyy-MM-dd", receipt.timeZone, "fr"),
  );
}

// The receipt the validation e-mail carries when its shopper asked for it, in their language; none for a basket
// deleted since (its shopper's account was).
export const receiptAttachment: ReceiptAttachment = async (orderId) => {
  let receipt;
  try {
    receipt = await orderReceipt(orderId);
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") return null;
    throw error;
  }
  const locale = isLocale(receipt.shopperLocale) ? receipt.shopperLocale : "fr";
  const t = messagesFor(locale);
  return {
    filename: receiptFilename(receipt, t),
    content: await renderReceiptPdf(receipt, { locale, t }),
    contentType: "application/pdf",
  };
};

import "server-only";
import { Document, Image, Page, renderToBuffer, StyleSheet, Text, View } from "@react-pdf/renderer";
import type { MarketPoster } from "@/lib/domain/market-admin/market-poster";
import { capitalizedFirst, formatInZone } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { qrCodePng } from "@/lib/qr-code";
import { PDF_FONT_FAMILY, registerPdfFonts } from "./fonts";

const LEAF = "#245530";

const styles = StyleSheet.create({
  page: { fontFamily: PDF_FONT_FAMILY, padding: 48, alignItems: "center", textAlign: "center", color: "#1f2a1f" },
  name: { fontSize: 34, fontWeight: 700, color: LEAF, marginBottom: 12 },
  call: { fontSize: 18, marginBottom: 28 },
  next: { fontSize: 14, fontWeight: 700, marginBottom: 4 },
  place: { fontSize: 13, marginBottom: 24 },
  qr: { width: 300, height: 300, marginBottom: 12 },
  scan: { fontSize: 16, fontWeight: 700, marginBottom: 8 },
  link: { fontSize: 13, color: LEAF },
});

function MarketPosterDocument({
  poster,
  link,
  qr,
  locale,
  t,
}: {
  poster: MarketPoster;
  link: string;
  qr: string;
  locale: Locale;
  t: Messages;
}) {
  const at = (instant: Date, pattern: string) => formatInZone(instant, pattern, poster.timeZone, locale);
  const { next } = poster;
  return (
    <Document title={`${poster.name} — ${t.admin.share.poster}`} language={locale}>
      <Page size="A4" style={styles.page}>
        <Text style={styles.name}>{poster.name}</Text>
        <Text style={styles.call}>{t.admin.share.posterCall}</Text>
        {next ? (
          <View>
            <Text style={styles.next}>
              {t.admin.share.posterNext(
                capitalizedFirst(at(next.pickupStartAt, t.market.dateFormat), locale),
                at(next.pickupStartAt, "HH:mm"),
                at(next.pickupEndAt, "HH:mm"),
              )}
            </Text>
            <Text style={styles.place}>
              {next.place.name} · {next.place.address}, {next.place.zipCode} {next.place.city}
            </Text>
          </View>
        ) : (
          <Text style={styles.place}>{t.admin.share.posterNoDate}</Text>
        )}
        {/* eslint-disable-next-line jsx-a11y/alt-text -- react-pdf's Image has no alternative text */}
        <Image src={qr} style={styles.qr} />
        <Text style={styles.scan}>{t.admin.share.posterScan}</Text>
        <Text style={styles.link}>{link}</Text>
      </Page>
    </Document>
  );
}

export async function renderMarketPosterPdf(
  poster: MarketPoster,
  link: string,
  { locale, t }: { locale: Locale; t: Messages },
) {
  registerPdfFonts();
  const qr = await qrCodePng(link, 900);
  return renderToBuffer(<MarketPosterDocument poster={poster} link={link} qr={qr} locale={locale} t={t} />);
}

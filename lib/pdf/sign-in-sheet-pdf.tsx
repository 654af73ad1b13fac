import "server-only";
import { Document, Page, type PageLayoutProps, renderToBuffer, StyleSheet, Text, View } from "@react-pdf/renderer";
import type { SignInSheet, SignInSheetColumn } from "@/lib/domain/distribution-day/sign-in-sheet";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { PDF_FONT_FAMILY, registerPdfFonts } from "./fonts";

const RULE = "#555555";

const styles = StyleSheet.create({
  page: { fontFamily: PDF_FONT_FAMILY, fontSize: 9, paddingTop: 28, paddingHorizontal: 28, paddingBottom: 40 },
  heading: { marginBottom: 8 },
  title: { fontSize: 13, fontWeight: 700 },
  row: {
    flexDirection: "row",
    borderBottomWidth: 0.5,
    borderBottomColor: RULE,
    borderLeftWidth: 0.5,
    borderLeftColor: RULE,
  },
  headerRow: { borderTopWidth: 0.5, borderTopColor: RULE, borderBottomWidth: 1.5, borderBottomColor: "#000000" },
  // Tall enough to sign in.
  basketRow: { minHeight: 24 },
  cell: { paddingVertical: 3, paddingHorizontal: 4, borderRightWidth: 0.5, borderRightColor: RULE },
  headerCell: { fontWeight: 700 },
  footer: { position: "absolute", bottom: 16, left: 28, right: 28, fontSize: 8, textAlign: "right", color: RULE },
});

const CELL_STYLES: Partial<Record<SignInSheetColumn, { fontWeight?: number; textAlign?: "right" }>> = {
  number: { fontWeight: 700 },
  name: { fontWeight: 700 },
  amount: { textAlign: "right" },
};

// The sheet on A4 pages: the heading and the columns' header row repeat on every page (the page's layout, drawn
// around each page's share of the rows), a basket's line is never cut between two pages, and each page says its
// number. react-pdf's newer pagination, which `layout` turns on, lays 500 baskets out in a third of the time.
function SignInSheetDocument({ sheet, locale, t }: { sheet: SignInSheet; locale: Locale; t: Messages }) {
  const width = (share: number) => `${(share * 100).toFixed(3)}%`;
  const layout = ({ children, pageNumber, totalPages }: PageLayoutProps) => (
    <>
      <View style={styles.heading}>
        <Text style={styles.title}>
          {sheet.title} — {sheet.market}
        </Text>
        <Text>
          {sheet.when} · {sheet.place}
        </Text>
      </View>
      <View style={[styles.row, styles.headerRow]}>
        {sheet.columns.map((column) => (
          <View key={column.id} style={[styles.cell, { width: width(column.share) }]}>
            <Text style={styles.headerCell}>{column.label}</Text>
          </View>
        ))}
      </View>
      {children}
      <Text style={styles.footer}>{t.admin.sheet.page(pageNumber ?? 1, totalPages ?? 1)}</Text>
    </>
  );
  return (
    <Document title={`${sheet.title} — ${sheet.market} — ${sheet.when}`} language={locale}>
      <Page size="A4" orientation={sheet.orientation} style={styles.page} layout={layout}>
        {sheet.rows.map((row) => (
          <View key={row.id} wrap={false} style={[styles.row, styles.basketRow]}>
            {row.cells.map((value, i) => {
              const column = sheet.columns[i];
              return (
                <View key={column.id} style={[styles.cell, { width: width(column.share) }]}>
                  <Text style={CELL_STYLES[column.id] ?? {}}>{value}</Text>
                </View>
              );
            })}
          </View>
        ))}
        {sheet.rows.length === 0 && <Text style={{ marginTop: 8 }}>{sheet.empty}</Text>}
      </Page>
    </Document>
  );
}

export function renderSignInSheetPdf(sheet: SignInSheet, { locale, t }: { locale: Locale; t: Messages }) {
  registerPdfFonts();
  return renderToBuffer(<SignInSheetDocument sheet={sheet} locale={locale} t={t} />);
}

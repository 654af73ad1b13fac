import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { csvAmount, type CsvCell, csvDay, csvNumber, writeCsv } from "@/lib/csv";
import type { Messages } from "@/lib/i18n/messages";
import { dayFromDate } from "@/lib/time";
import type { ReportLine } from "./report-lines";

type Labels = Messages["reports"];

// One sold line in the order of the columns (`Labels.columns`), as both formats write it: text as typed, figures
// tagged so that each writer gives them its own form (amounts in cents, the VAT rate in %).
type Cell =
  string | { day: string } | { count: number } | { quantity: string } | { cents: number } | { percent: string };

function cells(l: ReportLine, r: Labels): Cell[] {
  return [
    { day: dayFromDate(l.day) },
    l.marketName,
    { count: l.basketNumber },
    l.lastName,
    l.firstName,
    l.producer,
    l.product,
    r.units[l.unit] ?? l.unit,
    { quantity: l.quantity },
    { cents: l.unitPriceCents },
    { percent: (l.vatRateBp / 100).toFixed(2).replace(/\.?0+$/, "") },
    { cents: l.totalCents },
    { cents: l.vatCents },
    { cents: l.netCents },
    r.methods[l.paymentMethod ?? "NONE"],
  ];
}

function csvCell(cell: Cell): CsvCell {
  if (typeof cell === "string") return cell;
  if ("day" in cell) return csvDay(cell.day);
  if ("cents" in cell) return csvAmount(cell.cents);
  return csvNumber("count" in cell ? cell.count : "quantity" in cell ? cell.quantity : cell.percent);
}

function xlsxCell(cell: Cell): string | number | Date {
  if (typeof cell === "string") return cell;
  if ("day" in cell) return new Date(`${cell.day}T00:00:00Z`);
  if ("cents" in cell) return cell.cents / 100;
  return Number("count" in cell ? cell.count : "quantity" in cell ? cell.quantity : cell.percent);
}

const encoder = new TextEncoder();

// The lines as the house CSV (lib/csv.ts), written a batch at a time as they are read.
export function reportCsvStream(batches: AsyncIterable<ReportLine[]>, r: Labels): ReadableStream<Uint8Array> {
  async function* parts() {
    yield writeCsv([r.columns]);
    for await (const batch of batches) {
      yield writeCsv(
        batch.map((l) => cells(l, r).map(csvCell)),
        { bom: false },
      );
    }
  }
  return streamOf(parts(), (text) => encoder.encode(text));
}

// The lines as an Excel workbook, through exceljs's streaming writer: each row is committed (written out and
// forgotten) as soon as it is added, so memory holds one batch whatever the length.
export function reportXlsxStream(batches: AsyncIterable<ReportLine[]>, r: Labels): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet(r.sheet);
  sheet.columns = r.columns.map((header) => ({ header, width: Math.max(10, header.length + 2) }));
  void (async () => {
    try {
      for await (const batch of batches) {
        for (const l of batch) {
          const line = cells(l, r);
          const row = sheet.addRow(line.map(xlsxCell));
          line.forEach((cell, i) => {
            if (typeof cell === "string") return;
            if ("cents" in cell) row.getCell(i + 1).numFmt = "#,##0.00";
            if ("day" in cell) row.getCell(i + 1).numFmt = "dd/mm/yyyy";
          });
          row.commit();
        }
      }
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      out.destroy(error as Error);
    }
  })();
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}

function streamOf<T>(parts: AsyncIterator<T>, encode: (part: T) => Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    async pull(controller) {
      const next = await parts.next();
      if (next.done) controller.close();
      else controller.enqueue(encode(next.value));
    },
    async cancel() {
      await parts.return?.(undefined);
    },
  });
}

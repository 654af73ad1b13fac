import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { csvAmount, csvDay, csvNumber, writeCsv } from "@/lib/csv";
import type { Messages } from "@/lib/i18n/messages";
import { dayFromDate } from "@/lib/time";
import type { ReportLine } from "./report-lines";

type Labels = Messages["reports"];

// One sold line as both formats write it: text as text, figures as figures (amounts in cents, rate in %).
function cells(l: ReportLine, r: Labels) {
  return {
    day: dayFromDate(l.day),
    text: [l.marketName, l.lastName, l.firstName, l.producer, l.product, r.units[l.unit] ?? l.unit],
    basketNumber: l.basketNumber,
    quantity: l.quantity,
    amounts: [l.unitPriceCents, l.totalCents, l.vatCents, l.netCents],
    ratePercent: (l.vatRateBp / 100).toFixed(2).replace(/\.?0+$/, ""),
    method: r.methods[l.paymentMethod ?? "NONE"],
  };
}

const encoder = new TextEncoder();

// The lines as the house CSV (lib/csv.ts), written a batch at a time as they are read.
export function reportCsvStream(batches: AsyncIterable<ReportLine[]>, r: Labels): ReadableStream<Uint8Array> {
  async function* parts() {
    yield writeCsv([r.columns]);
    for await (const batch of batches) {
      yield writeCsv(
        batch.map((l) => {
          const c = cells(l, r);
          const [market, lastName, firstName, producer, product, unit] = c.text;
          const [unitPrice, total, vat, net] = c.amounts.map(csvAmount);
          return [
            csvDay(c.day),
            market,
            csvNumber(c.basketNumber),
            lastName,
            firstName,
            producer,
            product,
            unit,
            csvNumber(c.quantity),
            unitPrice,
            csvNumber(c.ratePercent),
            total,
            vat,
            net,
            c.method,
          ];
        }),
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
  const euros = "#,##0.00";
  sheet.columns = r.columns.map((header, i) => ({
    header,
    width: [12, 20, 8, 16, 16, 22, 28, 8, 10, 14, 10, 12, 10, 12, 14][i],
    style: [9, 11, 12, 13].includes(i) ? { numFmt: euros } : i === 0 ? { numFmt: "dd/mm/yyyy" } : {},
  }));
  void (async () => {
    try {
      for await (const batch of batches) {
        for (const l of batch) {
          const c = cells(l, r);
          const [market, lastName, firstName, producer, product, unit] = c.text;
          const [unitPrice, total, vat, net] = c.amounts.map((cents) => cents / 100);
          sheet
            .addRow([
              new Date(`${c.day}T00:00:00Z`),
              market,
              c.basketNumber,
              lastName,
              firstName,
              producer,
              product,
              unit,
              Number(c.quantity),
              unitPrice,
              Number(c.ratePercent),
              total,
              vat,
              net,
              c.method,
            ])
            .commit();
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

import { CsvError, parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { DomainError } from "@/lib/domain/errors";

// The house CSV, for spreadsheets used in France: `;` between cells, CRLF between rows, UTF-8 with a byte-order
// mark (so that Excel reads accents), decimal commas in amounts (« 12,50 »). Every export writes through
// `writeCsv`, every import reads through `readCsv`; csv-parse and csv-stringify do the quoting.

// Formula injection (OWASP « CSV Injection »): a spreadsheet runs a cell that starts with = + - @ (or a tab or CR
// before one) as a formula, so a product named « =HYPERLINK(…) » or a phone « +33 6… » typed by someone becomes
// live in the admin's spreadsheet. As OWASP recommends, such text cells are written with a leading `'`, which
// spreadsheets show as text. Full-width = + - @ are included: Apple Numbers folds them into the ASCII ones.
// A run of `'` before one of them is prefixed too, so that `readCsv` can drop exactly one `'` and give back what
// was exported: `=A1` → `'=A1` → `=A1`, and `'=A1` → `''=A1` → `'=A1`. A figure (amount, quantity, date) is not
// text and is never prefixed: « -12,50 » stays a number.
const FORMULA_START = /^'*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const NEUTRALISED = /^'+[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export const CSV_MAX_ROWS = 2000;
// The import forms' body limit is 6 MB (next.config.mjs), so a pasted file never comes near; this bounds any
// other caller.
export const CSV_MAX_CHARS = 6 * 1024 * 1024;

// A cell whose text Cabas computed (an amount, a quantity, a count, a day), as opposed to text a person typed:
// written as is. Made only by the functions below, which check their format.
class CsvFigure {
  constructor(readonly text: string) {}
}

export type CsvCell = string | null | undefined | CsvFigure;

// Amounts as French decimals (« 12,50 », « -0,05 ») so that spreadsheets add them up.
export function csvAmount(cents: number): CsvFigure {
  if (!Number.isSafeInteger(cents)) throw new Error(`csvAmount: not a number of cents: ${cents}`);
  return new CsvFigure((cents / 100).toFixed(2).replace(".", ","));
}

// A count or a decimal quantity (« 550 », « 0,5 »): a number, or its plain decimal text (« 0.5 », Decimal#toFixed()).
export function csvNumber(value: number | string): CsvFigure {
  const text = String(value);
  if (!/^-?\d+(\.\d+)?$/.test(text)) throw new Error(`csvNumber: not a plain decimal: ${text}`);
  return new CsvFigure(text.replace(".", ","));
}

// A calendar day, « 2026-03-01 ».
export function csvDay(day: string): CsvFigure {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`csvDay: not a day: ${day}`);
  return new CsvFigure(day);
}

// Quoted: what would split a cell under any separator `readCsv` detects, quotes, line breaks, and whitespace at
// either end (the reader trims cells that are not quoted).
const NEEDS_QUOTES = /[;,\t"\r\n]|^\s|\s$/;

// `bom: false` for the rows that follow a first part in a streamed file (the mark starts the file only).
export function writeCsv(rows: CsvCell[][], { bom = true }: { bom?: boolean } = {}): string {
  return stringify(
    rows.map((row) => row.map((cell) => (cell instanceof CsvFigure ? cell : neutraliseFormula(cell ?? "")))),
    {
      delimiter: ";",
      record_delimiter: "windows",
      // csv-stringify quotes only CRLF when the record delimiter is set: a lone LF or CR would split the row.
      quote_record_delimiter: true,
      bom,
      cast: {
        string: (text) => (NEEDS_QUOTES.test(text) ? { value: text, quoted: true } : text),
        object: (figure) => (figure as unknown as CsvFigure).text,
      },
    },
  );
}

function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export type CsvRecord = { line: number; cells: string[] };
export type CsvReadError = { line: number; code: "CSV_QUOTE_NOT_CLOSED" | "CSV_LINE_UNREADABLE" };

// Reads what a person pasted or an export wrote: a byte-order mark is dropped; the separator is `;`, tab or `,`
// (whichever splits the first row into the most cells; on a tie tab, then `;`); cells may be quoted, with doubled
// quotes and line breaks inside; cells not quoted are trimmed; blank rows (and `;;;` rows) are skipped; a
// formula-neutralising `'` added by `writeCsv` is dropped. Each record carries the line it starts on as an
// editor shows it (a quoted cell with a line break spans two lines). Rows read before a malformed one are
// returned with an `error` at the line where that one starts; nothing after it is read. More than `maxRows`
// rows, or more than CSV_MAX_CHARS characters, throw CSV_TOO_LONG / CSV_TOO_LARGE. `isHeader` tells whether
// the first row is a header to skip; it does not count as a row.
export function readCsv(
  text: string,
  { isHeader, maxRows = CSV_MAX_ROWS }: { isHeader?: (cells: string[]) => boolean; maxRows?: number } = {},
): { records: CsvRecord[]; error: CsvReadError | null } {
  if (text.length > CSV_MAX_CHARS) throw new DomainError("CSV_TOO_LARGE", "csv");
  const input = Buffer.from(text.replace(/^\uFEFF/, ""), "utf8");
  const lines = editorLines(input);
  const records: CsvRecord[] = [];
  let error: CsvReadError | null = null;
  let end = 0;
  try {
    parse(input, {
      ...PARSE_OPTIONS,
      delimiter: detectDelimiter(input),
      on_record: (cells: string[], { bytes }) => {
        if (cells.some((cell) => cell !== ""))
          records.push({ line: lines.recordStart(end), cells: cells.map(dropNeutralisingQuote) });
        end = bytes;
        return null;
      },
    });
  } catch (cause) {
    if (!(cause instanceof CsvError)) throw cause;
    error = {
      line: lines.recordStart(end),
      code: cause.code === "CSV_QUOTE_NOT_CLOSED" ? "CSV_QUOTE_NOT_CLOSED" : "CSV_LINE_UNREADABLE",
    };
  }
  if (records.length > 0 && isHeader?.(records[0].cells)) records.shift();
  if (records.length > maxRows) throw new DomainError("CSV_TOO_LONG", "csv");
  return { records, error };
}

const PARSE_OPTIONS = {
  record_delimiter: ["\r\n", "\n", "\r"],
  trim: true,
  skip_empty_lines: true,
  relax_column_count: true,
  // A quote inside a cell that does not start with one is kept as typed (« Pizza 30" »).
  relax_quotes: true,
};

// The separator that splits the first row into the most cells, among those under which its quotes are well
// placed (`"a;b",c` is two cells under `,`, and misquoted under `;`); on a tie tab, then `;`, then `,`.
function detectDelimiter(input: Buffer): string {
  const firstRowCells = (delimiter: string, relax_quotes: boolean) => {
    try {
      return parse(input, { ...PARSE_OPTIONS, delimiter, relax_quotes, to: 1 })[0]?.length ?? 0;
    } catch (cause) {
      if (cause instanceof CsvError) return 0;
      throw cause;
    }
  };
  const score = (delimiter: string) => {
    const wellQuoted = firstRowCells(delimiter, false);
    return wellQuoted > 0 ? CSV_MAX_CHARS + wellQuoted : firstRowCells(delimiter, true);
  };
  let best = { delimiter: "\t", score: 0 };
  for (const delimiter of ["\t", ";", ","]) {
    const candidate = { delimiter, score: score(delimiter) };
    if (candidate.score > best.score) best = candidate;
  }
  return best.delimiter;
}

function dropNeutralisingQuote(cell: string): string {
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}

// Line numbers as an editor shows them (CRLF, LF or CR each end a line), from byte offsets. csv-parse's own
// count is off inside quoted cells (it counts a CRLF there as two lines) and it skips blank lines silently.
function editorLines(input: Buffer) {
  // Where each line starts; CR and LF bytes never occur inside a multi-byte UTF-8 character.
  const starts = [0];
  for (let i = 0; i < input.length; i++) {
    if (input[i] === 0x0d && input[i + 1] === 0x0a) i++;
    if (input[i] === 0x0a || input[i] === 0x0d) starts.push(i + 1);
  }
  const lineAt = (offset: number) => {
    let [low, high] = [0, starts.length];
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid] <= offset) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  return {
    // The line of the record that begins at byte `from`, past the blank lines before it.
    recordStart(from: number) {
      let offset = from;
      while (offset < input.length) {
        const lead = input[offset];
        const size = lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
        if (!/^\s$/.test(input.toString("utf8", offset, offset + size))) break;
        offset += size;
      }
      return lineAt(offset);
    },
  };
}

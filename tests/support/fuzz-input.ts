import fc from "fast-check";

// What anyone may type, paste or post by hand into a form field: the fuzzing properties (tests/unit/fuzz,
// tests/actions/fuzz-actions.test.ts) draw every value from here.

// Numbers as a form sends them, and the texts that look like numbers to one parser and not to another.
export const numberText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "0",
    "-0",
    "1",
    "-1",
    "1e308",
    "-1e308",
    "1e-308",
    "1e12",
    "NaN",
    "Infinity",
    "-Infinity",
    "0x1F",
    "0b11",
    "1_000",
    "١٢",
    "１２",
    "12,50",
    "12.50",
    "1,5e3",
    " 7 ",
    "+3",
    "00012",
    "2147483647",
    "2147483648",
    "-2147483649",
    "9007199254740993",
    "99999999999",
    "999999999,999",
    "0,0001",
    "1.2.3",
    "1,2,3",
    ".5",
    "5.",
  ),
  fc.integer().map(String),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
  fc.double().map(String),
  fc.double({ noNaN: true }).map((n) => String(n).replace(".", ",")),
);

// Characters that databases, parsers and URL code treat specially.
const oddText = fc.constantFrom(
  "",
  " ",
  "\t",
  "\n",
  "\r\n",
  "\u0000",
  "a\u0000b",
  "\uFEFF",
  "\u200B",
  "\u202E",
  "🧺",
  "👩🏽‍🌾",
  "é",
  "e\u0301",
  "Ǆ",
  "ß",
  "İ",
  "'",
  '"',
  "\\",
  "%",
  "%00",
  "_",
  "'; DROP TABLE users; --",
  "<script>alert(1)</script>",
  '=HYPERLINK("x")',
  "../../etc/passwd",
  "//evil.example",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  "__proto__",
  "constructor",
);

// A long run of one character: past every column's length, up to what a form body holds.
const longText = fc
  .tuple(fc.constantFrom("a", "é", "🧺", " ", ";", "\u0000", "9"), fc.integer({ min: 121, max: 20_000 }))
  .map(([char, length]) => char.repeat(length));

export const anyText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string(), weight: 3 },
  { arbitrary: fc.string({ unit: "grapheme" }), weight: 2 },
  { arbitrary: fc.string({ unit: "binary" }), weight: 2 },
  { arbitrary: fc.string({ unit: oddText }), weight: 2 },
  { arbitrary: oddText, weight: 2 },
  { arbitrary: numberText, weight: 2 },
  { arbitrary: longText, weight: 1 },
);

export type FieldValue = string | File | undefined;

// A form field: values the form itself would send (`plausible`, so that parsing passes often enough to reach
// the rules behind it) and anything else a hand-made request may hold (`any`).
export type Field = { plausible: fc.Arbitrary<FieldValue>; any: fc.Arbitrary<FieldValue> };

// A field whose form sends one of `values`.
export function oneOf(...values: string[]): Field {
  return { plausible: fc.constantFrom(...values), any: anyText };
}

// `field`, whose odd values include these near misses.
export function withOdd(field: Field, ...odd: string[]): Field {
  return { plausible: field.plausible, any: fc.oneof(fc.constantFrom(...odd), field.any) };
}

// A number field: what else it gets is mostly numbers (huge, negative, NaN, with a decimal comma…).
export function numberField(...values: string[]): Field {
  return { plausible: fc.constantFrom(...values), any: fc.oneof(numberText, anyText) };
}

// A free text field (a description, a city): anything is plausible.
export const textField: Field = { plausible: anyText, any: anyText };

// A checkbox: « on » or absent.
export const checkbox: Field = { plausible: fc.constantFrom("on", undefined), any: anyText };

// An id: one of `known` (rows that exist), or an id of the right shape that matches nothing, or anything.
export function idField(known: readonly string[]): Field {
  const cuid = fc.string({
    unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789"),
    minLength: 24,
    maxLength: 24,
  });
  return {
    plausible: fc.constantFrom(...known),
    any: fc.oneof(
      cuid.map((rest) => `c${rest}`),
      fc.uuid(),
      anyText,
    ),
  };
}

// A file field: `file` (or none), or bytes that may or may not be an image, under a name and type of any kind.
export function fileField(file: File): Field {
  const anyFile = fc
    .tuple(fc.uint8Array({ maxLength: 2048 }), anyText, fc.constantFrom("image/png", "image/jpeg", "text/plain", ""))
    .map(([bytes, name, type]) => new File([bytes], name, { type }));
  return { plausible: fc.constantFrom(file, undefined), any: anyFile };
}

// A CSV as a person pastes it: rows of cells (some rows as the import expects them, `goodRow`), some cells
// quoted, joined by one of the separators and line breaks, maybe behind a byte-order mark, maybe cut anywhere.
export function csvText(goodRow: fc.Arbitrary<string[]>, plausibleCell: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const cell = fc.oneof(
    { arbitrary: plausibleCell, weight: 3 },
    { arbitrary: anyText, weight: 2 },
    { arbitrary: anyText.map((text) => `"${text.replaceAll('"', '""')}"`), weight: 1 },
    { arbitrary: fc.constantFrom('"', '""', '"a"b', "'=1+1"), weight: 1 },
  );
  const row = fc.oneof(goodRow, fc.array(cell, { maxLength: 16 }));
  return fc
    .record({
      rows: fc.oneof(fc.array(goodRow, { minLength: 1, maxLength: 5 }), fc.array(row, { maxLength: 12 })),
      separator: fc.constantFrom(";", ",", "\t", "|"),
      lineBreak: fc.constantFrom("\n", "\r\n", "\r", "\n\n"),
      bom: fc.boolean(),
      cut: fc.option(fc.nat(), { nil: undefined }),
    })
    .map(({ rows, separator, lineBreak, bom, cut }) => {
      const text = (bom ? "\uFEFF" : "") + rows.map((cells) => cells.join(separator)).join(lineBreak);
      return cut === undefined ? text : text.slice(0, cut % (text.length + 1));
    });
}

export function csvField(goodRow: fc.Arbitrary<string[]>, plausibleCell: fc.Arbitrary<string>): Field {
  return { plausible: csvText(goodRow, plausibleCell), any: anyText };
}

// A form with these fields. Half the forms mix plausible values, odd values and missing fields anywhere; the
// other half are plausible but for one field, odd or missing, so that the rules behind parsing run with it.
// `extra` adds fields whose names are drawn too.
export function formData(
  fields: Record<string, Field>,
  extra: fc.Arbitrary<[string, string][]> = fc.constant([]),
): fc.Arbitrary<FormData> {
  const named = Object.entries(fields);
  const mixed = fc.record(
    Object.fromEntries(
      named.map(([name, field]) => [
        name,
        fc.option(fc.oneof({ arbitrary: field.plausible, weight: 2 }, { arbitrary: field.any, weight: 1 }), {
          nil: undefined,
          freq: 8,
        }),
      ]),
    ),
  );
  const allButOne = fc
    .nat({ max: Math.max(0, named.length - 1) })
    .chain((odd) =>
      fc.record(
        Object.fromEntries(
          named.map(([name, field], i) => [
            name,
            i === odd ? fc.option(field.any, { nil: undefined, freq: 4 }) : field.plausible,
          ]),
        ),
      ),
    );
  return fc.tuple(fc.oneof(mixed, allButOne), extra).map(([values, more]) => {
    const data = new FormData();
    const entries = [...Object.entries(values), ...more].filter(
      (entry): entry is [string, string | File] => entry[1] !== undefined,
    );
    for (const [name, value] of entries) data.append(name, value);
    // How a failing form is shown by fast-check.
    Object.assign(data, { [fc.toStringMethod]: () => fc.stringify(entries) });
    return data;
  });
}

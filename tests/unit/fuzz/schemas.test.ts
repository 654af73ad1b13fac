import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsOf } from "@/lib/actions/form-state";
import { DomainError } from "@/lib/domain/errors";
import { parseMemberRows } from "@/lib/domain/member/import-members";
import { parseProductRows } from "@/lib/domain/catalog/product-csv";
import { messagesFor } from "@/lib/i18n/messages";
import { translateError } from "@/lib/i18n/translate-error";
import { parseShopFilters, shopFiltersPath, shopSearch } from "@/lib/validation/shop-filters";
import { anyText, csvText, numberText } from "../../support/fuzz-input";

// The parsing behind every form, fed what a hand-made request may hold: each schema of lib/validation (found by
// reading the modules, so that a new one is fuzzed too), the two CSV imports, and the shop's query string. They
// must answer, never throw, and every message they give must exist in French and English.
//
// Over 10,000 runs in all: here 240 for each schema, 430 per CSV import and 100 for the shop's filters, the rest
// through the real actions on the embedded database (tests/actions/fuzz-actions.test.ts, which adds them up).
const SCHEMA_RUNS = 240;
const CSV_RUNS = 430;
const FILTER_RUNS = 100;

const modules = import.meta.glob<Record<string, unknown>>("/lib/validation/*.ts", { eager: true });
const schemas = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType)
    .map(([name, schema]) => [`${file.replace(/^.*\//, "")} ${name}`, schema] as const),
);
const answers = [messagesFor("fr"), messagesFor("en")];

// The form fields a schema reads, through its intersections, unions and pipes.
function fieldsOf(schema: z.ZodType): Record<string, z.ZodType> {
  const def = schema.def as unknown as Record<string, z.ZodType & { options?: z.ZodType[] }>;
  switch (schema.def.type) {
    case "object":
      return (schema as z.ZodObject).shape;
    case "intersection":
      return { ...fieldsOf(def.left), ...fieldsOf(def.right) };
    case "union":
      return Object.assign({}, ...(schema as z.ZodUnion).options.map((option) => fieldsOf(option as z.ZodType)));
    case "pipe":
      return fieldsOf(def.in);
    default:
      return {};
  }
}

// The values a field names itself (a list's options, a checkbox's « on »), so that runs also get past them.
function choicesOf(schema: z.ZodType): string[] {
  const def = schema.def as unknown as { innerType?: z.ZodType; in?: z.ZodType; values?: unknown[] };
  switch (schema.def.type) {
    case "enum":
      return (schema as z.ZodEnum).options.map(String);
    case "literal":
      return (def.values ?? []).map(String);
    case "optional":
    case "default":
    case "nullable":
      return choicesOf(def.innerType!);
    case "pipe":
      return choicesOf(def.in!);
    default:
      return [];
  }
}

function valueOf(field: z.ZodType): fc.Arbitrary<string> {
  const choices = choicesOf(field);
  return fc.oneof(...(choices.length ? [fc.constantFrom(...choices)] : []), anyText, numberText);
}

function inputOf(schema: z.ZodType): fc.Arbitrary<unknown> {
  const fields = Object.entries(fieldsOf(schema));
  if (fields.length === 0) return valueOf(schema);
  return fc.record(Object.fromEntries(fields.map(([name, field]) => [name, valueOf(field)])), { requiredKeys: [] });
}

it("finds the schemas of every validation module", () => {
  expect(Object.keys(modules).length).toBeGreaterThanOrEqual(5);
  expect(schemas.length).toBeGreaterThanOrEqual(20);
});

describe.each(schemas)("%s", (_name, schema) => {
  it("answers any form with the value or messages in both languages", () => {
    fc.assert(
      fc.property(inputOf(schema), (input) => {
        const parsed = schema.safeParse(input);
        if (parsed.success) return;
        for (const t of answers)
          for (const [field, message] of Object.entries(fieldErrorsOf(parsed.error, t)))
            expect(message, `${field}: ${fc.stringify(parsed.error.issues)}`).not.toBe(t.common.errors.UNEXPECTED);
      }),
      { numRuns: SCHEMA_RUNS },
    );
  });
});

// What the import actions show next to each row, and next to the text field when the whole paste is refused.
function expectReadable(
  read: () => { error: string | null }[],
  rowMessage: (t: (typeof answers)[number], code: string) => string,
) {
  let rows: { error: string | null }[];
  try {
    rows = read();
  } catch (error) {
    if (!(error instanceof DomainError) || error.field !== "csv") throw error;
    for (const t of answers) expect(translateError(t, error.code), error.code).not.toBe(t.common.errors.UNEXPECTED);
    return;
  }
  for (const { error } of rows)
    if (error) for (const t of answers) expect(rowMessage(t, error), error).not.toBe(t.common.errors.UNEXPECTED);
}

describe("CSV imports", () => {
  it("members: any pasted text gives rows with their message, or one message for the whole paste", () => {
    const row = fc.tuple(fc.constantFrom("Camille", "Awa"), fc.constant("Durand"), fc.constantFrom("a@b.fr", "C@D.FR"));
    const cell = fc.constantFrom("Camille", "Durand", "camille@example.test", "e-mail", "prénom");
    fc.assert(
      fc.property(csvText(row, cell), (text) =>
        expectReadable(
          () => parseMemberRows(text),
          (t, code) => t.admin.errors[code] ?? translateError(t, code),
        ),
      ),
      { numRuns: CSV_RUNS },
    );
  });

  it("products: any pasted text gives rows with their message, or one message for the whole paste", () => {
    const row = fc.tuple(
      fc.constant("Pain"),
      fc.constant(""),
      fc.constant("BAKERY"),
      fc.constant("KG"),
      fc.constant("1"),
      fc.constant("3,20"),
    );
    const cell = fc.constantFrom("nom", "Pain", "BAKERY", "KG", "1", "3,20", "550", "oui", "non", "0,1", "12");
    fc.assert(
      fc.property(csvText(row, cell), (text) =>
        expectReadable(
          () => parseProductRows(text),
          (t, code) => t.producer.errors[code] ?? translateError(t, code),
        ),
      ),
      { numRuns: CSV_RUNS },
    );
  });
});

it("the shop's query string gives a category, a search and a page that the database can take, and an address", () => {
  const param = fc.option(fc.oneof(anyText, numberText, fc.constantFrom("BAKERY", "GROCERY")), { nil: null });
  fc.assert(
    fc.property(param, param, param, (categorie, q, page) => {
      const filters = parseShopFilters({ categorie, q, page });
      expect(Number.isInteger(filters.page) && filters.page >= 1 && filters.page <= 1000).toBe(true);
      expect(filters.search ?? "").not.toContain("\u0000");
      // The search form's query is sent on to this address (…/recherche/<search>/…), and back to the same search.
      const segments = shopFiltersPath("m", "d", filters).split("/").slice(5);
      if (filters.search) expect(shopSearch(decodeURIComponent(segments[1]))).toBe(filters.search);
    }),
    { numRuns: FILTER_RUNS },
  );
});

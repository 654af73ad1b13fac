import { describe, expect, it } from "vitest";
import {
  buildSignInSheet,
  readSignInSheetOptions,
  SIGN_IN_SHEET_COLUMNS,
  signInSheetQuery,
  type SignInSheetBasket,
  type SignInSheetOptions,
} from "@/lib/domain/distribution-day/sign-in-sheet";
import { messagesFor } from "@/lib/i18n/messages";

const fr = { locale: "fr" as const, t: messagesFor("fr") };
const en = { locale: "en" as const, t: messagesFor("en") };

let number = 0;
function basket(
  lastName: string,
  firstName: string,
  more: Partial<Omit<SignInSheetBasket, "user">> & { phone?: string | null } = {},
): SignInSheetBasket {
  const { phone = null, ...rest } = more;
  number++;
  return {
    id: `order-${number}`,
    basketNumber: number,
    user: { firstName, lastName, phone },
    slotStartsAt: null,
    totalCents: 1_000,
    lines: [],
    ...rest,
  };
}

// Pick-up on Saturday 6 June 2026 at 22:30 UTC, which is Sunday 7 June at 00:30 in Paris: the day and hours are
// the market's.
function dayOf(baskets: SignInSheetBasket[]) {
  return {
    distribution: {
      pickupStartAt: new Date("2026-06-06T22:30:00Z"),
      pickupEndAt: new Date("2026-06-06T23:30:00Z"),
      place: { name: "Salle des fêtes", city: "Captieux" },
      market: { name: "Marché de Bellefontaine", timeZone: "Europe/Paris" },
    },
    baskets,
  };
}

const options = (columns: SignInSheetOptions["columns"], sort: SignInSheetOptions["sort"] = "name") => ({
  columns,
  sort,
});

describe("readSignInSheetOptions", () => {
  it("gives the usual columns, by name, to a first visit and to a choice of no column", () => {
    for (const query of [{}, { tri: "nom" }, { colonnes: [] }, { colonnes: "inconnue" }])
      expect(readSignInSheetOptions(query)).toEqual({
        columns: ["number", "name", "phone", "products", "amount", "signature"],
        sort: "name",
      });
  });

  it("keeps the columns in the sheet's order whatever the query's, and ignores unknown values", () => {
    expect(readSignInSheetOptions({ colonnes: ["notes", "montant", "nom", "???", "creneau"], tri: "creneau" })).toEqual(
      { columns: ["name", "slot", "amount", "notes"], sort: "slot" },
    );
    expect(readSignInSheetOptions({ colonnes: "telephone", tri: "n'importe" })).toEqual({
      columns: ["phone"],
      sort: "name",
    });
  });

  it("reads back every choice that signInSheetQuery writes (the PDF link carries the page's choice)", () => {
    const choices: SignInSheetOptions[] = [
      options(SIGN_IN_SHEET_COLUMNS),
      options(["name", "signature"], "slot"),
      options(["notes"]),
    ];
    for (const choice of choices) {
      const query = new URLSearchParams(signInSheetQuery(choice));
      expect(
        readSignInSheetOptions({ colonnes: query.getAll("colonnes"), tri: query.get("tri") ?? undefined }),
      ).toEqual(choice);
    }
  });
});

describe("buildSignInSheet", () => {
  it("writes each chosen column of a basket, in French", () => {
    const b = basket("Lefèvre", "Élise", {
      phone: "06 12 34 56 78",
      slotStartsAt: new Date("2026-06-06T22:45:00Z"),
      totalCents: 123_456,
      lines: [
        { productName: "Carottes", quantity: "2.000", deliveredQuantity: "1.500" },
        { productName: "Miel", quantity: "1.000", deliveredQuantity: null },
        { productName: "Œufs", quantity: "6.000", deliveredQuantity: "0.000" },
      ],
    });
    const sheet = buildSignInSheet(dayOf([b]), options(SIGN_IN_SHEET_COLUMNS), fr);
    expect(sheet.columns.map((c) => c.label)).toEqual([
      "N°",
      "Nom",
      "Créneau",
      "Téléphone",
      "Produits",
      "Montant",
      "Émargement",
      "Notes",
    ]);
    expect(sheet.rows).toEqual([
      {
        id: b.id,
        cells: [
          String(b.basketNumber),
          "LEFÈVRE Élise",
          "00:45",
          "06 12 34 56 78",
          // The delivered quantity once adjusted; an item found missing (0) is not handed over.
          "1,5 × Carottes · 1 × Miel",
          // French groups thousands with a narrow no-break space and puts a no-break space before the euro sign.
          "1\u202f234,56\u00a0€",
          "",
          "",
        ],
      },
    ]);
    expect(sheet).toMatchObject({
      title: "Liste d’émargement",
      market: "Marché de Bellefontaine",
      place: "Salle des fêtes, Captieux",
      when: "Dimanche 7 juin 2026, de 00:30 à 01:30",
    });
  });

  it("writes English with English amounts and words", () => {
    const b = basket("Smith", "Jo", {
      totalCents: 123_456,
      lines: [{ productName: "Honey", quantity: "0.5", deliveredQuantity: null }],
    });
    const sheet = buildSignInSheet(dayOf([b]), options(["number", "products", "amount"]), en);
    expect(sheet.columns.map((c) => c.label)).toEqual(["No.", "Products", "Amount"]);
    expect(sheet.rows[0].cells).toEqual([String(b.basketNumber), "0.5 × Honey", "€1,234.56"]);
    expect(sheet.when).toBe("Sunday 7 June 2026, 00:30 to 01:30");
  });

  it("shows only the chosen columns, shares the width between them and turns the page for products", () => {
    const b = basket("Martin", "Noé", { phone: "07 00 00 00 00" });
    const narrow = buildSignInSheet(dayOf([b]), options(["name", "signature"]), fr);
    expect(narrow.rows[0].cells).toEqual(["MARTIN Noé", ""]);
    expect(narrow.orientation).toBe("portrait");
    const wide = buildSignInSheet(dayOf([b]), options(["name", "products", "notes"]), fr);
    expect(wide.orientation).toBe("landscape");
    for (const sheet of [narrow, wide]) expect(sheet.columns.reduce((sum, c) => sum + c.share, 0)).toBeCloseTo(1, 10);
    // The blank columns get room to write in: more than the basket number's.
    const blanks = buildSignInSheet(dayOf([b]), options(["number", "signature", "notes"]), fr).columns;
    expect(blanks[1].share).toBeGreaterThan(blanks[0].share * 2);
    expect(blanks[2].share).toBeGreaterThan(blanks[0].share * 2);
  });

  it("sorts by last name, then first name, accents with their letter, then by basket number", () => {
    const baskets = [
      basket("Zola", "Émile"),
      basket("Durand", "Marc"),
      basket("Écuyer", "Anne"),
      basket("durand", "Alice"),
      basket("Dupont", "Jean"),
      basket("Dupont", "Jean"),
    ];
    const sheet = buildSignInSheet(dayOf(baskets), options(["number", "name"]), fr);
    expect(sheet.rows.map((r) => r.cells.join(" "))).toEqual([
      `${baskets[4].basketNumber} DUPONT Jean`,
      `${baskets[5].basketNumber} DUPONT Jean`,
      `${baskets[3].basketNumber} DURAND Alice`,
      `${baskets[1].basketNumber} DURAND Marc`,
      `${baskets[2].basketNumber} ÉCUYER Anne`,
      `${baskets[0].basketNumber} ZOLA Émile`,
    ]);
  });

  it("sorts by pick-up slot, earliest first, baskets without a slot last, by name within a slot", () => {
    const at = (time: string) => new Date(`2026-06-06T${time}:00Z`);
    const baskets = [
      basket("Arnaud", "Lou"),
      basket("Roux", "Sam", { slotStartsAt: at("22:00") }),
      basket("Blanc", "Ana", { slotStartsAt: at("21:30") }),
      basket("Aubert", "Léa", { slotStartsAt: at("22:00") }),
    ];
    const sheet = buildSignInSheet(dayOf(baskets), options(["slot", "name"], "slot"), fr);
    expect(sheet.rows.map((r) => r.cells)).toEqual([
      ["23:30", "BLANC Ana"],
      ["00:00", "AUBERT Léa"],
      ["00:00", "ROUX Sam"],
      ["", "ARNAUD Lou"],
    ]);
    expect(sheet.rows.map((r) => r.id)).toEqual([baskets[2].id, baskets[3].id, baskets[1].id, baskets[0].id]);
  });

  it("keeps the baskets it was given as they were", () => {
    const baskets = [basket("Zola", "Émile"), basket("Arnaud", "Lou")];
    const ids = baskets.map((b) => b.id);
    buildSignInSheet(dayOf(baskets), options(["name"]), fr);
    expect(baskets.map((b) => b.id)).toEqual(ids);
  });
});
